/**
 * The code and its entry points: four functions, the HTTP API, the escalation watch's schedule,
 * the dashboard and the alarms. Everything here can be deleted and redeployed; the data it
 * reaches lives in the stateful stack.
 */
import { CfnOutput, Duration, Stack, type StackProps, Validations } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import * as iam from 'aws-cdk-lib/aws-iam';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as scheduler from 'aws-cdk-lib/aws-scheduler';
import * as schedulerTargets from 'aws-cdk-lib/aws-scheduler-targets';
import type { Construct } from 'constructs';
import type { FunctionName } from '../functions/handlers/env.ts';
import { SERVICES } from '../functions/handlers/metric-names.ts';
import { STAFF_ROUTE_KEYS } from '../functions/handlers/staff-api/routes.ts';
import {
  bindBedrock,
  bindComprehendMedical,
  bindEventBus,
  bindIdempotencyTable,
  bindQueueProducer,
  bindTable,
  bindTriageConfig,
  bindWebhookSecret,
} from './bindings.ts';
import { copyTriageAssets, FUNCTION_ENTRIES, LAMBDA_TASK_ROOT } from './bundling.ts';
import { TriageFunction } from './constructs/triage-function.ts';
import type { DeployConfig } from './deploy-config.ts';
import { Observability } from './observability.ts';
import { type StatefulStack, TRIAGE_TIMEOUT } from './stateful-stack.ts';
import type { LoadedTriageConfig } from './triage-config.ts';

/** The staff routes of DESIGN.md (the handler's own list); every one requires a Cognito token. */
export const STAFF_ROUTES: readonly { method: apigwv2.HttpMethod; path: string }[] = STAFF_ROUTE_KEYS.map((key) => {
  const [method, path] = key.split(' ') as [keyof typeof apigwv2.HttpMethod, string];
  return { method: apigwv2.HttpMethod[method], path };
});
export const WEBHOOK_ROUTE = { method: apigwv2.HttpMethod.POST, path: '/webhook' } as const;

/** Access log fields: who called which route, with what outcome and latency; never a body or a path. */
const ACCESS_LOG_FORMAT = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  ip: '$context.identity.sourceIp',
  routeKey: '$context.routeKey',
  status: '$context.status',
  latency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  responseLength: '$context.responseLength',
};

export interface StatelessStackProps extends StackProps {
  readonly stateful: StatefulStack;
  readonly deploy: DeployConfig;
  readonly triage: LoadedTriageConfig;
}

export class StatelessStack extends Stack {
  readonly functions: Record<FunctionName, TriageFunction>;
  readonly api: apigwv2.HttpApi;
  readonly stage: apigwv2.HttpStage;
  readonly observability: Observability;

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const { stateful: s, deploy, triage } = props;
    const common = {
      logRetentionDays: deploy.logRetentionDays,
      logKey: s.key,
      removalPolicy: s.removalPolicy,
    };

    const webhook = new TriageFunction(this, 'Webhook', {
      ...common,
      entry: FUNCTION_ENTRIES.webhook,
      description: 'portal-triage webhook: verify, validate, dedupe, enqueue',
      service: SERVICES.webhook,
      environment: {},
      memorySize: 256,
      timeout: Duration.seconds(10),
      reservedConcurrency: deploy.reservedConcurrency.webhook,
    });
    bindQueueProducer(webhook, s.queue);
    bindIdempotencyTable(webhook, s.idempotencyTable);
    bindWebhookSecret(webhook, s.webhookSecret);

