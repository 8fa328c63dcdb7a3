/** Data at rest: one customer-managed key everywhere, point-in-time recovery, backups, retention, queues. */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { tableDefinition } from '#adapters/aws/dynamo-table.ts';
import { TRIAGE_TIMEOUT } from '../../../lib/stateful-stack.ts';
import { logicalId, propertiesOf, render, resourcesOf, type Synthesized, synthesize } from './synth.ts';

describe('the stateful stack', () => {
  let s: Synthesized;
  let key: string;
  /** The key, as the stateful stack references it ({"Fn::GetAtt":[key,"Arn"]}) or the stateless imports it. */
  const isKey = (v: unknown) =>
    render(v) === `<${key}.Arn>` || (render(v).startsWith('<import:') && render(v).includes(key));

  beforeAll(() => {
    s = synthesize({ deploy: { alarmEmail: 'oncall@example.org' } });
    key = logicalId(s.statefulTemplate, 'AWS::KMS::Key', 'Key');
  });

  it('has one customer-managed key, rotated yearly, kept on delete', () => {
    s.statefulTemplate.resourceCountIs('AWS::KMS::Key', 1);
    s.statefulTemplate.hasResource('AWS::KMS::Key', {
      Properties: { EnableKeyRotation: true },
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
    });
  });

  it('lets CloudWatch Logs use the key for this account’s log groups only, and alarms publish through it', () => {
    const policy = s.statefulTemplate.findResources('AWS::KMS::Key')[key]?.Properties?.KeyPolicy;
    const statements = policy.Statement as { Sid?: string; Principal?: { Service?: unknown }; Condition?: unknown }[];
    const logs = statements.find((st) => st.Sid === 'CloudWatchLogs');
    expect(render(logs?.Principal?.Service)).toBe('logs.<AWS::Region>.amazonaws.com');
    expect(JSON.stringify(logs?.Condition)).toContain('kms:EncryptionContext:aws:logs:arn');
    expect(statements.find((st) => st.Sid === 'CloudWatchAlarms')?.Principal?.Service).toBe('cloudwatch.amazonaws.com');
  });

  it('builds the triage table from tableDefinition, with the key, point-in-time recovery and TTL', () => {
    const d = tableDefinition;
    const [[, table] = []] = resourcesOf(s.statefulTemplate, 'AWS::DynamoDB::Table').filter(([id]) =>
      id.startsWith('Table'),
    );
    expect(table?.Properties).toMatchObject({
      KeySchema: [
        { AttributeName: d.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: d.sortKey.name, KeyType: 'RANGE' },
      ],
      BillingMode: d.billingMode,
      TimeToLiveSpecification: { AttributeName: d.timeToLiveAttribute, Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
      GlobalSecondaryIndexes: [
        {
          IndexName: d.queueIndex.indexName,
          KeySchema: [
            { AttributeName: d.queueIndex.partitionKey.name, KeyType: 'HASH' },
            { AttributeName: d.queueIndex.sortKey.name, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: d.queueIndex.projectionType },
        },
      ],
    });
    const sse = propertiesOf(s.statefulTemplate, 'AWS::DynamoDB::Table', 'Table').SSESpecification;
    expect(isKey((sse as { KMSMasterKeyId: unknown }).KMSMasterKeyId)).toBe(true);
  });

  it('gives Powertools Idempotency its own table: key `id`, TTL `expiration`, the key, point-in-time recovery', () => {
    const [[, table] = []] = resourcesOf(s.statefulTemplate, 'AWS::DynamoDB::Table').filter(([id]) =>
      id.startsWith('Idempotency'),
    );
    expect(table?.Properties).toMatchObject({
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      TimeToLiveSpecification: { AttributeName: 'expiration', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
    const sse = propertiesOf(s.statefulTemplate, 'AWS::DynamoDB::Table', 'Idempotency').SSESpecification;
    expect(isKey((sse as { KMSMasterKeyId: unknown }).KMSMasterKeyId)).toBe(true);
  });

  it('keeps every table, queue, secret, user pool and vault when the stack is deleted', () => {
    for (const type of [
      'AWS::DynamoDB::Table',
      'AWS::SQS::Queue',
      'AWS::SecretsManager::Secret',
      'AWS::Cognito::UserPool',
      'AWS::Backup::BackupVault',
    ]) {
      for (const [id, r] of resourcesOf(s.statefulTemplate, type)) {
        expect((r as { DeletionPolicy?: string }).DeletionPolicy, id).toBe('Retain');
      }
    }
  });

  it('backs both tables up daily and monthly into a vault encrypted with the key', () => {
    const [[, vault] = []] = resourcesOf(s.statefulTemplate, 'AWS::Backup::BackupVault');
    expect(isKey(vault?.Properties?.EncryptionKeyArn)).toBe(true);
    const plan = propertiesOf(s.statefulTemplate, 'AWS::Backup::BackupPlan').BackupPlan;
    const rules = (plan as { BackupPlanRule: { ScheduleExpression: string }[] }).BackupPlanRule;
    expect(rules.map((r) => r.ScheduleExpression).sort()).toEqual(['cron(0 5 * * ? *)', 'cron(0 5 1 * ? *)']);
    const [[, selection] = []] = resourcesOf(s.statefulTemplate, 'AWS::Backup::BackupSelection');
    const resources = JSON.stringify(selection?.Properties?.BackupSelection);
    for (const id of resourcesOf(s.statefulTemplate, 'AWS::DynamoDB::Table').map(([tableId]) => tableId)) {
      expect(resources).toContain(id);
    }
  });

  it('encrypts both queues with the key, refuses plain HTTP, and dead-letters after maxReceiveCount', () => {
    const queues = resourcesOf(s.statefulTemplate, 'AWS::SQS::Queue');
    expect(queues).toHaveLength(2);
    for (const [id, q] of queues) expect(isKey(q.Properties?.KmsMasterKeyId), id).toBe(true);
    const dlq = logicalId(s.statefulTemplate, 'AWS::SQS::Queue', 'DeadLetterQueue');
    const queue = logicalId(s.statefulTemplate, 'AWS::SQS::Queue', 'TriageQueue');
    s.statefulTemplate.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlq, 'Arn'] }, maxReceiveCount: s.deploy.maxReceiveCount },
    });
    const visibility = s.statefulTemplate.findResources('AWS::SQS::Queue')[queue]?.Properties?.VisibilityTimeout;
    expect(visibility).toBeGreaterThanOrEqual(6 * TRIAGE_TIMEOUT.toSeconds());
    for (const id of [dlq, queue]) {
      s.statefulTemplate.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('encrypts the webhook secret, the event bus and the alarm topic with the key', () => {
    const [[, secret] = []] = resourcesOf(s.statefulTemplate, 'AWS::SecretsManager::Secret');
    expect(isKey(secret?.Properties?.KmsKeyId)).toBe(true);
    expect(secret?.Properties?.GenerateSecretString).toMatchObject({ GenerateStringKey: 'current' });
    const [[, bus] = []] = resourcesOf(s.statefulTemplate, 'AWS::Events::EventBus');
    expect(isKey(bus?.Properties?.KmsKeyIdentifier)).toBe(true);
    const [[, topic] = []] = resourcesOf(s.statefulTemplate, 'AWS::SNS::Topic');
    expect(isKey(topic?.Properties?.KmsMasterKeyId)).toBe(true);
  });

  it('lets the alarm topic be reached over TLS only, and subscribes the alarm address', () => {
    s.statefulTemplate.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
    s.statefulTemplate.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'oncall@example.org',
    });
  });

  it('runs a staff user pool with no self sign-up, required MFA, a strong password policy and threat protection', () => {
    s.statefulTemplate.hasResourceProperties('AWS::Cognito::UserPool', {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: 'ON',
      EnabledMfas: ['SOFTWARE_TOKEN_MFA'],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
      UserPoolTier: 'PLUS',
      UserPoolAddOns: { AdvancedSecurityMode: 'ENFORCED' },
    });
    const groups = resourcesOf(s.statefulTemplate, 'AWS::Cognito::UserPoolGroup').map(
      ([, g]) => g.Properties?.GroupName,
    );
    // One group per key of staff.groups: the groups the staff API maps to queues.
    expect(groups.sort()).toEqual(['billing', 'front-desk', 'nurse', 'pharmacy', 'supervisor']);
    expect(groups.sort()).toEqual(Object.keys(s.triageConfig.staff.groups).sort());
    s.statefulTemplate.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: Match.arrayEquals(['ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH']),
      PreventUserExistenceErrors: 'ENABLED',
    });
  });
});

describe('the stateful stack for a throwaway deployment', () => {
  it('deletes its resources with the stack when retainOnDelete is false', () => {
    const s = synthesize({ deploy: { retainOnDelete: false } });
    for (const [id, r] of resourcesOf(s.statefulTemplate, 'AWS::DynamoDB::Table')) {
      expect((r as { DeletionPolicy?: string }).DeletionPolicy, id).toBe('Delete');
    }
  });
});
