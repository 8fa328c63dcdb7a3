/** Lambda entry: wires the triage function once per execution environment. */
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { configFromEnv, readEnv } from '../env.ts';
import { SERVICES } from '../metric-names.ts';
import { powertoolsLogger, powertoolsMetrics } from '../observability.ts';
import { makeTriageHandler } from './handler.ts';
import { awsTriageDeps } from './wiring.ts';

const env = readEnv('triage');
const config = configFromEnv(env.TRIAGE_CONFIG);
const store = new DynamoStore({ tableName: env.TABLE_NAME, traceRetentionDays: config.retention.traceDays });

export const handler = makeTriageHandler({
  pipeline: awsTriageDeps(env, config, store),
  store,
  log: powertoolsLogger(SERVICES.triage),
  metrics: powertoolsMetrics(SERVICES.triage),
});
