/**
 * The dashboard and the alarms, built from the metric names the handlers emit
 * (functions/handlers/metric-names.ts) and nothing else: every widget and alarm below is data
 * (DASHBOARD_WIDGETS, ALARMED_METRICS), `observedMetricNames()` lists what they read, and a test
 * checks the synthesized dashboard and alarms read exactly METRICS.
 */
import { Duration } from 'aws-cdk-lib';
import type * as apigwv2 from 'aws-cdk-lib/aws-apigatewayv2';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import {
  DIMENSION_VALUES,
  METRIC_DIMENSIONS,
  METRIC_NAMESPACE,
  METRIC_SERVICE,
  METRICS,
  type MetricName,
} from '../functions/handlers/metric-names.ts';
import type { TriageFunction } from './constructs/triage-function.ts';

type Stat = 'Sum' | 'Average' | 'Maximum' | 'p10' | 'p50' | 'p90' | 'p99';

interface Line {
  readonly metric: MetricName;
  readonly stats: readonly Stat[];
  readonly axis?: 'left' | 'right';
}

interface WidgetSpec {
  readonly title: string;
  readonly lines: readonly Line[];
  readonly stacked?: boolean;
}

const sum = (metric: MetricName, axis?: 'left' | 'right'): Line => ({ metric, stats: ['Sum'], axis });
const stages = [METRICS.redactLatency, METRICS.rulesLatency, METRICS.classifyLatency, METRICS.triageLatency];

/** The dashboard's custom-metric widgets, in order. */
export const DASHBOARD_WIDGETS: readonly WidgetSpec[] = [
  { title: 'Messages triaged by bucket', lines: [sum(METRICS.triaged)], stacked: true },
  { title: 'Messages by route', lines: [sum(METRICS.routed)], stacked: true },
  { title: 'Latency per stage, p50 (ms)', lines: stages.map((metric) => ({ metric, stats: ['p50'] })) },
  { title: 'Latency per stage, p99 (ms)', lines: stages.map((metric) => ({ metric, stats: ['p99'] })) },
  {
    title: 'Classifier confidence p10 / p50 / p90',
    lines: [{ metric: METRICS.confidence, stats: ['p10', 'p50', 'p90'] }],
  },
  {
    title: 'Escalations: raised, acknowledged, oldest pending (min, right)',
    lines: [
      sum(METRICS.escalations),
      sum(METRICS.acknowledged),
      { metric: METRICS.oldestPendingEscalation, stats: ['Maximum'], axis: 'right' },
    ],
  },
  {
    title: 'Time to acknowledge an escalation (s)',
    lines: [{ metric: METRICS.timeToAcknowledge, stats: ['p50', 'p90', 'Maximum'] }],
  },
  { title: 'Classifier fallbacks by reason', lines: [sum(METRICS.fallbacks)], stacked: true },
  {
    title: 'Drafts approved / edited / rejected, reassigned',
    lines: [
      sum(METRICS.draftsApproved),
      sum(METRICS.draftsEdited),
      sum(METRICS.draftsRejected),
      sum(METRICS.reassigned),
    ],
  },
  { title: 'PHI entities per message', lines: [{ metric: METRICS.phiEntities, stats: ['Average', 'p90', 'Maximum'] }] },
  { title: 'Estimated cost (micro-USD)', lines: [sum(METRICS.estimatedCost)] },
  {
    title: 'Webhook deliveries: accepted / duplicate / rejected',
    lines: [sum(METRICS.webhookAccepted), sum(METRICS.webhookDuplicate), sum(METRICS.webhookRejected)],
    stacked: true,
  },
  { title: 'ReplyApproved publish failures', lines: [sum(METRICS.replyPublishFailed)] },
];

/** The custom metrics the alarms read. */
export const ALARMED_METRICS = [
  METRICS.triageLatency,
  METRICS.oldestPendingEscalation,
  METRICS.replyPublishFailed,
] as const;

/** Every custom metric name the dashboard and the alarms read. */
export function observedMetricNames(): MetricName[] {
  const names = new Set<MetricName>([
    ...DASHBOARD_WIDGETS.flatMap((w) => w.lines.map((l) => l.metric)),
    ...ALARMED_METRICS,
  ]);
  return [...names];
}

const PERIOD = Duration.minutes(5);

/**
 * One metric per value of its extra dimension (METRIC_DIMENSIONS), or one with `service` only:
 * a CloudWatch metric is identified by its whole dimension set, exactly as the handlers emit it.
 */
export function customMetrics(name: MetricName, statistic: string): cloudwatch.Metric[] {
  const dimension = METRIC_DIMENSIONS[name];
  const base = { namespace: METRIC_NAMESPACE, metricName: name, statistic, period: PERIOD };
  const service = METRIC_SERVICE[name];
  if (!dimension)
    return [new cloudwatch.Metric({ ...base, dimensionsMap: { service }, label: `${name} ${statistic}` })];
  return DIMENSION_VALUES[dimension].map(
    (value) =>
      new cloudwatch.Metric({
        ...base,
        dimensionsMap: { service, [dimension]: value },
        label: `${value} ${statistic}`,
      }),
  );
}

export interface ObservabilityProps {
  readonly functions: Record<string, TriageFunction>;
  readonly queue: sqs.IQueue;
  readonly deadLetterQueue: sqs.IQueue;
  readonly api: apigwv2.IHttpApi;
  readonly alarmTopic: sns.ITopic;
  /** From the triage configuration: an escalation older than this raises the alarm. */
  readonly acknowledgeWithinMinutes: number;
  readonly triageLatencyP99AlarmMs: number;
  readonly errorRateAlarmPercent: number;
}

