/**
 * The webhook: the portal posts a signed message; it is checked, queued once, answered 202.
 * Built by a factory so that Lambda, local mode and tests wire their own dependencies.
 */

import { createHash } from 'node:crypto';
import {
  IdempotencyAlreadyInProgressError,
  IdempotencyConfig,
  IdempotencyKeyError,
  IdempotencyValidationError,
  makeIdempotent,
} from '@aws-lambda-powertools/idempotency';
import type { BasePersistenceLayer } from '@aws-lambda-powertools/idempotency/persistence';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { Webhook } from 'standardwebhooks';
import { ValidationError } from '#core/errors.ts';
import type { QueuedMessage } from '#core/messages.ts';
import type { Clock, MessageQueue } from '#core/ports.ts';
import { parseMessage } from '#core/schemas.ts';
import { errorResponse, HttpError, type HttpResponse, header, json, rawBody } from '../http.ts';
import { METRICS } from '../metric-names.ts';
import { errorName, type Log, type MetricsSink } from '../observability.ts';

/** Standard Webhooks senders retry for about three days: remember deliveries for longer. */
export const IDEMPOTENCY_SECONDS = 4 * 86_400 + 3600;
/** Far above any portal message (text is capped at 20,000 characters), far below SQS's limit. */
export const MAX_BODY_BYTES = 64 * 1024;
const JSON_TYPES = new Set(['application/json', 'application/fhir+json']);

/** The signing secrets in force: the current one first, the previous one during a rotation. */
export interface WebhookSecrets {
  get(opts?: { refresh?: boolean }): Promise<string[]>;
}

export interface WebhookDeps {
  secrets: WebhookSecrets;
  queue: MessageQueue;
  idempotencyStore: BasePersistenceLayer;
  clock: Pick<Clock, 'now'>;
  log: Log;
  metrics: MetricsSink;
}

interface Delivery {
  webhookId: string;
  bodySha256: string;
  queued: QueuedMessage;
}

export function makeWebhookHandler(deps: WebhookDeps) {
  // Keyed on webhook-id; the body's hash is checked so a reused id with another body is refused.
  const idempotency = new IdempotencyConfig({
    eventKeyJmesPath: 'webhookId',
    payloadValidationJmesPath: 'bodySha256',
    throwOnNoIdempotencyKey: true,
    expiresAfterSeconds: IDEMPOTENCY_SECONDS,
    // Runs only when a stored result is returned, i.e. for a repeated delivery.
    responseHook: (response) => ({ ...(response as object), duplicate: true }),
  });
  const enqueueOnce = makeIdempotent(
    async (delivery: Delivery) => {
      await deps.queue.send(delivery.queued);
      return { messageId: delivery.queued.message.id, duplicate: false };
    },
    { persistenceStore: deps.idempotencyStore, config: idempotency },
  );

  /**
   * 1. Content type (415) and size (413), before reading anything.
   * 2. Signature and timestamp with each secret in force (401); on a miss, refresh the secrets
   *    once, in case they were rotated since they were cached.
   * 3. Parse JSON and validate either message form (400, naming fields, never values).
   * 4. Queue it once per webhook-id: 202 the first time, 200 for a repeated delivery.
   * Nothing is stored before step 4, so a rejected request leaves no trace but a log line.
   */
  return async function handle(event: APIGatewayProxyEventV2, context?: Context): Promise<HttpResponse> {
    // With the context, an in-progress record expires when this invocation would time out.
    if (context) idempotency.registerLambdaContext(context);
    const webhookId = header(event.headers, 'webhook-id');
    try {
      const type = header(event.headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
      if (!type || !JSON_TYPES.has(type)) throw new HttpError(415, 'content-type must be application/json');
      const raw = rawBody(event);
      if (raw.byteLength > MAX_BODY_BYTES) throw new HttpError(413, `body larger than ${MAX_BODY_BYTES} bytes`);
      const body = raw.toString('utf8');
      await verify(deps.secrets, body, event.headers ?? {});

      let parsed: unknown;
      try {
        parsed = JSON.parse(body);
      } catch {
        throw new ValidationError('invalid payload', ['(root): not valid JSON']);
      }
      const message = parseMessage(parsed);
      const queued: QueuedMessage = {
        webhookId: webhookId as string,
        receivedAt: deps.clock.now().toISOString(),
        // Absent fields stay absent (not undefined), as the queue's schema and the store expect.
        message: Object.fromEntries(
          Object.entries(message).filter(([, v]) => v !== undefined),
        ) as QueuedMessage['message'],
      };
      const bodySha256 = createHash('sha256').update(raw).digest('hex');
      const result = await enqueueOnce({ webhookId: queued.webhookId, bodySha256, queued });

      deps.metrics.add(result.duplicate ? METRICS.webhookDuplicate : METRICS.webhookAccepted, 1, 'Count');
      deps.log.info(result.duplicate ? 'repeated delivery' : 'message queued', {
        webhookId,
        messageId: result.messageId,
      });
      return json(result.duplicate ? 200 : 202, {
        messageId: result.messageId,
        status: result.duplicate ? 'duplicate' : 'queued',
      });
    } catch (e) {
      const response = idempotencyResponse(e) ?? errorResponse(e);
      deps.metrics.add(METRICS.webhookRejected, 1, 'Count');
      const attrs = { webhookId, status: response.statusCode, error: errorName(e) };
      if (response.statusCode >= 500) deps.log.error('webhook failed', attrs);
      else deps.log.warn('webhook rejected', attrs);
      return response;
    } finally {
      deps.metrics.flush();
    }
  };
}

async function verify(secrets: WebhookSecrets, body: string, headers: Record<string, string | undefined>) {
  const plain = Object.fromEntries(Object.entries(headers).filter((e): e is [string, string] => e[1] !== undefined));
  const attempt = (list: string[]) => {
    let reason = 'no signing secret configured';
    for (const secret of list) {
      try {
        new Webhook(secret).verify(body, plain, { jsonParse: false });
        return null;
      } catch (e) {
        // The library's reasons name headers and timestamps, never the body: safe to return.
        reason = e instanceof Error ? e.message : 'invalid signature';
      }
    }
    return reason;
  };
  const first = attempt(await secrets.get());
  if (first === null) return;
  // A stale timestamp or missing header will not be cured by new secrets.
  if (first === 'No matching signature found' && attempt(await secrets.get({ refresh: true })) === null) return;
  throw new HttpError(401, `invalid signature: ${first.toLowerCase()}`);
}

/** The idempotency layer's refusals. */
function idempotencyResponse(e: unknown): HttpResponse | undefined {
  if (e instanceof IdempotencyValidationError) {
    return json(409, { error: 'webhook-id already used for a different payload' });
  }
  if (e instanceof IdempotencyAlreadyInProgressError) {
    return json(409, { error: 'this delivery is already being processed; retry later' }, { 'retry-after': '5' });
  }
  if (e instanceof IdempotencyKeyError) return json(401, { error: 'invalid signature: missing required headers' });
  return undefined;
}
