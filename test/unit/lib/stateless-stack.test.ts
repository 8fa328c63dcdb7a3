/** The functions' defaults and environment, the HTTP API, the queue's consumer and the schedule. */
import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENV, type FunctionName } from '../../../functions/handlers/env.ts';
import { METRIC_NAMESPACE, SERVICES } from '../../../functions/handlers/metric-names.ts';
import { logicalId, render, resourcesOf, type Synthesized, synthesize } from './synth.ts';

const FUNCTION_PREFIX: Record<FunctionName, string> = {
  webhook: 'WebhookFunction',
  triage: 'TriageFunction',
  staffApi: 'StaffApiFunction',
  escalationWatch: 'EscalationWatchFunction',
};
const DEFAULT_VARIABLES = ['NODE_OPTIONS', 'POWERTOOLS_METRICS_NAMESPACE', 'POWERTOOLS_SERVICE_NAME'];

describe('the stateless stack', () => {
  let s: Synthesized;
  let key: string;
  const fn = (name: FunctionName) =>
    s.statelessTemplate.findResources('AWS::Lambda::Function')[
      logicalId(s.statelessTemplate, 'AWS::Lambda::Function', FUNCTION_PREFIX[name])
    ] as { Properties: Record<string, unknown> };
  const variables = (name: FunctionName) =>
    (fn(name).Properties.Environment as { Variables: Record<string, unknown> }).Variables;

  beforeAll(() => {
    s = synthesize();
    key = logicalId(s.statefulTemplate, 'AWS::KMS::Key', 'Key');
  });

  it('runs every function on nodejs22.x, arm64, with active tracing, explicit memory, timeout and reserved concurrency', () => {
    for (const name of Object.keys(FUNCTION_PREFIX) as FunctionName[]) {
      expect(fn(name).Properties, name).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        TracingConfig: { Mode: 'Active' },
        Handler: 'index.handler',
        MemorySize: expect.any(Number),
        Timeout: expect.any(Number),
        ReservedConcurrentExecutions: expect.any(Number),
      });
    }
    expect(fn('triage').Properties.ReservedConcurrentExecutions).toBe(s.deploy.triageMaxConcurrency);
  });

  it('sets exactly the variables each function reads (env.ts), plus source maps and Powertools', () => {
    for (const name of Object.keys(FUNCTION_PREFIX) as FunctionName[]) {
      const vars = variables(name);
      const shape = ENV[name].def.shape as Record<string, { def: { type: string } }>;
      const declared = Object.keys(shape);
      const required = declared.filter((k) => shape[k]?.def.type !== 'optional');
      const own = Object.keys(vars).filter((k) => !DEFAULT_VARIABLES.includes(k));
      expect(declared, name).toEqual(expect.arrayContaining(own));
      expect(own, name).toEqual(expect.arrayContaining(required));
      expect(vars, name).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: SERVICES[name],
        POWERTOOLS_METRICS_NAMESPACE: METRIC_NAMESPACE,
      });
    }
  });

  it('passes the validated triage configuration, and tells the triage function where its assets are', () => {
    for (const name of ['triage', 'staffApi', 'escalationWatch'] as const) {
      expect(JSON.parse(variables(name).TRIAGE_CONFIG as string), name).toEqual(s.triageConfig);
    }
    expect(variables('triage').TRIAGE_ASSETS_DIR).toBe('/var/task');
  });

  it('gives each function its own log group, encrypted with the key, with the configured retention', () => {
    const groups = resourcesOf(s.statelessTemplate, 'AWS::Logs::LogGroup');
    expect(groups).toHaveLength(5); // four functions and the API's access log
    for (const [id, g] of groups) {
      expect(g.Properties?.RetentionInDays, id).toBe(s.deploy.logRetentionDays);
      expect(render(g.Properties?.KmsKeyId), id).toContain(key);
      expect((g as { DeletionPolicy?: string }).DeletionPolicy, id).toBe('Retain');
    }
    for (const name of Object.keys(FUNCTION_PREFIX) as FunctionName[]) {
      const group = (fn(name).Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(
        groups.map(([id]) => id),
        name,
      ).toContain(group);
    }
  });

  it('consumes the triage queue in batches, reporting failed items, at most triageMaxConcurrency at once', () => {
    s.statelessTemplate.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: logicalId(s.statelessTemplate, 'AWS::Lambda::Function', FUNCTION_PREFIX.triage) },
      BatchSize: 10,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: s.deploy.triageMaxConcurrency },
    });
  });

  it('runs the escalation watch every 5 minutes', () => {
    s.statelessTemplate.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'rate(5 minutes)',
      Target: {
        Arn: {
          'Fn::GetAtt': [
            logicalId(s.statelessTemplate, 'AWS::Lambda::Function', FUNCTION_PREFIX.escalationWatch),
            'Arn',
          ],
        },
      },
    });
  });
});