export class Observability extends Construct {
  readonly dashboard: cloudwatch.Dashboard;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: ObservabilityProps) {
    super(scope, id);
    const action = new actions.SnsAction(props.alarmTopic);
    const alarm = (alarmId: string, p: cloudwatch.AlarmProps) => {
      const a = new cloudwatch.Alarm(this, alarmId, p);
      a.addAlarmAction(action);
      a.addOkAction(action);
      this.alarms.push(a);
      return a;
    };

    alarm('DeadLetterQueueNotEmpty', {
      alarmDescription:
        'A message failed triage maxReceiveCount times and is in the dead-letter queue: it was not triaged.',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: 'Maximum',
      }),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    for (const [name, fn] of Object.entries(props.functions)) {
      alarm(`ErrorRate-${name}`, {
        alarmDescription: `The ${name} function failed more than ${props.errorRateAlarmPercent}% of its invocations.`,
        metric: new cloudwatch.MathExpression({
          expression: 'IF(invocations > 0, 100 * errors / invocations, 0)',
          usingMetrics: {
            errors: fn.function.metricErrors({ period: PERIOD, statistic: 'Sum' }),
            invocations: fn.function.metricInvocations({ period: PERIOD, statistic: 'Sum' }),
          },
          label: `${name} error rate (%)`,
          period: PERIOD,
        }),
        threshold: props.errorRateAlarmPercent,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
        evaluationPeriods: 3,
        datapointsToAlarm: 2,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    }
    alarm('TriageLatencyP99High', {
      alarmDescription: `Triage p99 latency above ${props.triageLatencyP99AlarmMs} ms for 15 minutes.`,
      metric: one(METRICS.triageLatency, 'p99'),
      threshold: props.triageLatencyP99AlarmMs,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 3,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    // The watch reports every run (0 when nothing is pending): no data means the watch itself
    // stopped, which must page as loudly as a late acknowledgement.
    alarm('EscalationNotAcknowledged', {
      alarmDescription: `An escalation has waited ${props.acknowledgeWithinMinutes} minutes or more without acknowledgement (or the escalation watch stopped reporting).`,
      metric: one(METRICS.oldestPendingEscalation, 'Maximum'),
      threshold: props.acknowledgeWithinMinutes,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.BREACHING,
    });
    alarm('ReplyPublishFailed', {
      alarmDescription: 'An approved reply could not be published to the event bus: the patient will not receive it.',
      metric: one(METRICS.replyPublishFailed, 'Sum'),
      threshold: 0,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });

    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.hours(24),
    });
    const widgets: cloudwatch.IWidget[] = DASHBOARD_WIDGETS.map((w) => {
      const metricsOf = (axis: 'left' | 'right') =>
        w.lines
          .filter((l) => (l.axis ?? 'left') === axis)
          .flatMap((l) => l.stats.flatMap((s) => customMetrics(l.metric, s)));
      return new cloudwatch.GraphWidget({
        title: w.title,
        left: metricsOf('left'),
        right: metricsOf('right'),
        stacked: w.stacked ?? false,
        width: 12,
        height: 6,
      });
    });
    widgets.push(
      new cloudwatch.GraphWidget({
        title: 'Dead-letter queue depth; triage queue depth and oldest message age (s, right)',
        left: [
          props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
            period: PERIOD,
            statistic: 'Maximum',
            label: 'DLQ visible',
          }),
          props.queue.metricApproximateNumberOfMessagesVisible({
            period: PERIOD,
            statistic: 'Maximum',
            label: 'queue visible',
          }),
        ],
        right: [
          props.queue.metricApproximateAgeOfOldestMessage({
            period: PERIOD,
            statistic: 'Maximum',
            label: 'oldest (s)',
          }),
        ],
        width: 12,
        height: 6,
      }),
      new cloudwatch.GraphWidget({
        title: 'Function errors and throttles',
        left: Object.entries(props.functions).flatMap(([name, fn]) => [
          fn.function.metricErrors({ period: PERIOD, statistic: 'Sum', label: `${name} errors` }),
          fn.function.metricThrottles({ period: PERIOD, statistic: 'Sum', label: `${name} throttles` }),
        ]),
        width: 12,
        height: 6,
      }),
      new cloudwatch.GraphWidget({
        title: 'HTTP API: 4xx, 5xx; latency p99 (ms, right)',
        left: [
          props.api.metricClientError({ period: PERIOD, statistic: 'Sum', label: '4xx' }),
          props.api.metricServerError({ period: PERIOD, statistic: 'Sum', label: '5xx' }),
        ],
        right: [props.api.metricLatency({ period: PERIOD, statistic: 'p99', label: 'latency p99' })],
        width: 12,
        height: 6,
      }),
      new cloudwatch.AlarmStatusWidget({ title: 'Alarms', alarms: this.alarms, width: 24, height: 4 }),
    );
    this.dashboard.addWidgets(...widgets);
  }
}

/** A metric with no extra dimension (the alarms read these). */
function one(name: MetricName, statistic: string): cloudwatch.Metric {
  const [m] = customMetrics(name, statistic);
  if (!m || METRIC_DIMENSIONS[name]) throw new Error(`${name} has an extra dimension: alarm on one of its values`);
  return m;
}
