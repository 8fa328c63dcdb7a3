/**
 * The DynamoDB store: messages, traces, queue state and staff events in one table
 * (dynamo-table.ts). It implements the core's TraceStore and what the staff API and the triage
 * handler need. It uses no transactions (dynalite has none): a staff action is an append-only
 * event item whose key is claimed with `attribute_not_exists`, then a conditional write of the
 * state item, which is a projection that can always be rebuilt from the trace and the events.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import * as z from 'zod/mini';
import { ConfigError, TriageError, ValidationError } from '#core/errors.ts';
import type { Clock, TraceStore } from '#core/ports.ts';
import { Bucket, describeIssues, PhiType, Route } from '#core/schemas.ts';
import type { Trace } from '#core/trace.ts';
import { tableDefinition } from './dynamo-table.ts';

// ---------------------------------------------------------------------------------------------
// Errors

/** Someone acted on the message first; `currentVersion` is the version to re-read and act on. */
export class ConflictError extends TriageError {
  override name = 'ConflictError';
  constructor(readonly currentVersion: number) {
    super('message changed since the version acted on');
  }
}

export class MessageNotFoundError extends TriageError {
  override name = 'MessageNotFoundError';
}

/** The action does not apply to the message as it stands (e.g. it was already approved). */
export class InvalidActionError extends TriageError {
  override name = 'InvalidActionError';
}

/** A read or write failed, or a stored item does not match its schema. */
export class StoreError extends TriageError {
  override name = 'StoreError';
}

// ---------------------------------------------------------------------------------------------
// Shapes (zod at the edge; every type derived from its schema)

const messageId = z.string().check(z.trim(), z.minLength(1), z.maxLength(200));
const isoTime = z.iso.datetime({ offset: true });
/** Same rule as the configuration's queue names (config.ts does not export it). */
const queueName = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]{0,62}$/, 'a queue name is lower-case letters, digits and dashes'));
const count = z.number().check(z.int(), z.nonnegative());

export const MessageInput = z.object({
  id: messageId,
  patientId: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
  sentAt: z.optional(isoTime),
  subject: z.optional(z.string().check(z.maxLength(500))),
  text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  language: z.optional(z.string().check(z.minLength(2), z.maxLength(10))),
});
export type MessageInput = z.infer<typeof MessageInput>;

export const PutMessageInput = z.object({
  message: MessageInput,
  retentionDays: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
});
export type PutMessageInput = z.infer<typeof PutMessageInput>;

export const StoredMessage = z.extend(MessageInput, { storedAt: isoTime, expiresAt: count });
export type StoredMessage = z.infer<typeof StoredMessage>;

/**
 * The trace as stored. Parsing strips every key this schema does not name, so nothing a caller
 * adds to a trace object (such as the message text) reaches the table.
 */
export const StoredTrace = z.object({
  messageId,
  createdAt: isoTime,
  inputSha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  configVersion: z.string(),
  redaction: z.object({
    redactor: z.string(),
    version: z.string(),
    ok: z.boolean(),
    error: z.optional(z.string()),
    spans: z.array(z.object({ start: count, end: count, type: PhiType, score: z.optional(z.number()) })),
  }),
  redFlags: z.object({
    engine: z.string(),
    hits: z.array(z.object({ rule: z.string(), start: count, end: count })),
  }),
  classification: z.object({
    classifier: z.string(),
    version: z.string(),
    called: z.boolean(),
    ok: z.boolean(),
    failure: z.optional(z.string()),
    bucket: z.optional(Bucket),
    confidence: z.optional(z.number()),
    probabilities: z.optional(z.partialRecord(Bucket, z.number())),
    emergency: z.optional(z.object({ probability: z.number(), threshold: z.number() })),
  }),
  thresholds: z.partialRecord(Bucket, z.nullable(z.number())),
  route: Route,
  bucket: Bucket,
  queue: z.string().check(z.minLength(1)),
  emergency: z.boolean(),
  reasons: z.array(z.string()),
  draftTemplate: z.nullable(z.string()),
  draft: z._default(z.nullable(z.string()), null),
  draftsVersion: z.string(),
  timings: z.record(z.string(), z.number()),
});
export type StoredTrace = z.infer<typeof StoredTrace>;
// Compile-time guard: the schema must keep accepting the core's Trace and giving one back.
const _traceFits: (t: Trace) => z.input<typeof StoredTrace> = (t) => t;
const _traceBack: (t: StoredTrace) => Trace = (t) => t;
void _traceFits;
void _traceBack;

