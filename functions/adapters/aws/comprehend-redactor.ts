/**
 * The Amazon Comprehend Medical redactor: DetectPHI, chunked to its size limit, retried when
 * throttled, validated, and mapped onto the project's PHI types.
 *
 * Offsets: DetectPHI documents `BeginOffset`/`EndOffset` as "0-based character offsets … the
 * UTF-8 code point in the string", i.e. counts of Unicode code points, while a JS string indexes
 * UTF-16 code units (an emoji is one code point but two units). Offsets are therefore read as
 * code points and converted. Because that wording is ambiguous, when the entity carries its
 * `Text` the span is checked against it and, if it does not match, the UTF-16 and UTF-8-byte
 * readings are tried; when none matches, the union of all readings is hidden (over-redact rather
 * than leak).
 */
import { setTimeout as delay } from 'node:timers/promises';
import { ComprehendMedicalClient, DetectPHICommand } from '@aws-sdk/client-comprehendmedical';
import * as z from 'zod/mini';
import { ConfigError, RedactionError, ValidationError } from '#core/errors.ts';
import type { Redactor } from '#core/ports.ts';
import { describeIssues, PHI_TYPES, type PhiSpan, type PhiType } from '#core/schemas.ts';

/** DetectPHI accepts "fewer than 20,000 bytes" of UTF-8; a little headroom below it. */
export const DETECT_PHI_MAX_BYTES = 19_900;

/** Errors worth another try: the documented throttling and transient server faults. */
const RETRYABLE = new Set([
  'ThrottlingException',
  'TooManyRequestsException',
  'ServiceUnavailableException',
  'InternalServerException',
]);

const Options = z.object({
  minScore: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0),
  maxChunkBytes: z._default(z.number().check(z.int(), z.minimum(16), z.maximum(19_999)), DETECT_PHI_MAX_BYTES),
  maxAttempts: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(10)), 5),
  baseDelayMs: z._default(z.number().check(z.minimum(0)), 200),
  maxDelayMs: z._default(z.number().check(z.minimum(0)), 5_000),
});

export interface ComprehendRedactorOptions extends z.input<typeof Options> {
  /** Defaults to a client with the SDK's own retries off, so that attempts are counted here only. */
  client?: ComprehendMedicalClient;
  sleep?: (ms: number) => Promise<void>;
  /** In [0, 1); for the jitter. */
  random?: () => number;
}

/** The parts of a DetectPHI response that redaction depends on (DetectPHIResponse, Entity). */
const DetectPhiEntity = z
  .object({
    BeginOffset: z.number().check(z.int(), z.nonnegative()),
    EndOffset: z.number().check(z.int(), z.nonnegative()),
    Score: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
    Type: z.optional(z.string()),
    Text: z.optional(z.string()),
  })
  .check(z.refine((e) => e.EndOffset > e.BeginOffset, { message: 'EndOffset must be after BeginOffset' }));
type DetectPhiEntity = z.infer<typeof DetectPhiEntity>;

const DetectPhiResponse = z.object({
  Entities: z.array(DetectPhiEntity),
  PaginationToken: z.optional(z.string()),
  ModelVersion: z.optional(z.string()),
});

export class ComprehendRedactor implements Redactor {
  readonly name = 'comprehend-medical';
  readonly version = 'detectphi-v1';
  readonly #client: ComprehendMedicalClient;
  readonly #opts: z.infer<typeof Options>;
  readonly #sleep: (ms: number) => Promise<void>;
  readonly #random: () => number;

  constructor(opts: ComprehendRedactorOptions = {}) {
    const { client, sleep, random, ...rest } = opts;
    const parsed = Options.safeParse(rest);
    if (!parsed.success) throw new ConfigError('invalid ComprehendRedactor options', describeIssues(parsed.error));
    this.#opts = parsed.data;
    this.#client = client ?? new ComprehendMedicalClient({ maxAttempts: 1 });
    this.#sleep = sleep ?? ((ms) => delay(ms));
    this.#random = random ?? Math.random;
  }

