/**
 * The triage function: reads queued messages in batches, stores each original, triages it with
 * the core pipeline, and reports only the failed records back to SQS (partial batch failures),
 * so one bad message never makes a whole batch retry.
 */
import { BatchProcessor, EventType, processPartialResponse } from '@aws-lambda-powertools/batch';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import type { PutMessageInput } from '#adapters/aws/dynamo-store.ts';
import { messageCost } from '#core/cost.ts';
import { ValidationError } from '#core/errors.ts';
import { QueuedMessage } from '#core/messages.ts';
import { type TriageDeps, triage } from '#core/pipeline.ts';
import { describeIssues } from '#core/schemas.ts';
import type { Trace } from '#core/trace.ts';
import { METRICS } from '../metric-names.ts';
import { errorName, type Log, type MetricsSink } from '../observability.ts';

/** The store's side of triage beyond the trace: the original message, kept for staff. */
export interface MessageStore {
  putMessage(input: PutMessageInput): Promise<{ created: boolean }>;
  hasTrace(id: string): Promise<boolean>;
}

export interface TriageHandlerDeps {
  pipeline: TriageDeps;
  store: MessageStore;
  log: Log;
  metrics: MetricsSink;
}

export function makeTriageHandler(deps: TriageHandlerDeps) {
  const { config } = deps.pipeline;

  /**
   * One record:
   * 1. Parse the body (a record that is not a queued message fails and, after the queue's
   *    retries, lands in the dead-letter queue).
   * 2. Store the original message (once; a repeat keeps the first copy).
   * 3. A message already triaged under another delivery is not triaged again.
   * 4. Triage it; the pipeline writes the trace, and a failed write throws, so SQS redelivers.
   * 5. Count and log the decision: ids, route, bucket, rules, never text.
   */
  async function handleRecord(record: SQSRecord): Promise<void> {
    const queued = parseRecord(record);
    const { message } = queued;
    // The queued message already has the stored message's shape (absent fields are absent).
    const { created } = await deps.store.putMessage({ message, retentionDays: config.retention.messageDays });
    if (!created && (await deps.store.hasTrace(message.id))) {
      deps.log.info('message already triaged', { messageId: message.id, webhookId: queued.webhookId });
      return;
    }
    const { trace } = await triage(message, deps.pipeline);
    recordDecision(trace, message.text.length);
  }

  function recordDecision(trace: Trace, chars: number) {
    const m = deps.metrics;
    m.add(METRICS.triaged, 1, 'Count', trace.bucket);
    m.add(METRICS.routed, 1, 'Count', trace.route);
    if (trace.emergency) m.add(METRICS.escalations, 1, 'Count');
    const fallback = !trace.redaction.ok ? 'redaction-failed' : trace.classification.failure;
    if (fallback) m.add(METRICS.fallbacks, 1, 'Count', fallback);
    if (trace.classification.ok && trace.classification.confidence !== undefined) {
      m.add(METRICS.confidence, trace.classification.confidence, 'None');
    }
    m.add(METRICS.phiEntities, trace.redaction.spans.length, 'Count');
    const t = trace.timings;
    if (t.redactMs !== undefined) m.add(METRICS.redactLatency, t.redactMs, 'Milliseconds');
    if (t.rulesMs !== undefined) m.add(METRICS.rulesLatency, t.rulesMs, 'Milliseconds');
    if (t.classifyMs !== undefined) m.add(METRICS.classifyLatency, t.classifyMs, 'Milliseconds');
    const total = Object.values(t).reduce((s, v) => s + v, 0);
    m.add(METRICS.triageLatency, total, 'Milliseconds');
    m.add(METRICS.estimatedCost, Math.round(messageCost(chars, config).configured * 1e6), 'None');
    deps.log.info('message triaged', {
      messageId: trace.messageId,
      route: trace.route,
      bucket: trace.bucket,
      queue: trace.queue,
      emergency: trace.emergency,
      confidence: trace.classification.confidence ?? null,
      redFlags: trace.redFlags.hits.map((h) => h.rule),
      fallback: fallback ?? null,
      phiEntities: trace.redaction.spans.length,
    });
  }

  const processor = new BatchProcessor(EventType.SQS);

  return async function handle(event: SQSEvent, context: Context): Promise<SQSBatchResponse> {
    try {
      return await processPartialResponse(
        event,
        async (record: SQSRecord) => {
          try {
            await handleRecord(record);
          } catch (e) {
            deps.log.error('record failed', { sqsMessageId: record.messageId, error: errorName(e) });
            throw e;
          }
        },
        processor,
        { context, throwOnFullBatchFailure: false },
      );
    } finally {
      deps.metrics.flush();
    }
  };
}

function parseRecord(record: SQSRecord): QueuedMessage {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new ValidationError('invalid queued message', ['(root): not valid JSON']);
  }
  const r = QueuedMessage.safeParse(body);
  if (!r.success) throw new ValidationError('invalid queued message', describeIssues(r.error));
  return r.data;
}
