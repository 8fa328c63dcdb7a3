/** Lambda entry: wires the webhook once per execution environment. */
import { DynamoDBPersistenceLayer } from '@aws-lambda-powertools/idempotency/dynamodb';
import { SqsMessageQueue } from '#adapters/aws/sqs-queue.ts';
import { SecretsManagerWebhookSecrets } from '#adapters/aws/webhook-secrets.ts';
import { systemClock } from '#core/ports.ts';
import { readEnv } from '../env.ts';
import { SERVICES } from '../metric-names.ts';
import { powertoolsLogger, powertoolsMetrics } from '../observability.ts';
import { makeWebhookHandler } from './handler.ts';

const env = readEnv('webhook');

export const handler = makeWebhookHandler({
  secrets: new SecretsManagerWebhookSecrets({ secretId: env.WEBHOOK_SECRET_ARN }),
  queue: new SqsMessageQueue({ queueUrl: env.QUEUE_URL }),
  idempotencyStore: new DynamoDBPersistenceLayer({ tableName: env.IDEMPOTENCY_TABLE_NAME }),
  clock: systemClock,
  log: powertoolsLogger(SERVICES.webhook),
  metrics: powertoolsMetrics(SERVICES.webhook),
});
