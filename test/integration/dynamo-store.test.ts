/**
 * The DynamoDB store against a real dynalite server (in-process, in memory): keys, the queue
 * index, conditional writes and pagination behave as DynamoDB's API does. One table per test.
 */

import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ConflictError,
  DynamoStore,
  InvalidActionError,
  MessageNotFoundError,
  type RecordActionInput,
} from '#adapters/aws/dynamo-store.ts';
import { createTable, tableDefinition } from '#adapters/aws/dynamo-table.ts';
import { ConfigError, ValidationError } from '#core/errors.ts';
import { triage } from '#core/pipeline.ts';
import type { Trace } from '#core/trace.ts';
import { uniqueTableName, useDynalite } from '../fixtures/dynalite.ts';
import { fakeDeps, fakeRedactor } from '../fixtures/fakes.ts';

const dynamo = useDynalite();
let client: DynamoDBClient;
let doc: DynamoDBDocumentClient;
let tableName: string;

beforeAll(() => {
  client = dynamo.client;
  doc = DynamoDBDocumentClient.from(client);
});

beforeEach(async () => {
  tableName = uniqueTableName('triage');
  await createTable(client, tableName);
});

const T0 = Date.parse('2026-11-20T14:00:00Z');
const minutes = (n: number) => new Date(T0 + n * 60_000).toISOString();
const clockAt = (iso: string) => ({ now: () => new Date(iso) });
const newStore = (opts: { now?: string; traceRetentionDays?: number } = {}) =>
  new DynamoStore({
    client: doc,
    tableName,
    clock: clockAt(opts.now ?? minutes(0)),
    traceRetentionDays: opts.traceRetentionDays,
  });

function makeTrace(over: Partial<Trace> & { messageId: string }): Trace {
  return {
    createdAt: minutes(0),
    inputSha256: 'a'.repeat(64),
    configVersion: 'default-1',
    redaction: { redactor: 'fake', version: '0', ok: true, spans: [{ start: 0, end: 4, type: 'NAME', score: 0.9 }] },
    redFlags: { engine: 'rules-1', hits: [] },
    classification: { classifier: 'fake', version: '0', called: true, ok: true, bucket: 'refill', confidence: 0.95 },
    thresholds: { refill: 0.85, symptom: null },
    route: 'draft',
    bucket: 'refill',
    queue: 'pharmacy',
    emergency: false,
    reasons: ['bucket refill >= threshold 0.85'],
    draftTemplate: 'refill.en',
    draft: 'Thank you for your refill request.',
    draftsVersion: 'drafts-1',
    timings: { redactMs: 1 },
    ...over,
  };
}

const escalation = (messageId: string, createdAt: string, queue = 'nurse') =>
  makeTrace({
    messageId,
    createdAt,
    queue,
    route: 'escalate',
    bucket: 'symptom',
    emergency: true,
    draftTemplate: 'safety.en',
  });
const review = (messageId: string, createdAt: string, queue = 'nurse') =>
  makeTrace({ messageId, createdAt, queue, route: 'review', bucket: 'symptom', draftTemplate: 'acknowledge.en' });
const draft = (messageId: string, createdAt: string, queue = 'nurse') =>
  makeTrace({ messageId, createdAt, queue, route: 'draft', bucket: 'refill' });

const approve = (expectedVersion: number, actor = 'nurse-ann', at = minutes(30)): RecordActionInput => ({
  type: 'approve',
  actor,
  expectedVersion,
  at,
});

async function rawItem(id: string, sk: string): Promise<Record<string, unknown> | undefined> {
  return (await doc.send(new GetCommand({ TableName: tableName, Key: { pk: `MSG#${id}`, sk } }))).Item;
}

