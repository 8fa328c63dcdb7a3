import {
  ComprehendMedicalClient,
  DetectPHICommand,
  type DetectPHICommandInput,
  type Entity,
  InternalServerException,
  InvalidRequestException,
  ServiceUnavailableException,
  TextSizeLimitExceededException,
  TooManyRequestsException,
} from '@aws-sdk/client-comprehendmedical';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { ComprehendRedactor, type ComprehendRedactorOptions, splitText } from '#adapters/aws/comprehend-redactor.ts';
import { RedactionError } from '#core/errors.ts';
import { PHI_TYPES } from '#core/schemas.ts';

const mock = mockClient(ComprehendMedicalClient);
afterEach(() => {
  mock.reset();
});

const client = new ComprehendMedicalClient({ region: 'us-east-1' });

function redactor(opts: ComprehendRedactorOptions = {}): ComprehendRedactor {
  return new ComprehendRedactor({ client, sleep: async () => {}, random: () => 0.5, ...opts });
}

/** A DetectPHI entity for `value`, with offsets counted in code points as the service does. */
function entity(text: string, value: string, type: string, Score = 0.99, from = 0): Entity {
  const at = text.indexOf(value, from);
  if (at < 0) throw new Error(`"${value}" is not in the text`);
  const begin = [...text.slice(0, at)].length;
  return {
    BeginOffset: begin,
    EndOffset: begin + [...value].length,
    Score,
    // Not the SDK's enum: the service may add types this SDK version does not list.
    Type: type as Entity['Type'],
    Category: 'PROTECTED_HEALTH_INFORMATION',
    Text: value,
    Traits: [],
  };
}

const slices = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));

const SECRET = 'Ignatius Vandermolen, MRN 88412937, phone 503-555-0148';

