/** Metrics for local mode's dashboard: every point kept in memory with its time (a bounded window). */
import type { MetricName } from '../handlers/metric-names.ts';
import type { MetricsSink, Unit } from '../handlers/observability.ts';

export interface MetricPoint {
  t: number;
  name: MetricName;
  value: number;
  unit: Unit;
  dimension?: string;
}

export class MemoryMetrics {
  readonly points: MetricPoint[] = [];
  readonly #max: number;

  constructor(max = 200_000) {
    this.#max = max;
  }

  /** A sink for one function; every function's sink feeds the same series, as CloudWatch would. */
  sink(): MetricsSink {
    return {
      add: (name, value, unit, dimension) => {
        this.points.push({ t: Date.now(), name, value, unit, ...(dimension !== undefined ? { dimension } : {}) });
        if (this.points.length > this.#max) this.points.splice(0, this.points.length - this.#max);
      },
      flush: () => {},
    };
  }
}