export const STATUSES = ['pending', 'approved', 'rejected', 'acknowledged'] as const;
export const Status = z.enum(STATUSES);
export type Status = z.infer<typeof Status>;

export const ACTION_TYPES = ['approve', 'edit-approve', 'reject', 'reassign', 'acknowledge'] as const;
export const ActionType = z.enum(ACTION_TYPES);
export type ActionType = z.infer<typeof ActionType>;

/** The current state of a message: a projection of its trace and its events. */
export const MessageState = z.object({
  id: messageId,
  status: Status,
  route: Route,
  bucket: Bucket,
  queue: z.string().check(z.minLength(1)),
  /** 2 escalation, 1 review, 0 draft: the queue lists higher first. */
  priority: z.number().check(z.int(), z.minimum(0), z.maximum(9)),
  emergency: z.boolean(),
  /** Whether the trace has a drafted reply that `approve` can send as is. */
  hasDraft: z.boolean(),
  /** 1 when triaged; each accepted event adds one. Event `seq` N turns version N into N + 1. */
  version: z.number().check(z.int(), z.minimum(1)),
  createdAt: isoTime,
  updatedAt: isoTime,
  lastAction: z.optional(z.object({ type: ActionType, actor: z.string(), at: isoTime })),
});
export type MessageState = z.infer<typeof MessageState>;

const Note = z.object({ note: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000))) });
const details = {
  approve: z._default(Note, {}),
  'edit-approve': z.object({ draft: z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000)) }),
  reject: z.object({ reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)) }),
  reassign: z
    .object({ queue: z.optional(queueName), bucket: z.optional(Bucket) })
    .check(
      z.refine((d) => d.queue !== undefined || d.bucket !== undefined, { message: 'queue or bucket is required' }),
    ),
  acknowledge: z._default(Note, {}),
};

/** A staff action as the API hands it over; `at` comes from the caller's clock. */
export const ActionInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('approve'), details: details.approve }),
  z.object({ type: z.literal('edit-approve'), details: details['edit-approve'] }),
  z.object({ type: z.literal('reject'), details: details.reject }),
  z.object({ type: z.literal('reassign'), details: details.reassign }),
  z.object({ type: z.literal('acknowledge'), details: details.acknowledge }),
]);
const ActionCommon = z.object({
  actor: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  expectedVersion: z.number().check(z.int(), z.minimum(1)),
  at: isoTime,
});
export const RecordActionInput = z.intersection(ActionInput, ActionCommon);
export type RecordActionInput = z.input<typeof RecordActionInput>;

/** An event item: the action, who took it, when, and the version it acted on (`seq`). */
export const StaffEvent = z.intersection(
  ActionInput,
  z.object({ id: messageId, seq: z.number().check(z.int(), z.minimum(1)), actor: z.string(), at: isoTime }),
);
export type StaffEvent = z.infer<typeof StaffEvent>;

export interface MessageView {
  /** null once the retention has passed (TTL deletes late, so expiry is checked on read). */
  message: StoredMessage | null;
  state: MessageState | null;
  trace: StoredTrace | null;
  events: StaffEvent[];
}

const Cursor = z.strictObject({ pk: z.string(), sk: z.string(), gsi1pk: z.string(), gsi1sk: z.string() });
const ListOptions = z.object({
  limit: z._default(z.number().check(z.int(), z.minimum(1), z.maximum(100)), 25),
  cursor: z.optional(z.string().check(z.maxLength(2000))),
});

// ---------------------------------------------------------------------------------------------
// Keys

const key = (id: string, sk: string) => ({ pk: `MSG#${id}`, sk });
const SK = { message: 'MESSAGE', trace: 'TRACE', state: 'STATE', eventPrefix: 'EVENT#' } as const;
/**
 * The event key is the sequence number alone (zero-padded so keys sort in order), not
 * `EVENT#<time>#<seq>`: `attribute_not_exists` only guards one exact key, and two staff members
 * acting on the same version at different milliseconds would otherwise both succeed. The time is
 * an attribute; events still list in the order they happened, because seq is that order.
 */