describe('ComprehendRedactor: request and mapping', () => {
  it('sends the message text as Text', async () => {
    mock.on(DetectPHICommand).resolves({ Entities: [], ModelVersion: '2.0.0' });
    await redactor().detect(SECRET);
    const calls = mock.commandCalls(DetectPHICommand);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.args[0].input).toEqual({ Text: SECRET });
  });

  it('maps every DetectPHI type to the same PHI type, with offsets into the text', async () => {
    const text =
      'Ignatius Vandermolen, 48, a welder, was seen on 03/04/2026. Call 503-555-0148 or ivm@example.com, ' +
      'MRN 88412937, https://portal.example.org, 1400 Alder Street Portland.';
    const values: Record<string, string> = {
      NAME: 'Ignatius Vandermolen',
      AGE: '48',
      PROFESSION: 'welder',
      DATE: '03/04/2026',
      PHONE_OR_FAX: '503-555-0148',
      EMAIL: 'ivm@example.com',
      ID: '88412937',
      URL: 'https://portal.example.org',
      ADDRESS: '1400 Alder Street Portland',
    };
    expect(Object.keys(values).sort()).toEqual([...PHI_TYPES].sort());
    mock.on(DetectPHICommand).resolves({
      Entities: Object.entries(values).map(([type, value]) => entity(text, value, type, 0.9)),
      ModelVersion: '2.0.0',
    });
    const spans = await redactor().detect(text);
    expect(spans).toHaveLength(9);
    for (const s of spans) {
      expect(text.slice(s.start, s.end)).toBe(values[s.type]);
      expect(s.score).toBe(0.9);
    }
  });

  it('redacts a type it does not know, or a missing type, as ID', async () => {
    const text = 'Plate 7ABC123 and badge 4471';
    const plate = { ...entity(text, '7ABC123', 'LICENSE_PLATE') };
    const { Type: _dropped, ...badge } = entity(text, '4471', 'ID');
    mock.on(DetectPHICommand).resolves({ Entities: [plate, badge], ModelVersion: '2.0.0' });
    const spans = await redactor().detect(text);
    expect(spans.map((s) => s.type)).toEqual(['ID', 'ID']);
    expect(slices(text, spans)).toEqual(['7ABC123', '4471']);
  });

  it('drops entities scored under minScore and keeps those at or above it', async () => {
    const text = 'Ask Dr. Okonkwo about Ms. Lindqvist and Tom';
    mock.on(DetectPHICommand).resolves({
      Entities: [
        entity(text, 'Okonkwo', 'NAME', 0.49),
        entity(text, 'Lindqvist', 'NAME', 0.5),
        entity(text, 'Tom', 'NAME', 0.97),
      ],
      ModelVersion: '2.0.0',
    });
    const spans = await redactor({ minScore: 0.5 }).detect(text);
    expect(slices(text, spans)).toEqual(['Lindqvist', 'Tom']);
  });

  it('converts code-point offsets to string indices when characters outside the BMP come first', async () => {
    const text = 'Thanks 😀😀 from Ignatius Vandermolen 🙏';
    const e = entity(text, 'Ignatius Vandermolen', 'NAME');
    expect(e.BeginOffset).toBeLessThan(text.indexOf('Ignatius')); // the two readings differ here
    mock.on(DetectPHICommand).resolves({ Entities: [{ ...e, Text: undefined }], ModelVersion: '2.0.0' });
    const spans = await redactor().detect(text);
    expect(slices(text, spans)).toEqual(['Ignatius Vandermolen']);
  });

  it('uses the reading of the offsets that matches the entity text when the service counted otherwise', async () => {
    const text = 'Thanks 😀😀 from Ignatius Vandermolen';
    const at = text.indexOf('Ignatius Vandermolen');
    mock.on(DetectPHICommand).resolves({
      Entities: [{ BeginOffset: at, EndOffset: at + 20, Score: 0.9, Type: 'NAME', Text: 'Ignatius Vandermolen' }],
      ModelVersion: '2.0.0',
    });
    const spans = await redactor().detect(text);
    expect(slices(text, spans)).toEqual(['Ignatius Vandermolen']);
  });

  it('hides every reading of the offsets when none matches the entity text', async () => {
    const text = 'Thanks 😀😀 from Ignatius Vandermolen';
    const at = text.indexOf('Ignatius');
    mock.on(DetectPHICommand).resolves({
      Entities: [{ BeginOffset: at - 2, EndOffset: at + 8, Score: 0.9, Type: 'NAME', Text: 'not in the text' }],
      ModelVersion: '2.0.0',
    });
    const [span] = await redactor().detect(text);
    // at = 17. As code points [15, 25) is [17, 27); as UTF-16 it is [15, 25); as UTF-8 bytes, [11, 21).
    expect(at).toBe(17);
    expect(span).toMatchObject({ start: 11, end: 27 });
  });

  it('makes no call for text that is only white space', async () => {
    mock.on(DetectPHICommand).resolves({ Entities: [], ModelVersion: '2.0.0' });
    expect(await redactor().detect(' \n\t ')).toEqual([]);
    expect(mock.commandCalls(DetectPHICommand)).toHaveLength(0);
  });
});

describe('ComprehendRedactor: chunking', () => {
  /** Answers each call with every "Zelda Quux" in the chunk, offsets in code points, no Text. */
  function answerNames() {
    mock.on(DetectPHICommand).callsFake((input: DetectPHICommandInput) => {
      const chunk = input.Text ?? '';
      const Entities = [];
      for (let at = chunk.indexOf('Zelda Quux'); at >= 0; at = chunk.indexOf('Zelda Quux', at + 1)) {
        const begin = [...chunk.slice(0, at)].length;
        Entities.push({ BeginOffset: begin, EndOffset: begin + 10, Score: 0.95, Type: 'NAME' });
      }
      return Promise.resolve({ Entities, ModelVersion: '2.0.0' });
    });
  }

  it('splits a text over 20 KB into chunks under the limit and shifts offsets back', async () => {
    // Multi-byte letters and emoji make bytes, code points and UTF-16 units all differ.
    const paragraph = 'Größe café naïve 😀 note for Zelda Quux about the Müller dose. Ça va 🙏 fine.\n\n';
    const text = paragraph.repeat(300);
    expect(Buffer.byteLength(text, 'utf8')).toBeGreaterThan(20_000);
    answerNames();

    const spans = await redactor().detect(text);

    const sent = mock.commandCalls(DetectPHICommand).map((c) => c.args[0].input.Text ?? '');
    expect(sent.length).toBeGreaterThan(1);
    for (const chunk of sent) expect(Buffer.byteLength(chunk, 'utf8')).toBeLessThan(20_000);
    expect(sent.join('')).toBe(text);
    expect(spans).toHaveLength(300);
    expect(new Set(slices(text, spans))).toEqual(new Set(['Zelda Quux']));
  });

  it('keeps every chunk within a small configured limit and never cuts a word', async () => {
    const text = Array.from({ length: 40 }, (_, i) => `Señor ${i} asked Zelda Quux 😀 again`).join(' ');
    answerNames();
    const spans = await redactor({ maxChunkBytes: 120 }).detect(text);
    const sent = mock.commandCalls(DetectPHICommand).map((c) => c.args[0].input.Text ?? '');
    let end = 0;
    for (const chunk of sent.slice(0, -1)) {
      expect(Buffer.byteLength(chunk, 'utf8')).toBeLessThanOrEqual(120);
      end += chunk.length;
      // A word boundary: white space on one side of the cut.
      expect(/\s/.test(text[end - 1] as string) || /\s/.test(text[end] as string)).toBe(true);
    }
    expect(sent.join('')).toBe(text);
    expect(spans).toHaveLength(40);
    expect(new Set(slices(text, spans))).toEqual(new Set(['Zelda Quux']));
  });
});

