/**
 * The staff API: queues, items, one message with its trace, and the five actions. Every action
 * names the version it acts on; the store lets exactly one of two racing actions win (409 for
 * the other). Approval publishes the reply as a `ReplyApproved` event.
 */
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import * as z from 'zod/mini';
import type { DynamoStore, MessageState, MessageView, RecordActionInput } from '#adapters/aws/dynamo-store.ts';
import type { TriageConfig } from '#core/config.ts';
import { ValidationError } from '#core/errors.ts';
import type { ApprovedReply } from '#core/messages.ts';
import type { Clock, ReplyPublisher } from '#core/ports.ts';
import { applyPlaceholders } from '#core/redaction.ts';
import { Bucket, describeIssues } from '#core/schemas.ts';
import { errorResponse, HttpError, type HttpResponse, json } from '../http.ts';
import { METRICS } from '../metric-names.ts';
import { errorName, type Log, type MetricsSink } from '../observability.ts';
import { type Caller, callerOf, QueueAccess } from './access.ts';
import type { StaffRouteKey } from './routes.ts';

export type StaffStore = Pick<DynamoStore, 'getMessage' | 'listQueue' | 'queueCounts' | 'recordAction'>;

export interface StaffApiDeps {
  store: StaffStore;
  publisher: ReplyPublisher;
  config: TriageConfig;
  clock: Pick<Clock, 'now'>;
  log: Log;
  metrics: MetricsSink;
}

type Event = APIGatewayProxyEventV2WithJWTAuthorizer;

const version = z.number().check(z.int(), z.minimum(1));
const note = z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)));
const BODIES = {
  approve: z.strictObject({
    version,
    draft: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20_000))),
  }),
  reject: z.strictObject({ version, reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)) }),
  reassign: z.strictObject({
    version,
    bucket: z.optional(Bucket),
    queue: z.optional(z.string().check(z.minLength(1), z.maxLength(63))),
  }),
  acknowledge: z.strictObject({ version, note }),
} as const;
type ActionName = keyof typeof BODIES;

/** A placeholder left in a reply would reach the patient as "[NAME_1]". */
const PLACEHOLDER = /\[(?:NAME|AGE|DATE|PHONE_OR_FAX|EMAIL|ID|URL|ADDRESS|PROFESSION)_\d+\]/;