  /**
   * 1. Split the text into chunks under the byte limit, on paragraph, sentence or word boundaries.
   * 2. Call DetectPHI on each chunk in turn (sequential: the service quota is per second),
   *    retrying throttling with backoff; validate each response.
   * 3. Convert each entity's offsets to UTF-16 indices of the original text.
   * 4. Keep entities scored at or above minScore; map their types (unknown → ID).
   */
  async detect(text: string): Promise<PhiSpan[]> {
    const spans: PhiSpan[] = [];
    for (const chunk of splitText(text, this.#opts.maxChunkBytes)) {
      // DetectPHI rejects empty text, and white space holds no PHI.
      if (chunk.text.trim() === '') continue;
      const entities = await this.#detectChunk(chunk.text);
      for (const e of entities) {
        if (e.Score !== undefined && e.Score < this.#opts.minScore) continue;
        const at = locate(chunk.text, e);
        spans.push({
          start: chunk.start + at.start,
          end: chunk.start + at.end,
          type: mapType(e.Type),
          ...(e.Score !== undefined ? { score: e.Score } : {}),
        });
      }
    }
    return spans.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  async #detectChunk(text: string): Promise<DetectPhiEntity[]> {
    const raw = await this.#send(text);
    const parsed = DetectPhiResponse.safeParse(raw);
    if (!parsed.success) {
      throw new RedactionError('DetectPHI response malformed', {
        cause: new ValidationError('DetectPHI response', describeIssues(parsed.error)),
      });
    }
    // DetectPHI takes no token to fetch the rest: a truncated result would leave PHI unseen.
    if (parsed.data.PaginationToken) throw new RedactionError('DetectPHI response truncated');
    return parsed.data.Entities;
  }

  /** Exponential backoff with full jitter: attempt n waits random × min(max, base × 2^(n-1)). */
  async #send(text: string): Promise<unknown> {
    const { maxAttempts, baseDelayMs, maxDelayMs } = this.#opts;
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.#client.send(new DetectPHICommand({ Text: text }));
      } catch (e) {
        const name = e instanceof Error ? e.name : 'unknown';
        if (!RETRYABLE.has(name) || attempt >= maxAttempts) {
          throw new RedactionError(`DetectPHI failed (${name}) after ${attempt} attempt(s)`, { cause: e });
        }
        await this.#sleep(this.#random() * Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)));
      }
    }
  }
}

const KNOWN_TYPES: ReadonlySet<string> = new Set(PHI_TYPES);

/** A type this code does not know yet is still PHI: redact it as ID rather than let it through. */
export function mapType(type: string | undefined): PhiType {
  return type !== undefined && KNOWN_TYPES.has(type) ? (type as PhiType) : 'ID';
}

export interface Chunk {
  /** UTF-16 index of the chunk in the original text. */
  start: number;
  text: string;
}

/**
 * Splits text into consecutive chunks of at most maxBytes UTF-8 bytes that cover it exactly.
 * A chunk ends after a paragraph break, else after a sentence, when either falls in the second
 * half of the room available (so chunks stay large); else at the last word boundary that does
 * not separate words of one likely identifier ("Dr. Patel", "Zelda Quux", "503 555 0148"), else
 * at the last word boundary. Only a run with no white space longer than the limit is cut inside
 * a word, and never inside a character.
 */
export function splitText(text: string, maxBytes: number): Chunk[] {
  const chunks: Chunk[] = [];
  let pos = 0;
  while (pos < text.length) {
    const limit = fitEnd(text, pos, maxBytes);
    const end = limit >= text.length ? text.length : cutPoint(text, pos, limit);
    chunks.push({ start: pos, text: text.slice(pos, end) });
    pos = end;
  }
  return chunks;
}