describe('DynamoStore messages and traces', () => {
  it('stores a message and its trace, and reads them back with a pending state', async () => {
    const store = newStore();
    const put = await store.putMessage({
      message: {
        id: 'm-1',
        patientId: 'p-9',
        sentAt: minutes(-5),
        text: 'Refill my lisinopril please',
        language: 'en',
      },
      retentionDays: 30,
    });
    await store.put(draft('m-1', minutes(0), 'pharmacy'));

    const view = await store.getMessage('m-1');
    expect(put).toEqual({ created: true });
    expect(view?.message).toMatchObject({ id: 'm-1', patientId: 'p-9', text: 'Refill my lisinopril please' });
    expect(view?.message?.expiresAt).toBe(T0 / 1000 + 30 * 86_400);
    expect(view?.trace).toMatchObject({ messageId: 'm-1', route: 'draft', queue: 'pharmacy' });
    expect(view?.state).toMatchObject({ id: 'm-1', status: 'pending', route: 'draft', priority: 0, version: 1 });
    expect(view?.events).toEqual([]);
  });

  it('answers null for a message it has never seen', async () => {
    expect(await newStore().getMessage('nope')).toBeNull();
  });

  it('keeps the first copy when a message is delivered again', async () => {
    const store = newStore();
    await store.putMessage({ message: { id: 'm-1', text: 'first delivery' }, retentionDays: 30 });
    const again = await store.putMessage({ message: { id: 'm-1', text: 'second delivery' }, retentionDays: 30 });

    expect(again).toEqual({ created: false });
    expect((await store.getMessage('m-1'))?.message?.text).toBe('first delivery');
  });

  it('keeps the first trace and does not reopen an acted-on message when traced again', async () => {
    const store = newStore();
    await store.put(draft('m-1', minutes(0), 'pharmacy'));
    await store.recordAction('m-1', approve(1));
    await store.put(review('m-1', minutes(9), 'nurse'));

    const view = await store.getMessage('m-1');
    expect(view?.trace).toMatchObject({ route: 'draft', queue: 'pharmacy', createdAt: minutes(0) });
    expect(view?.state).toMatchObject({ status: 'approved', version: 2 });
    expect(await store.queueCounts(['pharmacy', 'nurse'])).toEqual({ pharmacy: 0, nurse: 0 });
  });

  it('shows the pending state a trace implies when the state write was lost', async () => {
    const store = newStore();
    await store.put(escalation('m-1', minutes(4)));
    await doc.send(new DeleteCommand({ TableName: tableName, Key: { pk: 'MSG#m-1', sk: 'STATE' } }));

    expect((await store.getMessage('m-1'))?.state).toMatchObject({ status: 'pending', priority: 2, version: 1 });
    // The queue's retry runs put again, which restores the state item.
    await store.put(escalation('m-1', minutes(9)));
    expect(await rawItem('m-1', 'STATE')).toMatchObject({ status: 'pending', createdAt: minutes(4) });
  });

  it('treats an expired message as gone before TTL deletes it', async () => {
    await newStore({ now: minutes(0) }).putMessage({ message: { id: 'm-1', text: 'old' }, retentionDays: 1 });
    const later = newStore({ now: minutes(2 * 24 * 60) });

    const view = await later.getMessage('m-1');
    expect(view?.message).toBeNull();
    expect(await rawItem('m-1', 'MESSAGE')).toBeDefined();
  });

  it('stores no original text or PHI in the trace or state items of a triaged message', async () => {
    const text = 'Hi this is Maria Gonzalez, DOB 03/14/1961, please refill my metformin';
    const store = newStore({ traceRetentionDays: 2555 });
    const deps = fakeDeps({
      traceStore: store,
      redactor: fakeRedactor([
        { start: 11, end: 25, type: 'NAME', score: 0.99 },
        { start: 31, end: 41, type: 'DATE', score: 0.99 },
      ]),
    });
    await store.putMessage({ message: { id: 'm-phi', text }, retentionDays: 30 });
    await triage({ id: 'm-phi', text }, deps);
    // A trace object that carries more than the Trace type allows must not carry it into the table.
    const smuggled = { ...draft('m-smuggled', minutes(0)), text, redactedText: 'Hi this is [NAME_1]' } as Trace;
    await store.put(smuggled);

    for (const [id, sk] of [
      ['m-phi', 'TRACE'],
      ['m-phi', 'STATE'],
      ['m-smuggled', 'TRACE'],
    ] as const) {
      const stored = JSON.stringify(await rawItem(id, sk));
      expect(stored).toContain(id);
      for (const secret of [text, 'Maria', 'Gonzalez', '03/14/1961', 'metformin', 'NAME_1']) {
        expect(stored).not.toContain(secret);
      }
    }
    expect((await rawItem('m-phi', 'TRACE'))?.expiresAt).toBe(T0 / 1000 + 2555 * 86_400);
    expect((await rawItem('m-phi', 'MESSAGE'))?.text).toBe(text);
  });
});

