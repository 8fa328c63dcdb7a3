/**
 * The webhook handler with real Standard Webhooks signatures and Powertools Idempotency on a
 * real DynamoDB API (dynalite); the queue and the secrets are fakes.
 */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { Webhook } from 'standardwebhooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueuedMessage } from '#core/messages.ts';
import type { MessageQueue } from '#core/ports.ts';
import { MAX_BODY_BYTES, makeWebhookHandler, type WebhookSecrets } from '#handlers/webhook/handler.ts';
import { createIdempotencyTable, uniqueTableName, useDynalite } from '../../fixtures/dynalite.ts';
import { captureLog, captureMetrics } from '../../fixtures/observability.ts';

const SECRET = `whsec_${Buffer.from('current-secret-0123456789abcdef').toString('base64')}`;
const OLD_SECRET = `whsec_${Buffer.from('previous-secret-0123456789abcde').toString('base64')}`;
const OTHER_SECRET = `whsec_${Buffer.from('someone-else-0123456789abcdefgh').toString('base64')}`;
const NOW = new Date('2026-11-20T14:03:00Z');

// PHI-shaped values: none may appear in a log line or an error body.
const PHI = { name: 'Marisol Quintero-Vega', phone: '(617) 555-0143', dob: '03/14/1961' };
const portalMessage = (id = 'm-1') => ({
  messageId: id,
  patientId: 'p-42',
  sentAt: '2026-11-20T14:00:00Z',
  body: `Hi this is ${PHI.name}, dob ${PHI.dob}, please refill my lisinopril. Call ${PHI.phone}.`,
});
const fhirMessage = {
  resourceType: 'Communication',
  id: 'fhir-9',
  status: 'completed',
  subject: { reference: 'Patient/p-7' },
  sent: '2026-11-20T13:59:00Z',
  topic: { text: 'Refill' },
  payload: [{ contentString: `I am ${PHI.name}.` }, { contentString: 'Need my inhaler refilled.' }],
};

function signed(
  body: string,
  opts: { id?: string; secret?: string; at?: Date; contentType?: string; base64?: boolean } = {},
): APIGatewayProxyEventV2 {
  const id = opts.id ?? 'msg_1';
  const at = opts.at ?? NOW;
  const signature = new Webhook(opts.secret ?? SECRET).sign(id, at, body);
  return {
    headers: {
      'content-type': opts.contentType ?? 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': signature,
    },
    body: opts.base64 ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: opts.base64 ?? false,
  } as unknown as APIGatewayProxyEventV2;
}

const dynamo = useDynalite();

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

async function setup(opts: { secrets?: string[][]; queueFails?: number } = {}) {
  const tableName = uniqueTableName('idempotency');
  await createIdempotencyTable(dynamo.client, tableName);
  const sent: QueuedMessage[] = [];
  let failures = opts.queueFails ?? 0;
  const queue: MessageQueue = {
    send: async (m) => {
      if (failures-- > 0) throw new Error('queue unavailable');
      sent.push(m);
    },
  };
  const lists = opts.secrets ?? [[SECRET, OLD_SECRET]];
  let calls = 0;
  const refreshes: boolean[] = [];
  const secrets: WebhookSecrets = {
    get: async (o) => {
      refreshes.push(o?.refresh === true);
      if (o?.refresh) calls++;
      return lists[Math.min(calls, lists.length - 1)] as string[];
    },
  };
  const log = captureLog();
  const metrics = captureMetrics();
  const handler = makeWebhookHandler({
    secrets,
    queue,
    idempotencyStore: new DynamoDBPersistenceLayer({ tableName, awsSdkV3Client: dynamo.client }),
    clock: { now: () => new Date() },
    log,
    metrics,
  });
  const handle = (event: APIGatewayProxyEventV2) => handler(event, context);
  return { handle, sent, log, metrics, refreshes };
}

const bodyOf = (r: { body: string }) => JSON.parse(r.body);
const context = { getRemainingTimeInMillis: () => 10_000 } as unknown as Context;