const MAX_SEQ = 9_999_999_999;
const eventSk = (seq: number) => `${SK.eventPrefix}${String(seq).padStart(10, '0')}`;
const queuePk = (queue: string) => `QUEUE#${queue}`;

/** The queue index's key condition for one queue: listing and counting read the same items. */
const queueKeyCondition = (queue: string) => ({
  IndexName: tableDefinition.queueIndex.indexName,
  KeyConditionExpression: '#pk = :pk',
  ExpressionAttributeNames: { '#pk': tableDefinition.queueIndex.partitionKey.name },
  ExpressionAttributeValues: { ':pk': queuePk(queue) },
});
/** Priority inverted so an ascending index read gives highest priority first, then oldest. */
const queueSk = (s: MessageState) => `${9 - s.priority}#${s.createdAt}#${s.id}`;

export function priorityOf(route: Route, emergency: boolean): number {
  if (emergency || route === 'escalate') return 2;
  return route === 'review' ? 1 : 0;
}

// ---------------------------------------------------------------------------------------------
// State transitions (pure: the write path and the rebuild from events share them)

/** The state a new trace starts: pending in its queue, version 1. */
export function initialState(trace: StoredTrace): MessageState {
  const createdAt = new Date(trace.createdAt).toISOString();
  return {
    id: trace.messageId,
    status: 'pending',
    route: trace.route,
    bucket: trace.bucket,
    queue: trace.queue,
    priority: priorityOf(trace.route, trace.emergency),
    emergency: trace.emergency,
    hasDraft: trace.draftTemplate !== null,
    version: 1,
    createdAt,
    updatedAt: createdAt,
  };
}

/**
 * Applies one event to a state. Only a pending message takes actions; approve needs a draft;
 * acknowledge is for escalations; reassign keeps the item pending (and its age) in its new queue.
 */
