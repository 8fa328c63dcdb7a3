/** Lambda entry: wires the triage function once per execution environment. */
import { Tracer } from '@aws-lambda-powertools/tracer';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { configFromEnv, readEnv } from '../env.ts';
import { SERVICES } from '../metric-names.ts';
import { powertoolsLogger, powertoolsMetrics } from '../observability.ts';
import { makeTriageHandler } from './handler.ts';
import { awsTriageDeps } from './wiring.ts';

const env = readEnv('triage');
const config = configFromEnv(env.TRIAGE_CONFIG);
// Tracer only here: the other functions stay under their bundle budgets, and Lambda's active
// tracing still records their invocations.
const tracer = new Tracer({ serviceName: SERVICES.triage });
const store = new DynamoStore({
  client: DynamoDBDocumentClient.from(tracer.captureAWSv3Client(new DynamoDBClient({})), {
    marshallOptions: { removeUndefinedValues: true },
  }),
  tableName: env.TABLE_NAME,
  traceRetentionDays: config.retention.traceDays,
});

export const handler = makeTriageHandler({
  pipeline: awsTriageDeps(env, config, store, tracer),
  store,
  log: powertoolsLogger(SERVICES.triage),
  metrics: powertoolsMetrics(SERVICES.triage),
});