describe('webhook handler', () => {
  it('queues a signed portal message once and answers 202', async () => {
    const { handle, sent, metrics } = await setup();
    const res = await handle(signed(JSON.stringify(portalMessage())));
    expect(res.statusCode).toBe(202);
    expect(bodyOf(res)).toEqual({ messageId: 'm-1', status: 'queued' });
    expect(sent).toHaveLength(1);
    expect(sent[0]).toEqual({
      webhookId: 'msg_1',
      receivedAt: NOW.toISOString(),
      message: {
        id: 'm-1',
        patientId: 'p-42',
        sentAt: '2026-11-20T14:00:00Z',
        text: portalMessage().body,
      },
    });
    expect(metrics.sum('WebhookAccepted')).toBe(1);
    expect(metrics.flushes).toBe(1);
  });

  it('normalises a FHIR Communication (payload joined, subject and topic mapped)', async () => {
    const { handle, sent } = await setup();
    const res = await handle(
      signed(JSON.stringify(fhirMessage), { contentType: 'application/fhir+json; charset=utf-8' }),
    );
    expect(res.statusCode).toBe(202);
    expect(sent[0]?.message).toEqual({
      id: 'fhir-9',
      patientId: 'Patient/p-7',
      sentAt: '2026-11-20T13:59:00Z',
      subject: 'Refill',
      text: `I am ${PHI.name}.\nNeed my inhaler refilled.`,
    });
  });

  it('reads a base64-encoded body as API Gateway delivers it', async () => {
    const { handle, sent } = await setup();
    const res = await handle(signed(JSON.stringify(portalMessage()), { base64: true }));
    expect(res.statusCode).toBe(202);
    expect(sent).toHaveLength(1);
  });

  it('answers a repeated delivery with 200 and does not queue it again', async () => {
    const { handle, sent, metrics } = await setup();
    const body = JSON.stringify(portalMessage());
    expect((await handle(signed(body))).statusCode).toBe(202);
    const again = await handle(signed(body));
    expect(again.statusCode).toBe(200);
    expect(bodyOf(again)).toEqual({ messageId: 'm-1', status: 'duplicate' });
    expect(sent).toHaveLength(1);
    expect(metrics.sum('WebhookDuplicate')).toBe(1);
  });

  it('still recognises a repeat three days later (records outlive the sender’s retries)', async () => {
    const { handle, sent } = await setup();
    const body = JSON.stringify(portalMessage());
    await handle(signed(body));
    const later = new Date(NOW.getTime() + 3 * 86_400_000);
    vi.setSystemTime(later);
    const again = await handle(signed(body, { at: later }));
    expect(again.statusCode).toBe(200);
    expect(sent).toHaveLength(1);
  });

  it('refuses a reused webhook-id with a different body (409) and queues nothing more', async () => {
    const { handle, sent } = await setup();
    await handle(signed(JSON.stringify(portalMessage('m-1'))));
    const res = await handle(signed(JSON.stringify(portalMessage('m-2'))));
    expect(res.statusCode).toBe(409);
    expect(bodyOf(res).error).toMatch(/different payload/);
    expect(sent).toHaveLength(1);
  });

  it('accepts the previous secret during a rotation', async () => {
    const { handle, sent } = await setup();
    const res = await handle(signed(JSON.stringify(portalMessage()), { secret: OLD_SECRET }));
    expect(res.statusCode).toBe(202);
    expect(sent).toHaveLength(1);
  });

  it('refreshes the secrets once when no signature matches, so a rotation is picked up', async () => {
    const { handle, refreshes } = await setup({ secrets: [[OLD_SECRET], [SECRET, OLD_SECRET]] });
    const res = await handle(signed(JSON.stringify(portalMessage()), { secret: SECRET }));
    expect(res.statusCode).toBe(202);
    expect(refreshes).toEqual([false, true]);
  });

  it('rejects a bad signature with 401 and stores nothing: the same id signed properly is then accepted', async () => {
    const { handle, sent, metrics } = await setup();
    const body = JSON.stringify(portalMessage());
    const bad = await handle(signed(body, { secret: OTHER_SECRET }));
    expect(bad.statusCode).toBe(401);
    expect(bodyOf(bad).error).toBe('invalid signature: no matching signature found');
    expect(sent).toHaveLength(0);
    expect(metrics.sum('WebhookRejected')).toBe(1);
    expect((await handle(signed(body))).statusCode).toBe(202);
  });

  it('rejects a signature older than five minutes (401)', async () => {
    const { handle, sent } = await setup();
    const res = await handle(signed(JSON.stringify(portalMessage()), { at: new Date(NOW.getTime() - 6 * 60_000) }));
    expect(res.statusCode).toBe(401);
    expect(bodyOf(res).error).toMatch(/too old/);
    expect(sent).toHaveLength(0);
  });

  it('rejects a request without signature headers (401)', async () => {
    const { handle } = await setup();
    const event = signed(JSON.stringify(portalMessage()));
    delete (event.headers as Record<string, string>)['webhook-signature'];
    expect((await handle(event)).statusCode).toBe(401);
  });

  it('rejects a wrong content type with 415 before anything else', async () => {
    const { handle, sent } = await setup();
    const res = await handle(signed(JSON.stringify(portalMessage()), { contentType: 'text/plain' }));
    expect(res.statusCode).toBe(415);
    expect(sent).toHaveLength(0);
  });

  it('rejects a body over the limit with 413', async () => {
    const { handle } = await setup();
    const big = JSON.stringify({ ...portalMessage(), body: 'x'.repeat(MAX_BODY_BYTES) });
    expect((await handle(signed(big))).statusCode).toBe(413);
  });

  it('rejects a message longer than 20,000 characters with 400 naming the body', async () => {
    const { handle, sent } = await setup();
    const res = await handle(signed(JSON.stringify({ ...portalMessage(), body: 'refill '.repeat(3000) })));
    expect(res.statusCode).toBe(400);
    expect(bodyOf(res).issues.join(' ')).toMatch(/body/);
    expect(sent).toHaveLength(0);
  });

  it('rejects an invalid payload with 400 naming the fields, never their values', async () => {
    const { handle, sent } = await setup();
    const { body: _omit, ...rest } = portalMessage();
    const res = await handle(signed(JSON.stringify({ ...rest, sentAt: PHI.dob })));
    expect(res.statusCode).toBe(400);
    const out = bodyOf(res);
    expect(out.issues.join(' ')).toMatch(/sentAt/);
    expect(out.issues.join(' ')).toMatch(/body/);
    expect(res.body).not.toContain(PHI.dob);
    expect(sent).toHaveLength(0);
  });

  it('rejects a body that is not JSON with 400', async () => {
    const { handle } = await setup();
    const res = await handle(signed(`{"messageId": "m-1", ${PHI.name}`));
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain(PHI.name);
  });

  it('answers 500 when the queue fails, and a retry of the same delivery then succeeds', async () => {
    const { handle, sent, log } = await setup({ queueFails: 1 });
    const body = JSON.stringify(portalMessage());
    const failed = await handle(signed(body));
    expect(failed.statusCode).toBe(500);
    expect(bodyOf(failed)).toEqual({ error: 'internal error' });
    expect(log.lines.some((l) => l.level === 'error')).toBe(true);
    const retried = await handle(signed(body));
    expect(retried.statusCode).toBe(202);
    expect(sent).toHaveLength(1);
  });

  it('never logs message text or PHI, on any path', async () => {
    const { handle, log } = await setup();
    const body = JSON.stringify(portalMessage());
    await handle(signed(body));
    await handle(signed(body));
    await handle(signed(body, { secret: OTHER_SECRET, id: 'msg_2' }));
    await handle(signed(JSON.stringify({ ...portalMessage(), sentAt: PHI.dob }), { id: 'msg_3' }));
    await handle(signed(JSON.stringify(fhirMessage), { id: 'msg_4' }));
    const text = log.text();
    expect(log.lines.length).toBeGreaterThanOrEqual(5);
    for (const value of Object.values(PHI)) expect(text).not.toContain(value);
    expect(text).not.toContain('lisinopril');
  });
});
