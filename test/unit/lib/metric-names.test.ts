/**
 * Metric names are an interface between the handlers and CDK: the synthesized dashboard and
 * alarms must read exactly the metrics the handlers emit, with the dimensions they emit them with.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DIMENSION_VALUES,
  METRIC_DIMENSIONS,
  METRIC_NAMESPACE,
  METRIC_SERVICE,
  METRICS,
  type MetricName,
} from '../../../functions/handlers/metric-names.ts';
import { observedMetricNames } from '../../../lib/observability.ts';
import { render, resourcesOf, type Synthesized, synthesize } from './synth.ts';

/** A custom metric as the dashboard or an alarm reads it: its name and its dimensions. */
interface Read {
  name: string;
  dimensions: Record<string, string>;
  where: string;
}

function dashboardReads(s: Synthesized): Read[] {
  const [[, dashboard] = []] = resourcesOf(s.statelessTemplate, 'AWS::CloudWatch::Dashboard');
  const body = JSON.parse(render(dashboard?.Properties?.DashboardBody)) as {
    widgets: { properties: { title?: string; metrics?: unknown[][] } }[];
  };
  const reads: Read[] = [];
  for (const w of body.widgets) {
    for (const row of w.properties.metrics ?? []) {
      // [namespace, name, dim1, value1, …, {options}]; math expressions are objects only.
      if (row[0] !== METRIC_NAMESPACE) continue;
      const fields = row.filter((x): x is string => typeof x === 'string');
      const dimensions: Record<string, string> = {};
      for (let i = 2; i + 1 < fields.length; i += 2) dimensions[fields[i] as string] = fields[i + 1] as string;
      reads.push({ name: fields[1] as string, dimensions, where: `widget "${w.properties.title}"` });
    }
  }
  return reads;
}

function alarmReads(s: Synthesized): Read[] {
  const reads: Read[] = [];
  type Dim = { Name: string; Value: unknown };
  const dims = (list: Dim[] | undefined) => Object.fromEntries((list ?? []).map((d) => [d.Name, render(d.Value)]));
  for (const [id, alarm] of resourcesOf(s.statelessTemplate, 'AWS::CloudWatch::Alarm')) {
    const p = alarm.Properties as {
      Namespace?: string;
      MetricName?: string;
      Dimensions?: Dim[];
      Metrics?: { MetricStat?: { Metric: { Namespace: string; MetricName: string; Dimensions?: Dim[] } } }[];
    };
    if (p.Namespace === METRIC_NAMESPACE && p.MetricName) {
      reads.push({ name: p.MetricName, dimensions: dims(p.Dimensions), where: `alarm ${id}` });
    }
    for (const m of p.Metrics ?? []) {
      const metric = m.MetricStat?.Metric;
      if (metric?.Namespace === METRIC_NAMESPACE) {
        reads.push({ name: metric.MetricName, dimensions: dims(metric.Dimensions), where: `alarm ${id}` });
      }
    }
  }
  return reads;
}

describe('metric names shared by the handlers and the dashboard and alarms', () => {
  let s: Synthesized;
  let reads: Read[];
  beforeAll(() => {
    s = synthesize();
    reads = [...dashboardReads(s), ...alarmReads(s)];
  });

  it('reads exactly the metrics the handlers emit, no more and no fewer', () => {
    const read = new Set(reads.map((r) => r.name));
    expect([...read].sort()).toEqual(Object.values(METRICS).sort());
  });

  it('lists, in lib, the same names the synthesized template reads', () => {
    expect([...observedMetricNames()].sort()).toEqual([...new Set(reads.map((r) => r.name))].sort());
  });

  it('reads each metric with the service that emits it, and only the dimensions it is emitted with', () => {
    for (const r of reads) {
      const name = r.name as MetricName;
      const extra = METRIC_DIMENSIONS[name];
      expect(r.dimensions.service, `${r.where}: ${name}`).toBe(METRIC_SERVICE[name]);
      expect(Object.keys(r.dimensions).sort(), `${r.where}: ${name}`).toEqual(
        ['service', ...(extra ? [extra] : [])].sort(),
      );
    }
  });

  it('draws one line per value of a metric’s extra dimension', () => {
    for (const [name, dimension] of Object.entries(METRIC_DIMENSIONS)) {
      if (!dimension) continue;
      const values = new Set(reads.filter((r) => r.name === name).map((r) => r.dimensions[dimension]));
      expect([...values].sort(), name).toEqual([...DIMENSION_VALUES[dimension]].sort());
    }
  });

  it('alarms on the triage latency, the oldest pending escalation and reply publishing failures', () => {
    const alarmed = new Set(alarmReads(s).map((r) => r.name));
    expect(alarmed).toEqual(
      new Set([METRICS.triageLatency, METRICS.oldestPendingEscalation, METRICS.replyPublishFailed]),
    );
  });
});
