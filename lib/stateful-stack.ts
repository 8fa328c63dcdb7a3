/**
 * Everything that holds data or identity, apart from the code that uses it, so the functions
 * can be redeployed (or the stateless stack deleted) without touching any of it: the key, the
 * tables, the queues, the webhook secret, the event bus, the staff user pool, backups and the
 * alarm topic. Stateful resources are retained on delete unless the deployment says otherwise.
 */
import { CfnOutput, Duration, RemovalPolicy, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { tableDefinition } from '#adapters/aws/dynamo-table.ts';
import type { DeployConfig } from './deploy-config.ts';

/** The triage function's timeout: the queue's visibility timeout is derived from it. */
export const TRIAGE_TIMEOUT = Duration.seconds(60);

export interface StatefulStackProps extends StackProps {
  readonly deploy: DeployConfig;
  /**
   * The Cognito groups: the keys of the triage configuration's `staff.groups`, the same map the
   * staff API reads to decide which queues a group may act on.
   */
  readonly staffGroups: readonly string[];
}

export class StatefulStack extends Stack {
  readonly key: kms.Key;
  readonly table: dynamodb.Table;
  readonly idempotencyTable: dynamodb.Table;
  readonly queue: sqs.Queue;
  readonly deadLetterQueue: sqs.Queue;
  readonly webhookSecret: secretsmanager.Secret;
  readonly bus: events.EventBus;
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;
  readonly alarmTopic: sns.Topic;
  readonly removalPolicy: RemovalPolicy;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    const { deploy } = props;
    const removalPolicy = deploy.retainOnDelete ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;
    this.removalPolicy = removalPolicy;

    // One customer-managed key for all data at rest: message bodies, traces, queues, logs, secret, events, alarms.
    this.key = new kms.Key(this, 'Key', {
      description: 'portal-triage data at rest (PHI)',
      enableKeyRotation: true,
      pendingWindow: Duration.days(30),
      removalPolicy,
    });
    // CloudWatch Logs encrypts the functions' and the API's log groups with it, in this account and Region only.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchLogs',
        principals: [new iam.ServicePrincipal(`logs.${this.region}.amazonaws.com`)],
        actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
        resources: ['*'],
        conditions: {
          ArnLike: {
            'kms:EncryptionContext:aws:logs:arn': `arn:${this.partition}:logs:${this.region}:${this.account}:log-group:*`,
          },
        },
      }),
    );
    // CloudWatch alarms publish to the encrypted alarm topic.
    this.key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'CloudWatchAlarms',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        conditions: {
          StringEquals: { 'aws:SourceAccount': this.account },
          ArnLike: { 'aws:SourceArn': `arn:${this.partition}:cloudwatch:${this.region}:${this.account}:alarm:*` },
        },
      }),
    );

    const d = tableDefinition;
    this.table = new dynamodb.Table(this, 'Table', {
      partitionKey: { name: d.partitionKey.name, type: d.partitionKey.type as dynamodb.AttributeType },
      sortKey: { name: d.sortKey.name, type: d.sortKey.type as dynamodb.AttributeType },
      billingMode: d.billingMode as dynamodb.BillingMode,
      timeToLiveAttribute: d.timeToLiveAttribute,
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: deploy.retainOnDelete,
      removalPolicy,
    });
    this.table.addGlobalSecondaryIndex({
      indexName: d.queueIndex.indexName,
      partitionKey: {
        name: d.queueIndex.partitionKey.name,
        type: d.queueIndex.partitionKey.type as dynamodb.AttributeType,
      },
      sortKey: { name: d.queueIndex.sortKey.name, type: d.queueIndex.sortKey.type as dynamodb.AttributeType },
      projectionType: d.queueIndex.projectionType as dynamodb.ProjectionType,
    });

    // Powertools Idempotency's table (its default key and TTL names): webhook deliveries by webhook-id.
    this.idempotencyTable = new dynamodb.Table(this, 'IdempotencyTable', {
      partitionKey: { name: 'id', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiration',
      encryption: dynamodb.TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      removalPolicy,
    });

    this.deadLetterQueue = new sqs.Queue(this, 'DeadLetterQueue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy,
    });
    const dlqReason =
      "This is the triage queue's dead-letter queue (14 days' retention); an alarm fires on its first message.";
    Validations.of(this.deadLetterQueue).acknowledge(
      { id: 'AwsSolutions-SQS3', reason: dlqReason },
      { id: 'Serverless-SQSRedrivePolicy', reason: dlqReason },
    );
    this.queue = new sqs.Queue(this, 'TriageQueue', {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      // Lambda's guidance: at least six times the consumer's timeout, so retries of a slow batch do not overlap.
      visibilityTimeout: Duration.seconds(TRIAGE_TIMEOUT.toSeconds() * 6),
      // Longer than the portal's retry window (Standard Webhooks: about 3 days).
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: deploy.maxReceiveCount },
      removalPolicy,
    });

    // The webhook signing secret(s): JSON {"current":"whsec_…","previous":"whsec_…"?}.
    // The generated value is a placeholder the webhook rejects (no whsec_ prefix), so the webhook
    // fails closed until the operator stores the portal's secret. Rotation: store
    // {"current":NEW,"previous":OLD}, switch the portal to NEW, then store {"current":NEW}.
    this.webhookSecret = new secretsmanager.Secret(this, 'WebhookSecret', {
      description:
        'portal-triage webhook signing secrets (Standard Webhooks): {"current":"whsec_…","previous":"whsec_…"}',
      encryptionKey: this.key,
      generateSecretString: {
        secretStringTemplate: JSON.stringify({}),
        generateStringKey: 'current',
        excludePunctuation: true,
        passwordLength: 48,
      },
      removalPolicy,
    });
    for (const id of ['AwsSolutions-SMG4', 'HIPAA.Security-SecretsManagerRotationEnabled']) {
      Validations.of(this.webhookSecret).acknowledge({
        id,
        reason:
          'The signing secret is shared with the patient-portal vendor, so a rotation Lambda cannot change both copies; rotation is the documented two-step procedure (current+previous, then current only), which the webhook supports by accepting either secret.',
      });
    }

    // Staff actions publish ReplyApproved here; the event carries the approved reply, so the bus uses the key.
    this.bus = new events.EventBus(this, 'Bus', {
      description: 'portal-triage staff decisions (ReplyApproved)',
      kmsKey: this.key,
    });

    this.userPool = new cognito.UserPool(this, 'StaffUserPool', {
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      mfa: cognito.Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 14,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: deploy.retainOnDelete,
      removalPolicy,
    });
    props.staffGroups.forEach((group) => {
      new cognito.UserPoolGroup(this, `Group-${group}`, {
        userPool: this.userPool,
        groupName: group,
        description: `portal-triage staff role: ${group}`,
      });
    });
    // The staff UI is a public client (no secret) signing in with SRP; tokens are short-lived and revocable.
    this.userPoolClient = this.userPool.addClient('StaffUiClient', {
      authFlows: { userSrp: true },
      generateSecret: false,
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });

    const vault = new backup.BackupVault(this, 'BackupVault', { encryptionKey: this.key, removalPolicy });
    const plan = new backup.BackupPlan(this, 'BackupPlan', {
      backupVault: vault,
      backupPlanRules: [backup.BackupPlanRule.daily(), backup.BackupPlanRule.monthly1Year()],
    });
    const selection = plan.addSelection('Tables', {
      resources: [
        backup.BackupResource.fromDynamoDbTable(this.table),
        backup.BackupResource.fromDynamoDbTable(this.idempotencyTable),
      ],
    });
    Validations.of(selection).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup]',
      reason:
        "AWS Backup's documented service-role policy, maintained by AWS for the service's own calls; the role trusts backup.amazonaws.com only and this selection names the two tables.",
    });

    this.alarmTopic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'portal-triage alarms',
      masterKey: this.key,
      enforceSSL: true,
    });
    if (deploy.alarmEmail) {
      const subscription = this.alarmTopic.addSubscription(new subscriptions.EmailSubscription(deploy.alarmEmail));
      Validations.of(subscription).acknowledge({
        id: 'Serverless-SNSRedrivePolicy',
        reason:
          "A dead-letter queue for alarm e-mails would need an alarm of its own, publishing to this same topic; CloudWatch keeps every alarm's state and the dashboard shows it, so an undelivered e-mail loses no state.",
      });
    }

    // What an operator needs after deploying: where to store the portal's secret, whom to sign in, where events go.
    new CfnOutput(this, 'WebhookSecretArn', {
      value: this.webhookSecret.secretArn,
      description: 'Store the portal\'s signing secret here: {"current":"whsec_…"}',
    });
    new CfnOutput(this, 'StaffUserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'StaffUiClientId', { value: this.userPoolClient.userPoolClientId });
    new CfnOutput(this, 'EventBusName', { value: this.bus.eventBusName, description: 'ReplyApproved events' });
    new CfnOutput(this, 'AlarmTopicArn', { value: this.alarmTopic.topicArn });
  }
}