    const triageFn = new TriageFunction(this, 'Triage', {
      ...common,
      entry: FUNCTION_ENTRIES.triage,
      description: 'portal-triage triage: redact, red flags, classify, route, draft, trace',
      service: SERVICES.triage,
      environment: { TRIAGE_ASSETS_DIR: LAMBDA_TASK_ROOT },
      // The local classifier and tagger load about 2 MB of JSON models; CPU scales with memory.
      memorySize: 1024,
      timeout: TRIAGE_TIMEOUT,
      reservedConcurrency: deploy.triageMaxConcurrency,
      bundling: {
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          afterBundling: copyTriageAssets,
        },
      },
    });
    bindTable(triageFn, s.table, 'readWrite');
    bindTriageConfig(triageFn, triage.json);
    if (triage.config.backends.classifier === 'bedrock') bindBedrock(triageFn, deploy.bedrock);
    if (triage.config.backends.redaction !== 'local') bindComprehendMedical(triageFn);
    triageFn.function.addEventSource(
      new SqsEventSource(s.queue, {
        batchSize: 10,
        reportBatchItemFailures: true,
        maxConcurrency: deploy.triageMaxConcurrency,
      }),
    );
    triageFn.acknowledge(
      'Serverless-LambdaEventSourceMappingDestination',
      "Lambda supports no on-failure destination for an SQS event source; a message that keeps failing moves to the queue's dead-letter queue after maxReceiveCount deliveries, and that queue alarms.",
    );

    const staffApi = new TriageFunction(this, 'StaffApi', {
      ...common,
      entry: FUNCTION_ENTRIES.staffApi,
      description: 'portal-triage staff API: queues, messages, approve/reject/reassign/acknowledge',
      service: SERVICES.staffApi,
      environment: {},
      memorySize: 512,
      timeout: Duration.seconds(10),
      reservedConcurrency: deploy.reservedConcurrency.staffApi,
    });
    bindTable(staffApi, s.table, 'readWrite');
    bindEventBus(staffApi, s.bus);
    bindTriageConfig(staffApi, triage.json);

    const escalationWatch = new TriageFunction(this, 'EscalationWatch', {
      ...common,
      entry: FUNCTION_ENTRIES.escalationWatch,
      description: 'portal-triage escalation watch: age of the oldest unacknowledged escalation',
      service: SERVICES.escalationWatch,
      environment: {},
      memorySize: 256,
      timeout: Duration.seconds(60),
      reservedConcurrency: deploy.reservedConcurrency.escalationWatch,
    });
    bindTable(escalationWatch, s.table, 'read');
    bindTriageConfig(escalationWatch, triage.json);
    // The scheduler's role may invoke this one function (unqualified), through a managed policy;
    // the target's own grant would add every version and alias (`:*`) in an inline policy.
    const schedulerRole = new iam.Role(this, 'EscalationWatchSchedulerRole', {
      assumedBy: new iam.ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'EventBridge Scheduler: invoke the escalation watch',
      managedPolicies: [
        new iam.ManagedPolicy(this, 'EscalationWatchInvoke', {
          statements: [
            new iam.PolicyStatement({
              actions: ['lambda:InvokeFunction'],
              resources: [escalationWatch.function.functionArn],
            }),
          ],
        }),
      ],
    });
    new scheduler.Schedule(this, 'EscalationWatchSchedule', {
      description: 'portal-triage: run the escalation watch every 5 minutes',
      schedule: scheduler.ScheduleExpression.rate(Duration.minutes(5)),
      target: new schedulerTargets.LambdaInvoke(escalationWatch.function, {
        role: schedulerRole.withoutPolicyUpdates(),
        // A late run is superseded by the next one.
        maxEventAge: Duration.minutes(4),
        retryAttempts: 2,
      }),
    });

    this.functions = { webhook, triage: triageFn, staffApi, escalationWatch };
    const sync = 'invoked synchronously';
    const dlqReasons: Record<FunctionName, string> = {
      webhook: `API Gateway ${sync}: the portal sees the error status and retries (Standard Webhooks), so there is no asynchronous event to keep.`,
      staffApi: `API Gateway ${sync}: the caller sees the error status; there is no asynchronous event to keep.`,
      triage: `The SQS event source ${sync}; failed messages go back to the queue and, after maxReceiveCount, to the queue's dead-letter queue, which alarms.`,
      escalationWatch:
        'Each scheduled run re-reads the table and carries no input worth keeping; the next run 5 minutes later supersedes a failed one, and failures page through the error-rate alarm and the escalation alarm, which treats missing data as breaching.',
    };
    for (const [name, fn] of Object.entries(this.functions) as [FunctionName, TriageFunction][]) {
      fn.acknowledge('HIPAA.Security-LambdaDLQ', dlqReasons[name]);
      fn.acknowledge('Serverless-LambdaDLQ', dlqReasons[name]);
    }

    // The HTTP API. Every route needs a staff token unless it says otherwise; only the webhook
    // does, because the portal authenticates with a signature the function verifies.
    const authorizer = new HttpUserPoolAuthorizer('StaffAuthorizer', s.userPool, {
      userPoolClients: [s.userPoolClient],
      identitySource: ['$request.header.Authorization'],
    });
    this.api = new apigwv2.HttpApi(this, 'Api', {
      apiName: 'portal-triage',
      description: 'portal-triage: portal webhook and staff API',
      createDefaultStage: false,
      defaultAuthorizer: authorizer,
    });
    const accessLogs = new logs.LogGroup(this, 'ApiAccessLogs', {
      retention: deploy.logRetentionDays as logs.RetentionDays,
      encryptionKey: s.key,
      removalPolicy: s.removalPolicy,
    });
    this.stage = new apigwv2.HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: deploy.apiThrottling,
      accessLogSettings: {
        destination: new apigwv2.LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FORMAT)),
      },
    });

    const [webhookRoute] = this.api.addRoutes({
      path: WEBHOOK_ROUTE.path,
      methods: [WEBHOOK_ROUTE.method],
      integration: new HttpLambdaIntegration('WebhookIntegration', webhook.function),
      authorizer: new apigwv2.HttpNoneAuthorizer(),
    });
    if (webhookRoute) {
      Validations.of(webhookRoute).acknowledge({
        id: 'AwsSolutions-APIG4',
        reason:
          'The patient portal cannot present a staff token: it signs each delivery (Standard Webhooks HMAC-SHA256, five-minute tolerance), and the webhook function rejects an unsigned, badly signed or stale request with 401 before reading it.',
      });
    }
    const staffIntegration = new HttpLambdaIntegration('StaffApiIntegration', staffApi.function);
    for (const route of STAFF_ROUTES) {
      this.api.addRoutes({ path: route.path, methods: [route.method], integration: staffIntegration });
    }

    // The webhook's own throttling, over the default stage's.
    const cfnStage = this.stage.node.defaultChild as apigwv2.CfnStage;
    cfnStage.routeSettings = {
      [`${WEBHOOK_ROUTE.method} ${WEBHOOK_ROUTE.path}`]: {
        ThrottlingRateLimit: deploy.webhookThrottling.rateLimit,
        ThrottlingBurstLimit: deploy.webhookThrottling.burstLimit,
      },
    };
    // Route settings name a route that must exist first.
    if (webhookRoute) this.stage.node.addDependency(webhookRoute);

    this.observability = new Observability(this, 'Observability', {
      functions: this.functions,
      queue: s.queue,
      deadLetterQueue: s.deadLetterQueue,
      api: this.api,
      alarmTopic: s.alarmTopic,
      acknowledgeWithinMinutes: triage.config.escalation.acknowledgeWithinMinutes,
      triageLatencyP99AlarmMs: deploy.alarms.triageLatencyP99Ms,
      errorRateAlarmPercent: deploy.alarms.errorRatePercent,
    });

    new CfnOutput(this, 'ApiUrl', {
      value: this.api.apiEndpoint,
      description: 'POST /webhook for the portal; /staff/… for the staff UI',
    });
    new CfnOutput(this, 'DashboardName', { value: this.observability.dashboard.dashboardName });
  }
}
