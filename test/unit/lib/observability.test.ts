/** The alarms: what each reads, its threshold, and that each pages the alarm topic. */

import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '#core/config.ts';
import { METRIC_NAMESPACE, METRIC_SERVICE, METRICS } from '../../../functions/handlers/metric-names.ts';
import { buildApp } from '../../../lib/app.ts';
import { parseDeployConfig } from '../../../lib/deploy-config.ts';
import { triageConfigFrom } from '../../../lib/triage-config.ts';
import { logicalId, render, resourcesOf } from './synth.ts';

type AlarmProps = {
  Namespace?: string;
  MetricName?: string;
  Statistic?: string;
  Threshold: number;
  ComparisonOperator: string;
  TreatMissingData: string;
  AlarmActions: unknown[];
  OKActions: unknown[];
  Dimensions?: { Name: string; Value: unknown }[];
  Metrics?: {
    Id: string;
    Expression?: string;
    MetricStat?: {
      Metric: { Namespace: string; MetricName: string; Dimensions?: { Name: string; Value: unknown }[] };
      Stat: string;
    };
  }[];
};

describe('alarms', () => {
  const ACK_MINUTES = 20;
  let stateless: Template;
  let stateful: Template;
  const alarm = (prefix: string) =>
    stateless.findResources('AWS::CloudWatch::Alarm')[
      logicalId(stateless, 'AWS::CloudWatch::Alarm', `Observability${prefix}`)
    ]?.Properties as AlarmProps;
  /** The custom metric an alarm reads, and the statistic. */
  const custom = (a: AlarmProps) => {
    const stat = a.Metrics?.find((m) => m.MetricStat)?.MetricStat;
    return { namespace: stat?.Metric.Namespace, name: stat?.Metric.MetricName, stat: stat?.Stat };
  };

  beforeAll(() => {
    const {
      app,
      stateful: a,
      stateless: b,
    } = buildApp({
      deploy: parseDeployConfig({
        bedrock: { modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0', promptVersion: 'triage-v1' },
        alarms: { triageLatencyP99Ms: 7_500, errorRatePercent: 3 },
      }),
      triage: triageConfigFrom({
        ...defaultConfig,
        escalation: { ...defaultConfig.escalation, acknowledgeWithinMinutes: ACK_MINUTES },
      }),
      appProps: { context: { 'aws:cdk:bundling-stacks': [] } },
    });
    const assembly = app.synth();
    stateful = Template.fromJSON(assembly.getStackByName(a.stackName).template);
    stateless = Template.fromJSON(assembly.getStackByName(b.stackName).template);
  });

  it('pages the alarm topic, on alarm and on recovery, from every alarm', () => {
    const topic = logicalId(stateful, 'AWS::SNS::Topic', 'AlarmTopic');
    const alarms = resourcesOf(stateless, 'AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(8);
    for (const [id, a] of alarms) {
      const p = a.Properties as AlarmProps;
      expect(p.AlarmActions.map(render), id).toEqual([expect.stringContaining(topic)]);
      expect(p.OKActions.map(render), id).toEqual([expect.stringContaining(topic)]);
    }
  });

  it('fires on the first message in the dead-letter queue', () => {
    const a = alarm('DeadLetterQueueNotEmpty');
    expect(a).toMatchObject({
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Threshold: 0,
      ComparisonOperator: 'GreaterThanThreshold',
    });
    expect(render(a.Dimensions?.[0]?.Value)).toContain(logicalId(stateful, 'AWS::SQS::Queue', 'DeadLetterQueue'));
  });

  it('watches the error rate of each of the four functions, at the configured percentage', () => {
    for (const name of ['webhook', 'triage', 'staffApi', 'escalationWatch']) {
      const a = alarm(`ErrorRate${name}`);
      expect(a.Threshold, name).toBe(3);
      expect(a.Metrics?.find((m) => m.Expression)?.Expression).toBe(
        'IF(invocations > 0, 100 * errors / invocations, 0)',
      );
      expect(
        a.Metrics?.map((m) => m.MetricStat?.Metric.MetricName)
          .filter(Boolean)
          .sort(),
      ).toEqual(['Errors', 'Invocations']);
    }
  });

  it('fires when the triage p99 latency passes the configured threshold', () => {
    const a = alarm('TriageLatencyP99High');
    expect(custom(a)).toEqual({ namespace: METRIC_NAMESPACE, name: METRICS.triageLatency, stat: 'p99' });
    expect(a).toMatchObject({ Threshold: 7_500, ComparisonOperator: 'GreaterThanThreshold' });
  });

  it('fires when an escalation has waited the configuration’s acknowledgement window, or the watch went silent', () => {
    const a = alarm('EscalationNotAcknowledged');
    expect(custom(a)).toEqual({ namespace: METRIC_NAMESPACE, name: METRICS.oldestPendingEscalation, stat: 'Maximum' });
    expect(a).toMatchObject({
      Threshold: ACK_MINUTES,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      TreatMissingData: 'breaching',
    });
    const dims = a.Metrics?.find((m) => m.MetricStat)?.MetricStat?.Metric.Dimensions;
    expect(dims).toEqual([{ Name: 'service', Value: METRIC_SERVICE[METRICS.oldestPendingEscalation] }]);
  });

  it('fires on any failure to publish an approved reply', () => {
    const a = alarm('ReplyPublishFailed');
    expect(custom(a)).toEqual({ namespace: METRIC_NAMESPACE, name: METRICS.replyPublishFailed, stat: 'Sum' });
    expect(a).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold' });
  });
});
