/**
 * Least-privilege wiring: each helper grants one function exactly what one variable of its
 * environment (functions/handlers/env.ts) lets it reach, and sets that variable, so a
 * permission never exists without the code that uses it, nor the reverse.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import type * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { tableDefinition } from '#adapters/aws/dynamo-table.ts';
import type { TriageFunction } from './constructs/triage-function.ts';
import { type DeployConfig, INFERENCE_PROFILE_PREFIXES } from './deploy-config.ts';

/** The item calls the triage store makes (functions/adapters/aws/dynamo-store.ts); no Scan anywhere. */
export const TABLE_READ_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:ConditionCheckItem',
  'dynamodb:DescribeTable',
] as const;
export const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

/**
 * TABLE_NAME: the triage table and its queue index by name (not `index/*`), read-only (the
 * escalation watch) or read-write, and the key to match.
 */
export function bindTable(fn: TriageFunction, table: dynamodb.ITable, access: 'read' | 'readWrite'): void {
  const actions = access === 'read' ? [...TABLE_READ_ACTIONS] : [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS];
  fn.role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions,
      resources: [table.tableArn, `${table.tableArn}/index/${tableDefinition.queueIndex.indexName}`],
    }),
  );
  if (table.encryptionKey) {
    if (access === 'read') table.encryptionKey.grantDecrypt(fn);
    else grantKeyEncryptDecrypt(fn, table.encryptionKey);
  }
  fn.addEnvironment('TABLE_NAME', table.tableName);
}

/** IDEMPOTENCY_TABLE_NAME: the four item calls Powertools Idempotency makes, and the key they need. */
export function bindIdempotencyTable(fn: TriageFunction, table: dynamodb.ITable): void {
  table.grant(fn, 'dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem');
  if (table.encryptionKey) grantKeyEncryptDecrypt(fn, table.encryptionKey);
  fn.addEnvironment('IDEMPOTENCY_TABLE_NAME', table.tableName);
}

const keyWildcardsAcknowledged = new WeakSet<TriageFunction>();
/**
 * CDK's encrypt-and-decrypt grant on one key: its action wildcards (kms:ReEncrypt*,
 * kms:GenerateDataKey*) are acknowledged once per role, here, where they are granted.
 */
function grantKeyEncryptDecrypt(fn: TriageFunction, key: kms.IKey): void {
  key.grantEncryptDecrypt(fn);
  if (keyWildcardsAcknowledged.has(fn)) return;
  keyWildcardsAcknowledged.add(fn);
  for (const action of ['kms:ReEncrypt*', 'kms:GenerateDataKey*']) {
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Action::${action}]`,
      reason: `${action} is CDK's encrypt grant (ReEncryptFrom/To, GenerateDataKey with and without plaintext) on the one customer-managed key the table or queue uses; no other key is reachable.`,
    });
  }
}

/** QUEUE_URL: send only (with the key's encrypt). */
export function bindQueueProducer(fn: TriageFunction, queue: sqs.IQueue): void {
  queue.grant(fn, 'sqs:SendMessage');
  if (queue.encryptionMasterKey) grantKeyEncryptDecrypt(fn, queue.encryptionMasterKey);
  fn.addEnvironment('QUEUE_URL', queue.queueUrl);
}

/**
 * WEBHOOK_SECRET_ARN: read this secret, and decrypt with its key only through Secrets Manager.
 * Written out rather than `secret.grantRead`, which would put this stack's role into the
 * stateful stack's key policy and make the two stacks depend on each other.
 */
export function bindWebhookSecret(fn: TriageFunction, secret: secretsmanager.ISecret): void {
  fn.role.addToPrincipalPolicy(
    new iam.PolicyStatement({
      actions: ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'],
      resources: [secret.secretArn],
    }),
  );
  if (secret.encryptionKey) {
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ['kms:Decrypt'],
        resources: [secret.encryptionKey.keyArn],
        conditions: { StringEquals: { 'kms:ViaService': `secretsmanager.${Stack.of(fn).region}.amazonaws.com` } },
      }),
    );
  }
  fn.addEnvironment('WEBHOOK_SECRET_ARN', secret.secretArn);
}

/** EVENT_BUS_NAME: put events on this bus only. */
export function bindEventBus(fn: TriageFunction, bus: events.IEventBus): void {
  bus.grantPutEventsTo(fn);
  fn.addEnvironment('EVENT_BUS_NAME', bus.eventBusName);
}

