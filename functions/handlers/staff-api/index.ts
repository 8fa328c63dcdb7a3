/** Lambda entry: wires the staff API once per execution environment. */
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { EventBridgeReplyPublisher } from '#adapters/aws/eventbridge-publisher.ts';
import { systemClock } from '#core/ports.ts';
import { configFromEnv, readEnv } from '../env.ts';
import { SERVICES } from '../metric-names.ts';
import { powertoolsLogger, powertoolsMetrics } from '../observability.ts';
import { makeStaffApiHandler } from './handler.ts';

const env = readEnv('staffApi');
const config = configFromEnv(env.TRIAGE_CONFIG);

export const handler = makeStaffApiHandler({
  store: new DynamoStore({ tableName: env.TABLE_NAME, traceRetentionDays: config.retention.traceDays }),
  publisher: new EventBridgeReplyPublisher({ eventBusName: env.EVENT_BUS_NAME }),
  config,
  clock: systemClock,
  log: powertoolsLogger(SERVICES.staffApi),
  metrics: powertoolsMetrics(SERVICES.staffApi),
});