describe('splitText', () => {
  it('prefers a paragraph break, then a sentence end, then white space', () => {
    const para = `${'a'.repeat(30)}\n\n${'b'.repeat(30)}`;
    expect(splitText(para, 40)[0]?.text).toBe(`${'a'.repeat(30)}\n\n`);
    const sentence = `${'word '.repeat(6)}ends. ${'more '.repeat(10)}`;
    expect(splitText(sentence, 40)[0]?.text).toBe(`${'word '.repeat(6)}ends. `);
    const words = 'alpha beta gamma delta epsilon zeta eta theta';
    expect(splitText(words, 20)[0]?.text).toBe('alpha beta gamma ');
  });

  it('does not end a chunk after a title such as "Dr."', () => {
    const text = `${'x '.repeat(12)}see Dr. Patel today please`;
    const first = splitText(text, 36)[0]?.text ?? '';
    expect(first.endsWith('Dr. ')).toBe(false);
  });

  it('does not separate the words of a name or a spaced number when another word boundary fits', () => {
    const text = `${'word '.repeat(5)}call Zelda Quux on 503 555 0148 now and then`;
    const inside = [text.indexOf('Quux'), text.indexOf('555'), text.indexOf('0148')];
    for (let max = 30; max <= 60; max++) {
      const starts = splitText(text, max).map((c) => c.start);
      for (const at of inside) expect(starts).not.toContain(at);
    }
  });

  it('cuts a run with no white space at a character boundary, never inside an emoji', () => {
    const text = '😀'.repeat(10);
    const chunks = splitText(text, 18);
    expect(chunks.map((c) => c.text)).toEqual(['😀😀😀😀', '😀😀😀😀', '😀😀']);
    expect(chunks.map((c) => c.start)).toEqual([0, 8, 16]);
  });

  it('returns the text whole when it fits', () => {
    expect(splitText('short message', 100)).toEqual([{ start: 0, text: 'short message' }]);
  });
});

