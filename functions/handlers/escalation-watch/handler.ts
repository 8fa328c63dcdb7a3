/**
 * Runs every few minutes and reports how long the oldest pending escalation has waited. The
 * alarm on that metric fires when an escalation is not acknowledged within its window.
 */

import type { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import type { TriageConfig } from '#core/config.ts';
import type { Clock } from '#core/ports.ts';
import { METRICS } from '../metric-names.ts';
import type { Log, MetricsSink } from '../observability.ts';

export interface EscalationWatchDeps {
  store: Pick<DynamoStore, 'listQueue'>;
  config: TriageConfig;
  clock: Pick<Clock, 'now'>;
  log: Log;
  metrics: MetricsSink;
}

export function makeEscalationWatchHandler(deps: EscalationWatchDeps) {
  const queues = [
    ...new Set([deps.config.escalation.queue, ...Object.values(deps.config.buckets).map((b) => b.queue)]),
  ];

  /**
   * 1. Read the head of every queue: the index orders by priority, then age, so a queue's
   *    oldest pending escalation, if any, is its first item (an escalation may have been
   *    reassigned out of the urgent queue, so every queue is read).
   * 2. Report the oldest one's wait in minutes (0 when none is pending): a steady series keeps
   *    the alarm's "missing data" state meaningful.
   */
  return async function handle(): Promise<{ oldestMinutes: number }> {
    try {
      const now = deps.clock.now().getTime();
      const heads = await Promise.all(queues.map((q) => deps.store.listQueue(q, { limit: 1 })));
      const waits = heads
        .flatMap((page) => page.items)
        .filter((s) => s.status === 'pending' && s.route === 'escalate')
        .map((s) => (now - Date.parse(s.createdAt)) / 60_000);
      const oldestMinutes = Math.max(0, ...waits);
      deps.metrics.add(METRICS.oldestPendingEscalation, Math.round(oldestMinutes * 10) / 10, 'None');
      if (oldestMinutes >= deps.config.escalation.acknowledgeWithinMinutes) {
        deps.log.warn('escalation waiting past its window', { oldestMinutes, pending: waits.length });
      }
      return { oldestMinutes };
    } finally {
      deps.metrics.flush();
    }
  };
}
