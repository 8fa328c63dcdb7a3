/** Lambda entry: the scheduled escalation watch. */
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { systemClock } from '#core/ports.ts';
import { configFromEnv, readEnv } from '../env.ts';
import { SERVICES } from '../metric-names.ts';
import { powertoolsLogger, powertoolsMetrics } from '../observability.ts';
import { makeEscalationWatchHandler } from './handler.ts';

const env = readEnv('escalationWatch');
const config = configFromEnv(env.TRIAGE_CONFIG);

export const handler = makeEscalationWatchHandler({
  store: new DynamoStore({ tableName: env.TABLE_NAME }),
  config,
  clock: systemClock,
  log: powertoolsLogger(SERVICES.escalationWatch),
  metrics: powertoolsMetrics(SERVICES.escalationWatch),
});