describe('ComprehendRedactor: retries and failures', () => {
  const throttled = () => new TooManyRequestsException({ message: 'Rate exceeded', $metadata: {} });
  const retryable = [
    ['TooManyRequestsException', throttled],
    ['ThrottlingException', () => Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' })],
    ['ServiceUnavailableException', () => new ServiceUnavailableException({ message: 'unavailable', $metadata: {} })],
    ['InternalServerException', () => new InternalServerException({ message: 'internal', $metadata: {} })],
  ] as const;

  it.each(retryable)('retries %s with growing backoff, then succeeds', async (_name, error) => {
    const text = 'Call Ignatius Vandermolen';
    mock
      .on(DetectPHICommand)
      .rejectsOnce(error())
      .rejectsOnce(error())
      .rejectsOnce(error())
      .resolves({ Entities: [entity(text, 'Ignatius Vandermolen', 'NAME')], ModelVersion: '2.0.0' });
    const delays: number[] = [];
    const spans = await redactor({
      sleep: async (ms) => {
        delays.push(ms);
      },
      random: () => 0.5,
      baseDelayMs: 100,
    }).detect(text);
    expect(slices(text, spans)).toEqual(['Ignatius Vandermolen']);
    expect(mock.commandCalls(DetectPHICommand)).toHaveLength(4);
    expect(delays).toEqual([50, 100, 200]);
  });

  it('draws each delay from zero up to the capped exponential bound (full jitter)', async () => {
    mock.on(DetectPHICommand).rejects(throttled());
    const delays: number[] = [];
    const draws = [0, 0.999, 0.25, 0.999];
    await expect(
      redactor({
        maxAttempts: 5,
        baseDelayMs: 100,
        maxDelayMs: 300,
        random: () => draws.shift() ?? 0,
        sleep: async (ms) => {
          delays.push(ms);
        },
      }).detect('text'),
    ).rejects.toThrow(RedactionError);
    expect(delays).toEqual([0, 199.8, 75, 299.7]);
  });

  it('gives up after maxAttempts with a RedactionError that names the error, not the text', async () => {
    const cause = throttled();
    mock.on(DetectPHICommand).rejects(cause);
    let sleeps = 0;
    const error = await redactor({
      maxAttempts: 3,
      sleep: async () => {
        sleeps++;
      },
    })
      .detect(SECRET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedactionError);
    expect(mock.commandCalls(DetectPHICommand)).toHaveLength(3);
    expect(sleeps).toBe(2);
    const { message } = error as RedactionError;
    expect(message).toContain('TooManyRequestsException');
    for (const part of ['Ignatius', 'Vandermolen', '88412937', '503-555-0148']) expect(message).not.toContain(part);
    expect((error as RedactionError).cause).toBe(cause);
  });

  it.each([
    ['TextSizeLimitExceededException', () => new TextSizeLimitExceededException({ message: 'too big', $metadata: {} })],
    ['InvalidRequestException', () => new InvalidRequestException({ message: 'bad', $metadata: {} })],
  ] as const)('does not retry %s', async (_name, error) => {
    mock.on(DetectPHICommand).rejects(error());
    let sleeps = 0;
    await expect(
      redactor({
        sleep: async () => {
          sleeps++;
        },
      }).detect(SECRET),
    ).rejects.toThrow(RedactionError);
    expect(mock.commandCalls(DetectPHICommand)).toHaveLength(1);
    expect(sleeps).toBe(0);
  });

  const ok = entity(SECRET, 'Ignatius Vandermolen', 'NAME');
  it.each([
    ['no Entities', { ModelVersion: '2.0.0' }],
    ['Entities not a list', { Entities: 'none', ModelVersion: '2.0.0' }],
    ['an offset that is not a number', { Entities: [{ ...ok, BeginOffset: '0' }], ModelVersion: '2.0.0' }],
    ['a missing offset', { Entities: [{ ...ok, EndOffset: undefined }], ModelVersion: '2.0.0' }],
    [
      'an entity ending before it begins',
      { Entities: [{ ...ok, BeginOffset: 9, EndOffset: 3 }], ModelVersion: '2.0.0' },
    ],
    ['a score over 1', { Entities: [{ ...ok, Score: 7 }], ModelVersion: '2.0.0' }],
    ['offsets past the text', { Entities: [{ ...ok, BeginOffset: 500, EndOffset: 510 }], ModelVersion: '2.0.0' }],
    ['a truncated result', { Entities: [ok], PaginationToken: 'next', ModelVersion: '2.0.0' }],
  ])('fails with a RedactionError on a malformed response: %s', async (_case, response) => {
    // The mock is typed to the SDK's output; these responses are deliberately not.
    mock.on(DetectPHICommand).resolves(response as never);
    const error = await redactor()
      .detect(SECRET)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedactionError);
    expect((error as Error).message).not.toContain('Ignatius');
    expect((error as Error).message).not.toContain('88412937');
  });

  it('rejects options outside DetectPHI limits', () => {
    expect(() => new ComprehendRedactor({ client, maxChunkBytes: 20_000 })).toThrow(/maxChunkBytes/);
    expect(() => new ComprehendRedactor({ client, maxAttempts: 0 })).toThrow(/maxAttempts/);
  });
});