/** TRIAGE_CONFIG: the validated configuration, as JSON. */
export function bindTriageConfig(fn: TriageFunction, json: string): void {
  fn.addEnvironment('TRIAGE_CONFIG', json);
}

/**
 * A cross-Region inference profile id (`us.anthropic.…`) split into its geography and the
 * foundation model it routes to; a plain foundation-model id has no geography.
 */
export function parseModelId(modelId: string): { geography?: string; foundationModel: string } {
  const dot = modelId.indexOf('.');
  const prefix = modelId.slice(0, dot);
  return (INFERENCE_PROFILE_PREFIXES as readonly string[]).includes(prefix)
    ? { geography: prefix, foundationModel: modelId.slice(dot + 1) }
    : { foundationModel: modelId };
}

/**
 * The ARNs bedrock:InvokeModel needs for one model id. A foundation-model id is one ARN in this
 * Region. An inference profile needs the profile in this account and Region, and its foundation
 * model in whichever Region the profile routes to (a global profile also names it without a Region).
 */
export function bedrockModelArns(stack: Stack, modelId: string): string[] {
  const { partition, region, account } = stack;
  const { geography, foundationModel } = parseModelId(modelId);
  if (!geography) return [`arn:${partition}:bedrock:${region}::foundation-model/${modelId}`];
  return [
    `arn:${partition}:bedrock:${region}:${account}:inference-profile/${modelId}`,
    `arn:${partition}:bedrock:*::foundation-model/${foundationModel}`,
    ...(geography === 'global' ? [`arn:${partition}:bedrock:::foundation-model/${foundationModel}`] : []),
  ];
}

/** The guardrail's ARN (ApplyGuardrail takes no version in the ARN). */
export function bedrockGuardrailArn(stack: Stack, guardrailId: string): string {
  return `arn:${stack.partition}:bedrock:${stack.region}:${stack.account}:guardrail/${guardrailId}`;
}

/** BEDROCK_*: invoke the configured model only, and apply the configured guardrail. */
export function bindBedrock(fn: TriageFunction, bedrock: DeployConfig['bedrock']): void {
  const stack = Stack.of(fn);
  const arns = bedrockModelArns(stack, bedrock.modelId);
  fn.role.addToPrincipalPolicy(
    new iam.PolicyStatement({ sid: 'BedrockInvokeConfiguredModel', actions: ['bedrock:InvokeModel'], resources: arns }),
  );
  fn.addEnvironment('BEDROCK_MODEL_ID', bedrock.modelId);
  fn.addEnvironment('BEDROCK_PROMPT_VERSION', bedrock.promptVersion);
  if (bedrock.guardrail) {
    fn.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        sid: 'BedrockApplyConfiguredGuardrail',
        actions: ['bedrock:ApplyGuardrail'],
        resources: [bedrockGuardrailArn(stack, bedrock.guardrail.id)],
      }),
    );
    fn.addEnvironment('BEDROCK_GUARDRAIL_ID', bedrock.guardrail.id);
    fn.addEnvironment('BEDROCK_GUARDRAIL_VERSION', bedrock.guardrail.version);
  }
  const { geography, foundationModel } = parseModelId(bedrock.modelId);
  if (geography) {
    Validations.of(fn.role).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:bedrock:*::foundation-model/${foundationModel}]`,
      reason:
        'A cross-Region inference profile routes each call to the same foundation model in any Region of its geography; the wildcard is the Region only, for this one model.',
    });
  }
}

/**
 * comprehendmedical:DetectPHI, in a policy of its own: the action supports no resource-level
 * permission, so its `*` is acknowledged here and nowhere else.
 */
export function bindComprehendMedical(fn: TriageFunction): void {
  const policy = new iam.ManagedPolicy(fn, 'ComprehendMedicalDetectPhi', {
    description: 'comprehendmedical:DetectPHI for the triage function (no resource-level permissions exist)',
    statements: [new iam.PolicyStatement({ actions: ['comprehendmedical:DetectPHI'], resources: ['*'] })],
  });
  fn.role.addManagedPolicy(policy);
  Validations.of(policy).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason: 'Comprehend Medical DetectPHI supports no resource-level permissions: `*` is the only resource it accepts.',
  });
}
