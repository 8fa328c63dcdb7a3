/**
 * The staff API on the real DynamoStore (dynalite): messages are triaged by the core pipeline
 * with fakes, then read and acted on through the handler as API Gateway would call it.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { createTable } from '#adapters/aws/dynamo-table.ts';
import { defaultConfig } from '#core/config.ts';
import type { ApprovedReply } from '#core/messages.ts';
import { triage } from '#core/pipeline.ts';
import type { ClassifierResult, ReplyPublisher } from '#core/ports.ts';
import { makeStaffApiHandler } from '#handlers/staff-api/handler.ts';
import { uniqueTableName, useDynalite } from '../../fixtures/dynalite.ts';
import { fakeClassifier, fakeDeps, fakeRedactor } from '../../fixtures/fakes.ts';
import { captureLog, captureMetrics } from '../../fixtures/observability.ts';

const NAME = 'Henrietta Lacks-Moreau';
const T0 = Date.parse('2026-11-20T14:00:00Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000);

const dynamo = useDynalite();

type Seed = { id: string; text: string; minute: number; result?: ClassifierResult };

async function setup(seeds: Seed[], opts: { publishFails?: boolean } = {}) {
  const tableName = uniqueTableName('staff');
  await createTable(dynamo.client, tableName);
  let now = at(0);
  const clock = { now: () => now, elapsedMs: () => 0 };
  const store = new DynamoStore({ client: dynamo.doc, tableName, clock });
  for (const s of seeds) {
    now = at(s.minute);
    await store.putMessage({ message: { id: s.id, text: s.text, patientId: `p-${s.id}` }, retentionDays: 30 });
    const nameAt = s.text.indexOf(NAME);
    await triage(
      { id: s.id, text: s.text },
      fakeDeps({
        clock,
        redactor: fakeRedactor(nameAt >= 0 ? [{ start: nameAt, end: nameAt + NAME.length, type: 'NAME' }] : []),
        classifier: fakeClassifier(s.result ?? { ok: true, bucket: 'refill', confidence: 0.97 }),
        traceStore: store,
      }),
    );
  }
  const published: ApprovedReply[] = [];
  const publisher: ReplyPublisher = {
    publish: async (r) => {
      if (opts.publishFails) throw new Error('bus down');
      published.push(r);
    },
  };
  const metrics = captureMetrics();
  const log = captureLog();
  now = at(30);
  const handle = makeStaffApiHandler({ store, publisher, config: defaultConfig, clock, log, metrics });
  const call = async (
    routeKey: string,
    opts: {
      user?: string;
      groups?: unknown;
      path?: Record<string, string>;
      body?: unknown;
      query?: Record<string, string>;
    } = {},
  ) => {
    const event = {
      routeKey,
      pathParameters: opts.path,
      queryStringParameters: opts.query,
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      isBase64Encoded: false,
      requestContext:
        opts.user === undefined
          ? {}
          : {
              authorizer: {
                jwt: { claims: { 'cognito:username': opts.user, 'cognito:groups': opts.groups ?? '[nurse]' } },
              },
            },
    } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
    const res = await handle(event);
    return { status: res.statusCode, body: JSON.parse(res.body) };
  };
  return { call, published, metrics, log, store };
}

const refill = (id: string, minute: number): Seed => ({
  id,
  minute,
  text: `This is ${NAME}, refill my metformin please`,
});
const emergency = (id: string, minute: number): Seed => ({ id, minute, text: 'I have crushing chest pain right now' });
const nurse = { user: 'nina', groups: '[nurse]' };
const pharmacist = { user: 'paul', groups: '[pharmacy]' };

describe('staff API', () => {
  it('lists only the queues a caller’s groups allow, with pending counts', async () => {
    const { call } = await setup([refill('r1', 1), refill('r2', 2), emergency('e1', 3)]);
    const n = await call('GET /staff/queues', nurse);
    expect(n.status).toBe(200);
    expect(n.body.queues).toEqual([
      { name: 'nurse', pending: 0 },
      { name: 'nurse-urgent', pending: 1 },
    ]);
    const p = await call('GET /staff/queues', { user: 'paul', groups: ['pharmacy'] });
    expect(p.body.queues).toEqual([{ name: 'pharmacy', pending: 2 }]);
    const s = await call('GET /staff/queues', { user: 'sue', groups: '[supervisor]' });
    expect(s.body.queues.map((q: { name: string }) => q.name)).toEqual([
      'billing',
      'front-desk',
      'nurse',
      'nurse-urgent',
      'pharmacy',
    ]);
  });

  it('lists a queue’s items oldest first and refuses a queue the caller may not see (403)', async () => {
    const { call } = await setup([refill('r2', 2), refill('r1', 1)]);
    const list = await call('GET /staff/queues/{queue}/items', { ...pharmacist, path: { queue: 'pharmacy' } });
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual(['r1', 'r2']);
    const denied = await call('GET /staff/queues/{queue}/items', { ...nurse, path: { queue: 'pharmacy' } });
    expect(denied.status).toBe(403);
  });

  it('shows a message with its original and redacted text, decision, draft and trace', async () => {
    const { call } = await setup([refill('r1', 1)]);
    const res = await call('GET /staff/messages/{id}', { ...pharmacist, path: { id: 'r1' } });
    expect(res.status).toBe(200);
    expect(res.body.message.text).toContain(NAME);
    expect(res.body.message.redactedText).toBe('This is [NAME_1], refill my metformin please');
    expect(res.body.decision).toMatchObject({ bucket: 'refill', route: 'draft', queue: 'pharmacy' });
    expect(res.body.decision.draft).toMatch(/refill request/);
    expect(res.body.trace.redaction.spans).toHaveLength(1);
    expect(res.body.state.version).toBe(1);
    const other = await call('GET /staff/messages/{id}', { ...nurse, path: { id: 'r1' } });
    expect(other.status).toBe(403);
    const missing = await call('GET /staff/messages/{id}', { ...pharmacist, path: { id: 'nope' } });
    expect(missing.status).toBe(404);
  });

  it('approves a draft, records the actor and publishes ReplyApproved with the drafted text', async () => {
    const { call, published, metrics } = await setup([refill('r1', 1)]);
    const res = await call('POST /staff/messages/{id}/approve', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1 },
    });
    expect(res.status).toBe(200);
    expect(res.body.state).toMatchObject({
      status: 'approved',
      version: 2,
      lastAction: { type: 'approve', actor: 'paul' },
    });
    expect(published).toEqual([
      expect.objectContaining({ messageId: 'r1', patientId: 'p-r1', edited: false, approvedBy: 'paul', version: 2 }),
    ]);
    expect(published[0]?.reply).toMatch(/refill request/);
    expect(metrics.sum('DraftsApproved')).toBe(1);
    const view = await call('GET /staff/messages/{id}', { ...pharmacist, path: { id: 'r1' } });
    expect(view.body.events).toEqual([expect.objectContaining({ type: 'approve', actor: 'paul', seq: 1 })]);
  });

  it('publishes an edited draft as edited, and refuses one that still holds a placeholder', async () => {
    const { call, published, metrics } = await setup([refill('r1', 1)]);
    const bad = await call('POST /staff/messages/{id}/approve', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1, draft: 'Hi [NAME_1], your refill was sent.' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.issues.join(' ')).toMatch(/placeholder/);
    const ok = await call('POST /staff/messages/{id}/approve', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1, draft: 'Hi, your refill was sent to your pharmacy today.' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.state.lastAction.type).toBe('edit-approve');
    expect(published[0]).toMatchObject({ edited: true, reply: 'Hi, your refill was sent to your pharmacy today.' });
    expect(metrics.sum('DraftsEdited')).toBe(1);
  });

  it('lets exactly one of two racing approvals win; the other gets 409 with the current version', async () => {
    const { call, published } = await setup([refill('r1', 1)]);
    const body = { version: 1 };
    const [a, b] = await Promise.all([
      call('POST /staff/messages/{id}/approve', { ...pharmacist, path: { id: 'r1' }, body }),
      call('POST /staff/messages/{id}/approve', { user: 'pia', groups: '[pharmacy]', path: { id: 'r1' }, body }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(published).toHaveLength(1);
  });

  it('rejects with a reason (400 without one) and counts it', async () => {
    const { call, metrics } = await setup([refill('r1', 1)]);
    const noReason = await call('POST /staff/messages/{id}/reject', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1 },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.issues.join(' ')).toMatch(/reason/);
    const ok = await call('POST /staff/messages/{id}/reject', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1, reason: 'needs a visit first' },
    });
    expect(ok.body.state.status).toBe('rejected');
    expect(metrics.sum('DraftsRejected')).toBe(1);
  });

  it('reassigns to a configured queue only; the item then shows in its new queue', async () => {
    const { call, metrics } = await setup([refill('r1', 1)]);
    const unknown = await call('POST /staff/messages/{id}/reassign', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1, queue: 'nowhere' },
    });
    expect(unknown.status).toBe(400);
    const ok = await call('POST /staff/messages/{id}/reassign', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1, bucket: 'symptom', queue: 'nurse' },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.state).toMatchObject({ queue: 'nurse', bucket: 'symptom', route: 'review', status: 'pending' });
    const list = await call('GET /staff/queues/{queue}/items', { ...nurse, path: { queue: 'nurse' } });
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual(['r1']);
    expect(metrics.sum('Reassigned')).toBe(1);
  });

  it('acknowledges an escalation and records how long it waited; a non-escalation cannot be acknowledged', async () => {
    const { call, metrics } = await setup([emergency('e1', 10), refill('r1', 1)]);
    const ack = await call('POST /staff/messages/{id}/acknowledge', {
      ...nurse,
      path: { id: 'e1' },
      body: { version: 1 },
    });
    expect(ack.status).toBe(200);
    expect(ack.body.state.status).toBe('acknowledged');
    expect(metrics.sum('TimeToAcknowledgeSeconds')).toBe(20 * 60);
    const wrong = await call('POST /staff/messages/{id}/acknowledge', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1 },
    });
    expect(wrong.status).toBe(409);
  });

  it('keeps the approval and answers 502 when the reply cannot be published, and counts it for the alarm', async () => {
    const { call, metrics, log } = await setup([refill('r1', 1)], { publishFails: true });
    const res = await call('POST /staff/messages/{id}/approve', {
      ...pharmacist,
      path: { id: 'r1' },
      body: { version: 1 },
    });
    expect(res.status).toBe(502);
    expect(res.body.state.status).toBe('approved');
    expect(metrics.sum('ReplyPublishFailed')).toBe(1);
    expect(log.lines.some((l) => l.level === 'error')).toBe(true);
  });

  it('answers 401 without claims, 404 for an unknown route, 400 for a body that is not JSON', async () => {
    const { call } = await setup([refill('r1', 1)]);
    expect((await call('GET /staff/queues')).status).toBe(401);
    expect((await call('DELETE /staff/messages/{id}', { ...pharmacist, path: { id: 'r1' } })).status).toBe(404);
    const res = await call('POST /staff/messages/{id}/approve', { ...pharmacist, path: { id: 'r1' } });
    expect(res.status).toBe(400);
  });

  it('never logs message text or PHI', async () => {
    const { call, log } = await setup([refill('r1', 1)]);
    await call('GET /staff/messages/{id}', { ...pharmacist, path: { id: 'r1' } });
    await call('POST /staff/messages/{id}/approve', { ...pharmacist, path: { id: 'r1' }, body: { version: 1 } });
    await call('POST /staff/messages/{id}/approve', { ...pharmacist, path: { id: 'r1' }, body: { version: 1 } });
    expect(log.lines.length).toBeGreaterThan(0);
    expect(log.text()).not.toContain(NAME);
    expect(log.text()).not.toContain('metformin');
  });
});