export function makeStaffApiHandler(deps: StaffApiDeps) {
  const { config } = deps;
  const queues = [config.escalation.queue, ...Object.values(config.buckets).map((b) => b.queue)];
  const access = new QueueAccess(config.staff.groups, queues);

  const routes: Record<StaffRouteKey, (e: Event, caller: Caller) => Promise<HttpResponse>> = {
    'GET /staff/queues': async (_e, caller) => {
      const visible = access.visibleQueues(caller);
      const counts = await deps.store.queueCounts(visible);
      return json(200, { queues: visible.map((name) => ({ name, pending: counts[name] ?? 0 })) });
    },
    'GET /staff/queues/{queue}/items': async (e, caller) => {
      const queue = pathParam(e, 'queue');
      access.assert(caller, queue);
      const limit = e.queryStringParameters?.limit;
      const page = await deps.store.listQueue(queue, {
        ...(limit !== undefined ? { limit: Number(limit) } : {}),
        cursor: e.queryStringParameters?.cursor,
      });
      return json(200, page);
    },
    'GET /staff/messages/{id}': async (e, caller) => {
      const view = await readable(pathParam(e, 'id'), caller);
      return json(200, present(view));
    },
    'POST /staff/messages/{id}/approve': (e, c) => act(e, c, 'approve'),
    'POST /staff/messages/{id}/reject': (e, c) => act(e, c, 'reject'),
    'POST /staff/messages/{id}/reassign': (e, c) => act(e, c, 'reassign'),
    'POST /staff/messages/{id}/acknowledge': (e, c) => act(e, c, 'acknowledge'),
  };

  async function readable(id: string, caller: Caller): Promise<MessageView & { state: MessageState }> {
    const view = await deps.store.getMessage(id);
    if (!view?.state) throw new HttpError(404, 'message not found');
    access.assert(caller, view.state.queue);
    return view as MessageView & { state: MessageState };
  }

  /**
   * 1. Read the message; the caller must be allowed on its current queue.
   * 2. Validate the body for this action (and, for a reassignment, the target queue).
   * 3. Record the action on the version the caller saw (409 if someone acted first).
   * 4. Approval: publish the reply. 5. Count it.
   */
  async function act(e: Event, caller: Caller, name: ActionName): Promise<HttpResponse> {
    const id = pathParam(e, 'id');
    const view = await readable(id, caller);
    const body = parseBody(e, name);
    const at = deps.clock.now().toISOString();
    const common = { actor: caller.actor, expectedVersion: body.version, at };
    let input: RecordActionInput;
    switch (name) {
      case 'approve': {
        const b = body as z.infer<typeof BODIES.approve>;
        const stored = view.trace?.draft ?? null;
        const edited = b.draft !== undefined && b.draft !== stored;
        if (edited && PLACEHOLDER.test(b.draft as string)) {
          throw new ValidationError('invalid approval', [
            'draft: fill in or remove every placeholder such as [NAME_1]',
          ]);
        }
        input = edited
          ? { ...common, type: 'edit-approve', details: { draft: b.draft as string } }
          : { ...common, type: 'approve', details: {} };
        break;
      }
      case 'reject':
        input = { ...common, type: 'reject', details: { reason: (body as z.infer<typeof BODIES.reject>).reason } };
        break;
      case 'reassign': {
        const b = body as z.infer<typeof BODIES.reassign>;
        if (b.queue !== undefined && !access.queues.includes(b.queue)) {
          throw new ValidationError('invalid reassignment', ['queue: not a configured queue']);
        }
        input = {
          ...common,
          type: 'reassign',
          details: { ...(b.bucket ? { bucket: b.bucket } : {}), ...(b.queue ? { queue: b.queue } : {}) },
        };
        break;
      }
      case 'acknowledge': {
        const b = body as z.infer<typeof BODIES.acknowledge>;
        input = { ...common, type: 'acknowledge', details: b.note ? { note: b.note } : {} };
        break;
      }
    }
    const state = await deps.store.recordAction(id, input);

    if (input.type === 'approve' || input.type === 'edit-approve') {
      const reply: ApprovedReply = {
        messageId: id,
        ...(view.message?.patientId ? { patientId: view.message.patientId } : {}),
        bucket: state.bucket,
        queue: state.queue,
        reply: input.type === 'edit-approve' ? input.details.draft : (view.trace?.draft as string),
        edited: input.type === 'edit-approve',
        approvedBy: caller.actor,
        approvedAt: at,
        version: state.version,
      };
      if (reply.edited) deps.metrics.add(METRICS.draftsEdited, 1, 'Count', view.trace?.bucket ?? view.state.bucket);
      else deps.metrics.add(METRICS.draftsApproved, 1, 'Count');
      try {
        await deps.publisher.publish(reply);
      } catch (err) {
        // The approval stands (it is the record of what staff decided); the alarm on this metric
        // tells operations that a reply is waiting to be re-sent.
        deps.metrics.add(METRICS.replyPublishFailed, 1, 'Count');
        deps.log.error('reply publish failed', { messageId: id, error: errorName(err) });
        return json(502, {
          error: 'approval recorded, but the reply could not be sent; operations are alerted',
          state,
        });
      }
    } else if (input.type === 'reject') deps.metrics.add(METRICS.draftsRejected, 1, 'Count');
    else if (input.type === 'reassign') {
      deps.metrics.add(METRICS.reassigned, 1, 'Count', view.trace?.bucket ?? view.state.bucket);
    } else {
      deps.metrics.add(METRICS.acknowledged, 1, 'Count');
      const waited = (Date.parse(at) - Date.parse(view.state.createdAt)) / 1000;
      deps.metrics.add(METRICS.timeToAcknowledge, Math.max(0, waited), 'Seconds');
    }
    deps.log.info('staff action', { messageId: id, action: input.type, actor: caller.actor, version: state.version });
    return json(200, { state });
  }

  /** 1. Authenticate (claims). 2. Route. 3. Map errors in one place. */
  return async function handle(event: Event): Promise<HttpResponse> {
    try {
      const caller = callerOf(event);
      const route = routes[event.routeKey as StaffRouteKey];
      if (!route) throw new HttpError(404, 'no such route');
      return await route(event, caller);
    } catch (e) {
      const response = errorResponse(e);
      const attrs = { route: event.routeKey, status: response.statusCode, error: errorName(e) };
      if (response.statusCode >= 500) deps.log.error('staff request failed', attrs);
      else deps.log.warn('staff request refused', attrs);
      return response;
    } finally {
      deps.metrics.flush();
    }
  };
}

/** The message for a staff member: original and redacted text, the decision, the trace, events. */
function present(view: MessageView & { state: MessageState }) {
  const { message, trace, state, events } = view;
  const redactedText = message && trace?.redaction.ok ? applyPlaceholders(message.text, trace.redaction.spans) : null;
  return {
    state,
    message: message ? { ...message, redactedText } : null,
    decision: trace
      ? {
          bucket: trace.bucket,
          route: trace.route,
          queue: trace.queue,
          emergency: trace.emergency,
          confidence: trace.classification.confidence ?? null,
          reasons: trace.reasons,
          draft: trace.draft ?? null,
        }
      : null,
    trace,
    events,
  };
}

function pathParam(e: Event, name: string): string {
  const v = e.pathParameters?.[name];
  if (!v) throw new ValidationError('invalid request', [`${name}: required in the path`]);
  return v;
}

function parseBody<N extends ActionName>(e: Event, name: N): z.infer<(typeof BODIES)[N]> {
  let raw: unknown;
  try {
    const text = e.body ? (e.isBase64Encoded ? Buffer.from(e.body, 'base64').toString('utf8') : e.body) : '';
    raw = JSON.parse(text);
  } catch {
    throw new ValidationError(`invalid ${name} request`, ['(root): body must be JSON']);
  }
  const r = BODIES[name].safeParse(raw);
  if (!r.success) throw new ValidationError(`invalid ${name} request`, describeIssues(r.error));
  return r.data as z.infer<(typeof BODIES)[N]>;
}
