/**
 * What the handlers log and count, behind two small interfaces: Powertools in Lambda, capturing
 * fakes in tests, an in-memory sink in local mode. Logs carry ids and decisions, never text.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRIC_DIMENSIONS, METRIC_NAMESPACE, type MetricName } from './metric-names.ts';

/** Attributes are ids, counts, names of rules and routes: never message text or PHI. */
export type LogAttributes = Record<string, string | number | boolean | null | undefined | string[]>;

export interface Log {
  info(message: string, attributes?: LogAttributes): void;
  warn(message: string, attributes?: LogAttributes): void;
  error(message: string, attributes?: LogAttributes): void;
}

export type Unit = 'Count' | 'Milliseconds' | 'Seconds' | 'None';

export interface MetricsSink {
  /** `dimension` is the value of the metric's one extra dimension (METRIC_DIMENSIONS), if it has one. */
  add(name: MetricName, value: number, unit: Unit, dimension?: string): void;
  /** Called once at the end of each invocation. */
  flush(): void;
}

export function powertoolsLogger(serviceName: string): Log {
  const logger = new Logger({ serviceName });
  return {
    info: (m, a) => logger.info(m, { ...a }),
    warn: (m, a) => logger.warn(m, { ...a }),
    error: (m, a) => logger.error(m, { ...a }),
  };
}

export function powertoolsMetrics(serviceName: string): MetricsSink {
  const metrics = new Metrics({ namespace: METRIC_NAMESPACE, serviceName });
  return {
    add(name, value, unit, dimension) {
      const dimensionName = METRIC_DIMENSIONS[name];
      if (dimensionName && dimension !== undefined) {
        // A metric with its own dimension is flushed on its own, so the dimension applies to it alone.
        const single = metrics.singleMetric();
        single.addDimension(dimensionName, dimension);
        single.addMetric(name, MetricUnit[unit === 'None' ? 'NoUnit' : unit], value);
        return;
      }
      metrics.addMetric(name, MetricUnit[unit === 'None' ? 'NoUnit' : unit], value);
    },
    flush: () => metrics.publishStoredMetrics(),
  };
}

/** An error's class name only: messages can quote input. */
export const errorName = (e: unknown): string => (e instanceof Error ? e.name : typeof e);