/** The largest end such that text[pos, end) is at most maxBytes in UTF-8, on a code-point boundary. */
function fitEnd(text: string, pos: number, maxBytes: number): number {
  let bytes = 0;
  let i = pos;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    // A lone surrogate is sent as U+FFFD: three bytes, like the rest of the BMP above U+07FF.
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (bytes + size > maxBytes) break;
    bytes += size;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

const PARAGRAPH = /\n[ \t\r]*\n\s*/g;
// Not after a title: "Dr. | Patel" in two chunks would separate a name from its best clue.
const SENTENCE = /(?<!\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr))[.!?…]["'”’)\]]*\s+/g;
const SPACE = /\s+/g;
const TITLE = /^\(?(?:Dr|Mr|Mrs|Ms|Mx|Prof|St|Jr|Sr)\.$/;

function cutPoint(text: string, pos: number, limit: number): number {
  const window = text.slice(pos, limit);
  const half = window.length / 2;
  for (const re of [PARAGRAPH, SENTENCE]) {
    const end = lastMatchEnd(window, re);
    if (end !== undefined && end >= half) return pos + end;
  }
  // Word boundaries: after each run of white space, and at the limit when a word ends there.
  const cuts = [...window.matchAll(SPACE)].map((m) => ({ at: m.index + m[0].length, word: m.index }));
  if (/\s/.test(text[limit] as string)) cuts.push({ at: window.length, word: window.length });
  const valid = cuts.filter((c) => c.at > 0);
  const best = valid
    .filter((c) => {
      const prev =
        window
          .slice(Math.max(0, c.word - 40), c.word)
          .split(/\s/)
          .at(-1) ?? '';
      const next = text.slice(pos + c.at, pos + c.at + 40).split(/\s/)[0] ?? '';
      return !mayBeOneIdentifier(prev, next);
    })
    .at(-1);
  const cut = best ?? valid.at(-1);
  return cut ? pos + cut.at : limit;
}

/** Words a cut should not separate: a title and a name, two capitalised words, two numbers. */
function mayBeOneIdentifier(prev: string, next: string): boolean {
  if (TITLE.test(prev)) return true;
  if (/^\p{Lu}/u.test(prev) && /^\p{Lu}/u.test(next)) return true;
  return /\d/.test(prev) && /\d/.test(next);
}

function lastMatchEnd(s: string, re: RegExp): number | undefined {
  let end: number | undefined;
  for (const m of s.matchAll(re)) end = m.index + m[0].length;
  return end;
}

/** Where an entity lies in its chunk, as UTF-16 indices; see the module comment. */
function locate(chunk: string, e: DetectPhiEntity): { start: number; end: number } {
  const readings = [codePointToUtf16, utf16, utf8ToUtf16];
  const spans: { start: number; end: number }[] = [];
  for (const read of readings) {
    const start = read(chunk, e.BeginOffset);
    const end = read(chunk, e.EndOffset);
    if (start !== undefined && end !== undefined && end > start) spans.push({ start, end });
  }
  const [first] = spans;
  if (!first) throw new RedactionError('DetectPHI entity offsets out of range');
  if (e.Text === undefined) return first;
  const exact = spans.find((s) => chunk.slice(s.start, s.end) === e.Text);
  if (exact) return exact;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** UTF-16 index of code point n, or undefined past the end. */
function codePointToUtf16(s: string, n: number): number | undefined {
  let i = 0;
  for (let cp = 0; cp < n; cp++) {
    if (i >= s.length) return undefined;
    i += (s.codePointAt(i) as number) > 0xffff ? 2 : 1;
  }
  return i;
}

function utf16(s: string, n: number): number | undefined {
  return n <= s.length ? n : undefined;
}

/** UTF-16 index of UTF-8 byte offset n, or undefined when n is not on a character boundary. */
function utf8ToUtf16(s: string, n: number): number | undefined {
  let bytes = 0;
  let i = 0;
  while (bytes < n && i < s.length) {
    const cp = s.codePointAt(i) as number;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return bytes === n ? i : undefined;
}
