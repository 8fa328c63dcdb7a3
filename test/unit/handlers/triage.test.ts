/**
 * The triage handler on SQS batches: the store is the real DynamoStore on dynalite; the
 * redactor and classifier are fakes chosen per test.
 */
import type { Context, SQSEvent, SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { createTable } from '#adapters/aws/dynamo-table.ts';
import { CombinedRedactor } from '#adapters/combined-redactor.ts';
import type { QueuedMessage } from '#core/messages.ts';
import type { Trace } from '#core/trace.ts';
import { makeTriageHandler } from '#handlers/triage/handler.ts';
import { uniqueTableName, useDynalite } from '../../fixtures/dynalite.ts';
import { fakeClassifier, fakeDeps, fakeRedactor, fixedClock } from '../../fixtures/fakes.ts';
import { captureLog, captureMetrics } from '../../fixtures/observability.ts';

const context = { getRemainingTimeInMillis: () => 30_000, awsRequestId: 'req-1' } as unknown as Context;
const NAME = 'Bartholomew Okonkwo';

const queued = (id: string, text: string): QueuedMessage => ({
  webhookId: `wh-${id}`,
  receivedAt: '2026-11-20T14:03:00Z',
  message: { id, text, patientId: 'p-1', sentAt: '2026-11-20T14:00:00Z' },
});
const record = (body: unknown, n: number): SQSRecord =>
  ({
    messageId: `sqs-${n}`,
    receiptHandle: `rh-${n}`,
    body: typeof body === 'string' ? body : JSON.stringify(body),
    attributes: { ApproximateReceiveCount: '1' },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:triage',
    awsRegion: 'us-east-1',
  }) as unknown as SQSRecord;
const batch = (...bodies: unknown[]): SQSEvent => ({ Records: bodies.map((b, i) => record(b, i + 1)) });

const dynamo = useDynalite();

async function setup(overrides: Parameters<typeof fakeDeps>[0] = {}, storeFails?: (trace: Trace) => boolean) {
  const tableName = uniqueTableName('triage-h');
  await createTable(dynamo.client, tableName);
  const store = new DynamoStore({ client: dynamo.doc, tableName, clock: fixedClock });
  const seen: string[] = [];
  const pipeline = fakeDeps({
    redactor: fakeRedactor([{ start: 11, end: 11 + NAME.length, type: 'NAME', score: 0.99 }]),
    classifier: fakeClassifier({ ok: true, bucket: 'refill', confidence: 0.95 }, seen),
    ...overrides,
    traceStore: {
      put: async (t) => {
        if (storeFails?.(t)) throw new Error('throttled');
        await store.put(t);
      },
    },
  });
  const log = captureLog();
  const metrics = captureMetrics();
  const handle = makeTriageHandler({ pipeline, store, log, metrics });
  return { handle, store, seen, log, metrics };
}

describe('triage handler', () => {
  it('stores, triages and traces every record of a batch and reports no failure', async () => {
    const { handle, store, metrics, seen } = await setup();
    const out = await handle(
      batch(queued('a', `Hi this is ${NAME}, refill my metformin`), queued('b', `Hi this is ${NAME}, refill please`)),
      context,
    );
    expect(out.batchItemFailures).toEqual([]);
    const view = await store.getMessage('a');
    expect(view?.message?.text).toContain(NAME);
    expect(view?.trace?.route).toBe('draft');
    expect(view?.state?.status).toBe('pending');
    // The classifier saw redacted text only.
    expect(seen.every((t) => !t.includes(NAME) && t.includes('[NAME_1]'))).toBe(true);
    expect(metrics.sum('MessagesTriaged', 'refill')).toBe(2);
    expect(metrics.sum('MessagesRouted', 'draft')).toBe(2);
    expect(metrics.sum('PhiEntitiesPerMessage')).toBe(2);
    expect(metrics.names()).toContain('TriageLatency');
    expect(metrics.flushes).toBe(1);
  });

  it('reports only the bad record when one body is not a queued message', async () => {
    const { handle, store } = await setup();
    const out = await handle(batch(queued('c', 'refill my inhaler'), '{"not":"a message"}', 'not json'), context);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'sqs-2' }, { itemIdentifier: 'sqs-3' }]);
    expect((await store.getMessage('c'))?.trace).not.toBeNull();
  });

  it('reports a record whose trace write fails, so SQS delivers it again; the retry completes it', async () => {
    let fail = true;
    const { handle, store } = await setup({}, (t) => t.messageId === 'e' && fail);
    const event = batch(queued('d', 'refill my inhaler'), queued('e', 'refill my inhaler'));
    const first = await handle(event, context);
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: 'sqs-2' }]);
    expect((await store.getMessage('e'))?.trace).toBeNull();
    fail = false;
    const retry = await handle(batch(queued('e', 'refill my inhaler')), context);
    expect(retry.batchItemFailures).toEqual([]);
    expect((await store.getMessage('e'))?.trace?.route).toBe('draft');
  });

  it('does not triage again a message already triaged under another delivery', async () => {
    const { handle, seen, log } = await setup();
    await handle(batch(queued('f', 'refill my inhaler')), context);
    const again = { ...queued('f', 'refill my inhaler'), webhookId: 'wh-other' };
    const out = await handle(batch(again), context);
    expect(out.batchItemFailures).toEqual([]);
    expect(seen).toHaveLength(1);
    expect(log.lines.map((l) => l.message)).toContain('message already triaged');
  });

  it('escalates a red flag and counts it, whatever the classifier says', async () => {
    const { handle, store, metrics } = await setup();
    await handle(batch(queued('g', 'crushing chest pain right now and my left arm is numb')), context);
    const view = await store.getMessage('g');
    expect(view?.state?.route).toBe('escalate');
    expect(view?.state?.queue).toBe('nurse-urgent');
    expect(metrics.sum('Escalations')).toBe(1);
    expect(metrics.sum('MessagesRouted', 'escalate')).toBe(1);
  });

  it('counts a classifier timeout as a fallback to review', async () => {
    const { handle, store, metrics } = await setup({ classifier: fakeClassifier({ ok: false, reason: 'timeout' }) });
    await handle(batch(queued('h', 'refill my inhaler')), context);
    expect((await store.getMessage('h'))?.state?.route).toBe('review');
    expect(metrics.sum('Fallbacks', 'timeout')).toBe(1);
  });

  it('counts a redaction failure as a fallback and never calls the classifier', async () => {
    const { handle, seen, metrics } = await setup({ redactor: fakeRedactor(new Error('DetectPHI down')) });
    await handle(batch(queued('i', 'refill my inhaler')), context);
    expect(seen).toHaveLength(0);
    expect(metrics.sum('Fallbacks', 'redaction-failed')).toBe(1);
  });

  it.each([
    ['throttled', { ok: false, reason: 'throttled' }],
    ['invalid-output', { bucket: 'urgent-refill', confidence: 7 }],
  ] as const)('sends a message to review and counts a %s classifier as a fallback', async (reason, result) => {
    const { handle, store, metrics } = await setup({ classifier: fakeClassifier(result) });
    await handle(batch(queued(`k-${reason}`, 'refill my inhaler')), context);
    expect((await store.getMessage(`k-${reason}`))?.state?.route).toBe('review');
    expect(metrics.sum('Fallbacks', reason)).toBe(1);
  });

  it('fails closed on a Spanish message when the redactor is configured to refuse non-English text', async () => {
    const spanish = new CombinedRedactor({
      primary: fakeRedactor([]),
      secondary: fakeRedactor([]),
      mode: 'comprehend',
      nonEnglish: 'fail',
    });
    const { handle, store, seen, metrics } = await setup({ redactor: spanish });
    await handle(
      batch(queued('l', 'Hola, necesito que me surtan otra vez mi receta de metformina, por favor.')),
      context,
    );
    expect(seen).toHaveLength(0);
    expect((await store.getMessage('l'))?.state?.route).toBe('review');
    expect(metrics.sum('Fallbacks', 'redaction-failed')).toBe(1);
  });

  it('never logs message text or PHI', async () => {
    const { handle, log } = await setup();
    await handle(batch(queued('j', `Hi this is ${NAME}, refill my metformin`), 'not json'), context);
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.text()).not.toContain(NAME);
    expect(log.text()).not.toContain('metformin');
  });
});
