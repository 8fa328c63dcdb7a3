/**
 * The triage function of local mode, in a worker thread: as in Lambda, it runs apart from the
 * webhook, so triaging a backlog never holds up the HTTP server. The main thread's queue sends
 * it SQS events; it answers with the partial batch response, its metric points and log lines.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSEvent } from 'aws-lambda';
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { localDeps } from '#adapters/local/wiring.ts';
import { parseConfig } from '#core/config.ts';
import { makeTriageHandler } from '../handlers/triage/handler.ts';
import { jsonLog } from './log.ts';
import { MemoryMetrics, type MetricPoint } from './memory-metrics.ts';

export interface TriageWorkerData {
  endpoint: string;
  tableName: string;
  config: unknown;
}
export type TriageWorkerRequest = { id: number; event: SQSEvent };
export type TriageWorkerReply =
  | { ready: true }
  | { id: number; failures?: { itemIdentifier: string }[]; error?: string; points: MetricPoint[]; logs: string[] };

const data = workerData as TriageWorkerData;
const config = parseConfig(data.config);
const client = new DynamoDBClient({
  endpoint: data.endpoint,
  region: 'local',
  credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
});
const store = new DynamoStore({
  client: DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } }),
  tableName: data.tableName,
  traceRetentionDays: config.retention.traceDays,
});
const pipeline = localDeps({ config, traceStore: store });
// Load word lists and models and compile the rules before the first message.
await pipeline.redactor.detect('warm up, Dr. Smith 555-0100');
pipeline.redFlags.scan('warm up');
await pipeline.classifier.classify('warm up');

const metrics = new MemoryMetrics();
let logs: string[] = [];
const handler = makeTriageHandler({
  pipeline,
  store,
  log: jsonLog((l) => logs.push(l)),
  metrics: metrics.sink(),
});
const context = { getRemainingTimeInMillis: () => 30_000, awsRequestId: 'local' } as unknown as Context;

const port = parentPort;
if (!port) throw new Error('triage-worker runs as a worker thread');
port.on('message', async ({ id, event }: TriageWorkerRequest) => {
  let reply: TriageWorkerReply;
  try {
    const out = await handler(event, context);
    reply = { id, failures: out.batchItemFailures, points: metrics.points.splice(0), logs };
  } catch (e) {
    reply = { id, error: e instanceof Error ? e.name : 'error', points: metrics.points.splice(0), logs };
  }
  logs = [];
  port.postMessage(reply);
});
port.postMessage({ ready: true } satisfies TriageWorkerReply);