export function applyEvent(state: MessageState, event: StaffEvent): MessageState {
  if (state.status !== 'pending') throw new InvalidActionError('message is no longer pending');
  const next: MessageState = {
    ...state,
    version: state.version + 1,
    updatedAt: new Date(event.at).toISOString(),
    lastAction: { type: event.type, actor: event.actor, at: event.at },
  };
  switch (event.type) {
    case 'approve':
      if (!state.hasDraft) throw new InvalidActionError('no draft to approve');
      return { ...next, status: 'approved' };
    case 'edit-approve':
      return { ...next, status: 'approved' };
    case 'reject':
      return { ...next, status: 'rejected' };
    case 'acknowledge':
      if (state.route !== 'escalate') throw new InvalidActionError('only escalations are acknowledged');
      return { ...next, status: 'acknowledged' };
    case 'reassign': {
      const bucket = event.details.bucket ?? state.bucket;
      // A draft written for one bucket does not answer another: a new bucket sends it to review.
      const route = bucket !== state.bucket && state.route === 'draft' ? 'review' : state.route;
      return {
        ...next,
        bucket,
        route,
        queue: event.details.queue ?? state.queue,
        priority: priorityOf(route, state.emergency),
        hasDraft: route === state.route ? state.hasDraft : false,
      };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The store

export interface DynamoStoreOptions {
  client?: DynamoDBDocumentClient;
  /** Required: there is no default table name. */
  tableName: string;
  clock?: Pick<Clock, 'now'>;
  /** Expiry for trace, state and event items; none when unset (the configuration's `traceDays`). */
  traceRetentionDays?: number | undefined;
}

const DAY_S = 86_400;

export class DynamoStore implements TraceStore {
  readonly #client: DynamoDBDocumentClient;
  readonly #table: string;
  readonly #clock: Pick<Clock, 'now'>;
  readonly #traceRetentionDays: number | undefined;

  constructor(opts: DynamoStoreOptions) {
    const issues: string[] = [];
    if (typeof opts.tableName !== 'string' || opts.tableName.trim() === '') issues.push('tableName: required');
    const days = opts.traceRetentionDays;
    if (days !== undefined && !(Number.isInteger(days) && days >= 1)) {
      issues.push('traceRetentionDays: a whole number of days, at least 1');
    }
    if (issues.length) throw new ConfigError('invalid DynamoStore settings', issues);
    this.#client =
      opts.client ??
      DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } });
    this.#table = opts.tableName;
    this.#clock = opts.clock ?? { now: () => new Date() };
    this.#traceRetentionDays = days;
  }

  /**
   * Stores the original message once.
   * 1. Validate; 2. put the message item with its expiry, only if absent.
   * A repeated delivery leaves the first copy untouched and is reported as `created: false`.
   */
  async putMessage(input: PutMessageInput): Promise<{ created: boolean }> {
    const { message, retentionDays } = parse(PutMessageInput, input, 'invalid message');
    const now = this.#clock.now();
    const item: StoredMessage = {
      ...message,
      storedAt: now.toISOString(),
      expiresAt: epochSeconds(now) + retentionDays * DAY_S,
    };
    const created = await this.#putIfAbsent({ ...key(message.id, SK.message), ...item }, 'message write failed');
    return { created };
  }

  /**
   * TraceStore: records the decision and opens the message's state.
   * 1. Validate the trace (unknown keys are dropped, so no text is stored with it).
   * 2. Put the trace item if absent. If one is there, the first trace stands: a redelivered
   *    message may be triaged again, and a compliance record is never rewritten. Read it back so
   *    the state follows the stored decision.
   * 3. Put the state item (pending, version 1) if absent. If it is there, staff may already have
   *    acted on it: leave it.
   * Each step is idempotent, so a retry after a failure between them completes the pair.
   */
  async put(trace: Trace): Promise<void> {
    const parsed = parse(StoredTrace, trace, 'invalid trace');
    const expiry = this.#traceExpiry();
    const created = await this.#putIfAbsent(
      { ...key(parsed.messageId, SK.trace), ...parsed, ...expiry },
      'trace write failed',
    );
    const stored = created ? parsed : await this.#getTrace(parsed.messageId);
    if (!stored) throw new StoreError('trace missing after a conflicting write');
    const state = initialState(stored);
    await this.#putIfAbsent(this.#stateItem(state), 'state write failed');
  }

  /** Whether the message has been triaged (its trace is written). */
  async hasTrace(id: string): Promise<boolean> {
    return (await this.#getItem(id, SK.trace)) !== undefined;
  }

  /** The message, its state (caught up with its events), its trace and its events in order. */
  async getMessage(id: string): Promise<MessageView | null> {
    const items = await this.#queryAll({
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': key(id, '').pk },
      ConsistentRead: true,
    });
    if (items.length === 0) return null;
    const view: MessageView = { message: null, state: null, trace: null, events: [] };
    for (const item of items) {
      const sk = item.sk;
      if (sk === SK.message) {
        const m = parseStored(StoredMessage, item, 'stored message invalid');
        if (m.expiresAt > epochSeconds(this.#clock.now())) view.message = m;
      } else if (sk === SK.trace) view.trace = parseStored(StoredTrace, item, 'stored trace invalid');
      else if (sk === SK.state) view.state = parseStored(MessageState, item, 'stored state invalid');
      else if (typeof sk === 'string' && sk.startsWith(SK.eventPrefix)) {
        view.events.push(parseStored(StaffEvent, item, 'stored event invalid'));
      }
    }
    view.events.sort((a, b) => a.seq - b.seq);
    // A state item missing beside its trace (a failed write the queue's retry will redo) is the
    // trace's initial state; a lagging one is caught up with its events. Nothing is written here.
    const base = view.state ?? (view.trace ? initialState(view.trace) : null);
    view.state = base ? project(base, view.events) : null;
    return view;
  }

  /**
   * A queue's pending items, highest priority first, then oldest first.
   * 1. Validate the queue, limit and cursor (the cursor must belong to this queue).
   * 2. Query the sparse queue index ascending from the cursor.
   * 3. Return the items and, when the index says there may be more, the next cursor.
   */
  async listQueue(
    queue: string,
    opts: { limit?: number; cursor?: string | undefined } = {},
  ): Promise<{ items: MessageState[]; cursor?: string }> {
    parse(queueName, queue, 'invalid queue');
    const { limit, cursor } = parse(ListOptions, opts, 'invalid list options');
    const startKey = cursor === undefined ? undefined : decodeCursor(cursor, queue);
    const out = await this.#send('queue read failed', () =>
      this.#client.send(
        new QueryCommand({
          TableName: this.#table,
          ...queueKeyCondition(queue),
          ScanIndexForward: true,
          Limit: limit,
          ExclusiveStartKey: startKey,
        }),
      ),
    );
    const items = (out.Items ?? []).map((i) => parseStored(MessageState, i, 'stored state invalid'));
    return out.LastEvaluatedKey ? { items, cursor: encodeCursor(out.LastEvaluatedKey) } : { items };
  }

  /** Pending items per queue, counted on the queue index (every page, so large queues are exact). */
  async queueCounts(queues: readonly string[]): Promise<Record<string, number>> {
    for (const q of queues) parse(queueName, q, 'invalid queue');
    const counts = await Promise.all(
      queues.map(async (queue) => {
        let total = 0;
        let startKey: Record<string, unknown> | undefined;
        do {
          const out = await this.#send('queue count failed', () =>
            this.#client.send(
              new QueryCommand({
                TableName: this.#table,
                ...queueKeyCondition(queue),
                Select: 'COUNT',
                ExclusiveStartKey: startKey,
              }),
            ),
          );
          total += out.Count ?? 0;
          startKey = out.LastEvaluatedKey;
        } while (startKey);
        return [queue, total] as const;
      }),
    );
    return Object.fromEntries(counts);
  }

  /**
   * Records a staff action and returns the new state.
   * 1. Validate the action.
   * 2. Read the state; if its version is not the one acted on, catch it up from the events (an
   *    earlier action may have written its event but not the state). Still different: conflict.
   * 3. Apply the action to the state (it may not apply: InvalidActionError).
   * 4. Append the event `EVENT#<seq>`, seq = the version acted on, only if that key is absent:
   *    of two actions on one version exactly one gets the key. The loser: ConflictError.
   * 5. Write the state only if its version is still the one acted on.
   *
   * If step 5 fails (a crash, a timeout), the event stands and the state lags one version. No
   * data is lost: the state is a projection, the trace's initial state with every event applied
   * in seq order (`project`). The next getMessage shows the caught-up state, and the next action
   * on the message writes it (step 2 or step 4). If step 5 finds the version already moved, a
   * reader caught it up with this very event (no one else can hold this seq): that is success.
   */
  async recordAction(id: string, input: RecordActionInput): Promise<MessageState> {
    const action = parse(RecordActionInput, input, 'invalid action');
    const { expectedVersion } = action;

    let state = await this.#getState(id);
    if (!state) throw new MessageNotFoundError('message not found');
    if (state.version !== expectedVersion) state = await this.#catchUp(state);
    if (state.version !== expectedVersion) throw new ConflictError(state.version);

    const { expectedVersion: _acted, ...rest } = action;
    const event: StaffEvent = { ...rest, id, seq: expectedVersion };
    const next = applyEvent(state, event);

    const won = await this.#putIfAbsent(
      { ...key(id, eventSk(event.seq)), ...event, ...this.#traceExpiry() },
      'event write failed',
    );
    if (!won) {
      const current = await this.#catchUp(state);
      throw new ConflictError(current.version);
    }

    const written = await this.#putStateIfVersion(next, expectedVersion);
    if (written) return next;
    const current = await this.#getState(id);
    if (!current) throw new StoreError('state missing after an accepted event');
    return current;
  }

  // -- internals ------------------------------------------------------------------------------

  #traceExpiry(): { expiresAt?: number } {
    const days = this.#traceRetentionDays;
    return days === undefined ? {} : { expiresAt: epochSeconds(this.#clock.now()) + days * DAY_S };
  }

  #stateItem(state: MessageState): Record<string, unknown> {
    // Only pending states carry the index keys: the queue index is sparse and holds only work to do.
    const index = tableDefinition.queueIndex;
    const indexKeys =
      state.status === 'pending'
        ? { [index.partitionKey.name]: queuePk(state.queue), [index.sortKey.name]: queueSk(state) }
        : {};
    return { ...key(state.id, SK.state), ...state, ...indexKeys, ...this.#traceExpiry() };
  }

  /** Applies any events the stored state lacks and writes the result if no one else did. */
  async #catchUp(state: MessageState): Promise<MessageState> {
    const items = await this.#queryAll({
      // BETWEEN, not >=: the other sort keys (MESSAGE, STATE, TRACE) sort after EVENT# too.
      KeyConditionExpression: 'pk = :pk AND sk BETWEEN :from AND :to',
      ExpressionAttributeValues: {
        ':pk': key(state.id, '').pk,
        ':from': eventSk(state.version),
        ':to': eventSk(MAX_SEQ),
      },
      ConsistentRead: true,
    });
    const events = items.map((i) => parseStored(StaffEvent, i, 'stored event invalid'));
    const projected = project(state, events);
    if (projected.version === state.version) return state;
    if (await this.#putStateIfVersion(projected, state.version)) return projected;
    return (await this.#getState(state.id)) ?? projected;
  }

  async #putStateIfVersion(state: MessageState, version: number): Promise<boolean> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#table,
          Item: clean(this.#stateItem(state)),
          ConditionExpression: '#version = :version',
          ExpressionAttributeNames: { '#version': 'version' },
          ExpressionAttributeValues: { ':version': version },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw new StoreError('state write failed', { cause: e });
    }
  }

  async #getState(id: string): Promise<MessageState | null> {
    const item = await this.#getItem(id, SK.state);
    return item ? parseStored(MessageState, item, 'stored state invalid') : null;
  }

  async #getTrace(id: string): Promise<StoredTrace | null> {
    const item = await this.#getItem(id, SK.trace);
    return item ? parseStored(StoredTrace, item, 'stored trace invalid') : null;
  }

  async #getItem(id: string, sk: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.#send('read failed', () =>
      this.#client.send(new GetCommand({ TableName: this.#table, Key: key(id, sk), ConsistentRead: true })),
    );
    return out.Item;
  }

  /** Puts an item unless its key exists; false when it existed. */
  async #putIfAbsent(item: Record<string, unknown>, failure: string): Promise<boolean> {
    try {
      await this.#client.send(
        new PutCommand({
          TableName: this.#table,
          Item: clean(item),
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw new StoreError(failure, { cause: e });
    }
  }

  async #queryAll(
    input: Pick<QueryCommandInput, 'KeyConditionExpression' | 'ExpressionAttributeValues' | 'ConsistentRead'>,
  ): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await this.#send('read failed', () =>
        this.#client.send(new QueryCommand({ TableName: this.#table, ...input, ExclusiveStartKey: startKey })),
      );
      items.push(...(out.Items ?? []));
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return items;
  }

  async #send<T>(failure: string, f: () => Promise<T>): Promise<T> {
    try {
      return await f();
    } catch (e) {
      throw new StoreError(failure, { cause: e });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers

/** The state with every event it lacks (seq >= its version) applied in order. */
export function project(state: MessageState, events: readonly StaffEvent[]): MessageState {
  let s = state;
  for (const e of [...events].sort((a, b) => a.seq - b.seq)) {
    if (e.seq < s.version) continue;
    // A gap means an event is missing: stop rather than apply a later one out of order.
    if (e.seq !== s.version) break;
    try {
      s = applyEvent(s, e);
    } catch (err) {
      // Each event was checked against this very state when it was written.
      throw new StoreError('stored event does not apply to the state', { cause: err });
    }
  }
  return s;
}

function encodeCursor(lastKey: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(lastKey), 'utf8').toString('base64url');
}