describe('DynamoStore queues', () => {
  async function seedNurseQueue(store: DynamoStore) {
    // Written out of order so the listing's order comes from the index, not from insertion.
    await store.put(review('review-new', minutes(20)));
    await store.put(draft('draft-old', minutes(1)));
    await store.put(escalation('esc-new', minutes(15)));
    await store.put(review('review-old', minutes(5)));
    await store.put(escalation('esc-old', minutes(10)));
    await store.put(draft('other-queue', minutes(0), 'pharmacy'));
  }
  const nurseOrder = ['esc-old', 'esc-new', 'review-old', 'review-new', 'draft-old'];

  it('lists pending items escalations first, then by priority, oldest first within one', async () => {
    const store = newStore();
    await seedNurseQueue(store);

    const { items, cursor } = await store.listQueue('nurse', { limit: 50 });
    expect(items.map((i) => i.id)).toEqual(nurseOrder);
    expect(items.map((i) => i.priority)).toEqual([2, 2, 1, 1, 0]);
    expect(cursor).toBeUndefined();
  });

  it('pages through a queue with an opaque cursor, in the same order and without repeats', async () => {
    const store = newStore();
    await seedNurseQueue(store);

    const seen: string[] = [];
    const cursors: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await store.listQueue('nurse', { limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.cursor;
      if (cursor) cursors.push(cursor);
    } while (cursor);

    expect(seen).toEqual(nurseOrder);
    expect(cursors.length).toBeGreaterThanOrEqual(2);
    for (const c of cursors) expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuses a cursor from another queue or one it did not issue', async () => {
    const store = newStore();
    await seedNurseQueue(store);
    const { cursor } = await store.listQueue('nurse', { limit: 1 });

    await expect(store.listQueue('pharmacy', { cursor })).rejects.toBeInstanceOf(ValidationError);
    await expect(store.listQueue('nurse', { cursor: 'not-a-cursor' })).rejects.toBeInstanceOf(ValidationError);
    await expect(store.listQueue('Nurse Queue')).rejects.toBeInstanceOf(ValidationError);
  });

  it('counts pending items per queue, leaving out items already acted on', async () => {
    const store = newStore();
    await seedNurseQueue(store);
    await store.recordAction('draft-old', approve(1));

    expect(await store.queueCounts(['nurse', 'pharmacy', 'billing'])).toEqual({ nurse: 4, pharmacy: 1, billing: 0 });
    expect((await store.listQueue('nurse')).items.map((i) => i.id)).not.toContain('draft-old');
  });

  it('moves a reassigned item to the other queue, keeping its age', async () => {
    const store = newStore();
    await store.put(draft('m-1', minutes(3), 'front-desk'));
    await store.put(draft('m-2', minutes(7), 'billing'));

    const state = await store.recordAction('m-1', {
      type: 'reassign',
      actor: 'clerk-bo',
      expectedVersion: 1,
      at: minutes(30),
      details: { queue: 'billing', bucket: 'billing' },
    });

    expect(state).toMatchObject({ status: 'pending', queue: 'billing', bucket: 'billing', version: 2 });
    // The draft was written for the old bucket, so the item now needs a person's review.
    expect(state).toMatchObject({ route: 'review', hasDraft: false, createdAt: minutes(3) });
    expect((await store.listQueue('front-desk')).items).toEqual([]);
    expect((await store.listQueue('billing')).items.map((i) => i.id)).toEqual(['m-1', 'm-2']);
    expect(await store.queueCounts(['front-desk', 'billing'])).toEqual({ 'front-desk': 0, billing: 2 });
  });
});

describe('DynamoStore staff actions', () => {
  it('approves once, then answers a second approve on the same version with the current version', async () => {
    const store = newStore();
    await store.put(draft('m-1', minutes(0), 'pharmacy'));

    const approved = await store.recordAction('m-1', approve(1, 'pharm-pat'));
    const second = await store.recordAction('m-1', approve(1, 'pharm-quinn')).catch((e: unknown) => e);

    expect(approved).toMatchObject({ status: 'approved', version: 2, lastAction: { actor: 'pharm-pat' } });
    expect(second).toBeInstanceOf(ConflictError);
    expect((second as ConflictError).currentVersion).toBe(2);
    expect((await store.getMessage('m-1'))?.events.map((e) => e.actor)).toEqual(['pharm-pat']);
  });

  it('lets exactly one of several concurrent approvals win', async () => {
    const store = newStore();
    await store.put(draft('m-1', minutes(0), 'pharmacy'));
    const actors = ['a', 'b', 'c', 'd', 'e'];

    const results = await Promise.allSettled(actors.map((a) => store.recordAction('m-1', approve(1, a))));

    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r) => r.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(actors.length - 1);
    for (const r of lost) expect((r as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const view = await store.getMessage('m-1');
    expect(view?.events).toHaveLength(1);
    expect(view?.state).toMatchObject({ status: 'approved', version: 2 });
    expect(view?.events[0]?.actor).toBe(
      (won[0] as PromiseFulfilledResult<{ lastAction?: { actor: string } }>).value.lastAction?.actor,
    );
  });

  it('lists events in order with their actors, times and details', async () => {
    const store = newStore();
    await store.put(review('m-1', minutes(0), 'nurse'));
    await store.recordAction('m-1', {
      type: 'reassign',
      actor: 'nurse-ann',
      expectedVersion: 1,
      at: minutes(10),
      details: { queue: 'pharmacy' },
    });
    await store.recordAction('m-1', {
      type: 'edit-approve',
      actor: 'pharm-pat',
      expectedVersion: 2,
      at: minutes(20),
      details: { draft: 'Your refill has been sent.' },
    });

    const view = await store.getMessage('m-1');
    expect(view?.events.map((e) => [e.seq, e.type, e.actor, e.at])).toEqual([
      [1, 'reassign', 'nurse-ann', minutes(10)],
      [2, 'edit-approve', 'pharm-pat', minutes(20)],
    ]);
    expect(view?.events[1]?.details).toEqual({ draft: 'Your refill has been sent.' });
    expect(view?.state).toMatchObject({ status: 'approved', queue: 'pharmacy', version: 3 });
  });

  it('rebuilds the state from the events when an action wrote its event but not the state', async () => {
    const store = newStore();
    await store.put(escalation('m-1', minutes(0)));
    // What a crash between the two writes leaves behind: event 1 stands, the state is still at 1.
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: 'MSG#m-1',
          sk: 'EVENT#0000000001',
          id: 'm-1',
          seq: 1,
          type: 'acknowledge',
          actor: 'nurse-ann',
          at: minutes(5),
          details: {},
        },
      }),
    );

    expect((await store.getMessage('m-1'))?.state).toMatchObject({ status: 'acknowledged', version: 2 });
    const late = await store.recordAction('m-1', approve(1, 'nurse-bo')).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(ConflictError);
    expect((late as ConflictError).currentVersion).toBe(2);
    expect(await rawItem('m-1', 'STATE')).toMatchObject({ status: 'acknowledged', version: 2 });
    expect(await store.queueCounts(['nurse'])).toEqual({ nurse: 0 });
  });

  it('accepts an action on the caught-up version after a lost state write', async () => {
    const store = newStore();
    await store.put(review('m-1', minutes(0), 'nurse'));
    await doc.send(
      new PutCommand({
        TableName: tableName,
        Item: {
          pk: 'MSG#m-1',
          sk: 'EVENT#0000000001',
          id: 'm-1',
          seq: 1,
          type: 'reassign',
          actor: 'nurse-ann',
          at: minutes(5),
          details: { queue: 'pharmacy' },
        },
      }),
    );

    const state = await store.recordAction('m-1', {
      type: 'reject',
      actor: 'pharm-pat',
      expectedVersion: 2,
      at: minutes(9),
      details: { reason: 'duplicate request' },
    });
    expect(state).toMatchObject({ status: 'rejected', queue: 'pharmacy', version: 3 });
    expect((await store.getMessage('m-1'))?.events.map((e) => e.seq)).toEqual([1, 2]);
  });

  it('refuses actions that do not apply to the message as it stands', async () => {
    const store = newStore();
    await store.put(draft('m-draft', minutes(0), 'pharmacy'));
    await store.put(review('m-review', minutes(0), 'front-desk'));
    await store.put(makeTrace({ messageId: 'm-nodraft', route: 'review', bucket: 'other', draftTemplate: null }));
    await store.recordAction('m-draft', approve(1));

    await expect(store.recordAction('m-draft', approve(2))).rejects.toBeInstanceOf(InvalidActionError);
    await expect(
      store.recordAction('m-review', { type: 'acknowledge', actor: 'x', expectedVersion: 1, at: minutes(1) }),
    ).rejects.toBeInstanceOf(InvalidActionError);
    await expect(store.recordAction('m-nodraft', approve(1))).rejects.toBeInstanceOf(InvalidActionError);
    await expect(store.recordAction('m-unknown', approve(1))).rejects.toBeInstanceOf(MessageNotFoundError);
    expect((await store.getMessage('m-review'))?.events).toEqual([]);
  });

  it('names the bad fields of an invalid action without echoing their values', async () => {
    const store = newStore();
    await store.put(draft('m-1', minutes(0), 'pharmacy'));
    const bad = {
      type: 'reject',
      actor: 'pharm-pat',
      expectedVersion: 0,
      at: minutes(1),
      details: { reason: '' },
    } as RecordActionInput;

    const e = await store.recordAction('m-1', bad).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).issues.join(' ')).toMatch(/expectedVersion/);
    expect((e as ValidationError).issues.join(' ')).toMatch(/details\.reason/);
  });
});

describe('DynamoStore settings and table', () => {
  it('requires a table name', () => {
    expect(() => new DynamoStore({ client: doc, tableName: '' })).toThrow(ConfigError);
  });

  it('creates the table its definition describes, and accepts being asked twice', async () => {
    await createTable(client, tableName);
    const item = { pk: 'MSG#x', sk: 'STATE' };
    await doc.send(new PutCommand({ TableName: tableName, Item: item }));
    expect(await rawItem('x', 'STATE')).toEqual(item);
    expect(tableDefinition.timeToLiveAttribute).toBe('expiresAt');
  });
});