describe('the HTTP API', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthesize();
  });
  const routes = (): Record<string, Record<string, unknown> | undefined> =>
    Object.fromEntries(
      resourcesOf(s.statelessTemplate, 'AWS::ApiGatewayV2::Route').map(([, r]) => [
        String(r.Properties?.RouteKey),
        r.Properties,
      ]),
    );

  it('serves the webhook and exactly the staff routes of DESIGN.md', () => {
    expect(Object.keys(routes()).sort()).toEqual(
      [
        'POST /webhook',
        'GET /staff/queues',
        'GET /staff/queues/{queue}/items',
        'GET /staff/messages/{id}',
        'POST /staff/messages/{id}/approve',
        'POST /staff/messages/{id}/reject',
        'POST /staff/messages/{id}/reassign',
        'POST /staff/messages/{id}/acknowledge',
      ].sort(),
    );
  });

  it('requires a Cognito token on every staff route and none on the webhook', () => {
    const [[authorizerId, authorizer] = []] = resourcesOf(s.statelessTemplate, 'AWS::ApiGatewayV2::Authorizer');
    expect(authorizer?.Properties).toMatchObject({
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: { Audience: [expect.anything()], Issuer: expect.anything() },
    });
    for (const [routeKey, r] of Object.entries(routes())) {
      if (routeKey === 'POST /webhook') {
        expect(r?.AuthorizationType).toBe('NONE');
        expect(r?.AuthorizerId).toBeUndefined();
      } else {
        expect(r?.AuthorizationType, routeKey).toBe('JWT');
        expect(r?.AuthorizerId, routeKey).toEqual({ Ref: authorizerId });
      }
    }
  });

  it('logs each request as JSON to the encrypted log group: request id, ip, route, status, latency, never a body', () => {
    const [[, stage] = []] = resourcesOf(s.statelessTemplate, 'AWS::ApiGatewayV2::Stage');
    const settings = stage?.Properties?.AccessLogSettings as { DestinationArn: unknown; Format: string };
    expect(render(settings.DestinationArn)).toContain(
      logicalId(s.statelessTemplate, 'AWS::Logs::LogGroup', 'ApiAccessLogs'),
    );
    const format = JSON.parse(settings.Format) as Record<string, string>;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      ip: '$context.identity.sourceIp',
      routeKey: '$context.routeKey',
      status: '$context.status',
      latency: '$context.responseLatency',
    });
    expect(Object.values(format).join(' ')).not.toMatch(/body|\$input|\$context\.path|requestOverride/i);
  });

  it('throttles the default stage, and the webhook route with its own limits', () => {
    s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: {
        ThrottlingRateLimit: s.deploy.apiThrottling.rateLimit,
        ThrottlingBurstLimit: s.deploy.apiThrottling.burstLimit,
      },
      RouteSettings: {
        'POST /webhook': {
          ThrottlingRateLimit: s.deploy.webhookThrottling.rateLimit,
          ThrottlingBurstLimit: s.deploy.webhookThrottling.burstLimit,
        },
      },
    });
    // The stage's route settings name the route, so the route is created first.
    const [[, stage] = []] = resourcesOf(s.statelessTemplate, 'AWS::ApiGatewayV2::Stage');
    expect(stage?.DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/^ApiPOSTwebhook/)]));
  });

  it('routes the webhook to the webhook function and every staff route to the staff API function', () => {
    s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^WebhookFunction'), 'Arn'] },
    });
    s.statelessTemplate.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationUri: { 'Fn::GetAtt': [Match.stringLikeRegexp('^StaffApiFunction'), 'Arn'] },
    });
    s.statelessTemplate.resourceCountIs('AWS::ApiGatewayV2::Integration', 2);
  });
});