function decodeCursor(cursor: string, queue: string): Record<string, unknown> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new ValidationError('invalid cursor', ['cursor: not a cursor from this API']);
  }
  const r = Cursor.safeParse(raw);
  if (!r.success || r.data.gsi1pk !== queuePk(queue)) {
    throw new ValidationError('invalid cursor', ['cursor: not a cursor for this queue']);
  }
  return r.data;
}

function epochSeconds(d: Date): number {
  return Math.floor(d.getTime() / 1000);
}

/** Drops undefined values (an injected client may not be set to remove them); items are JSON data. */
function clean(item: Record<string, unknown>): Record<string, unknown> {
  return JSON.parse(JSON.stringify(item)) as Record<string, unknown>;
}

function isConditionFailure(e: unknown): boolean {
  return (e as { name?: string } | null)?.name === 'ConditionalCheckFailedException';
}

/** Parses input with a schema; the error lists field paths and expectations, never values. */
function parse<S extends z.ZodMiniType>(schema: S, value: unknown, message: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new ValidationError(message, describeIssues(r.error));
  return r.data;
}

/** Parses a stored item: a mismatch is the store's fault, not the caller's. */
function parseStored<S extends z.ZodMiniType>(schema: S, value: unknown, message: string): z.infer<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw new StoreError(`${message}: ${describeIssues(r.error).join('; ')}`);
  return r.data;
}
