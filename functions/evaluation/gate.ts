/**
 * The regression gate: figures on the held-out split may not fall below the committed baseline.
 * Updating the baseline is a deliberate command (`npm run baseline`), never a side effect.
 */
import * as z from 'zod/mini';
import '#core/zod-locale.ts';
import type { EvalReport } from './evaluate.ts';

export const Baseline = z.object({
  dataset: z.string(),
  messages: z.number().check(z.int()),
  configVersion: z.string(),
  classifierVersion: z.string(),
  emergencyRecall: z.number(),
  emergencyFalseAlarmRate: z.number(),
  phiCharRecall: z.number(),
  phiCharPrecision: z.number(),
  accuracy: z.number(),
  macroF1: z.number(),
  createdAt: z.string(),
});
export type Baseline = z.infer<typeof Baseline>;

/** Allowed drops, in absolute terms. */
export const TOLERANCE = { phiCharRecall: 0.005, accuracy: 0.01 } as const;

export function baselineOf(
  report: EvalReport,
  meta: { dataset: string; classifierVersion: string; createdAt: string },
): Baseline {
  return {
    dataset: meta.dataset,
    messages: report.messages,
    configVersion: report.configVersion,
    classifierVersion: meta.classifierVersion,
    emergencyRecall: report.emergency.recall,
    emergencyFalseAlarmRate: report.emergency.falseAlarmRate,
    phiCharRecall: report.phi.charRecall,
    phiCharPrecision: report.phi.charPrecision,
    accuracy: report.buckets.accuracy,
    macroF1: report.buckets.macroF1,
    createdAt: meta.createdAt,
  };
}

/**
 * The failures, empty when the gate passes:
 * 1. emergency recall below 100% (or, if the baseline itself records a miss, below the baseline);
 * 2. PHI character recall more than 0.5 points under the baseline;
 * 3. bucket accuracy more than 1 point under the baseline.
 */
export function gate(report: EvalReport, baseline: Baseline): string[] {
  const failures: string[] = [];
  const pts = (x: number) => `${(x * 100).toFixed(2)}%`;
  const requiredRecall = Math.min(1, baseline.emergencyRecall);
  if (report.emergency.recall < requiredRecall) {
    failures.push(
      `emergency recall ${pts(report.emergency.recall)} < ${pts(requiredRecall)} (missed: ${report.emergency.missed.join(', ')})`,
    );
  }
  if (report.phi.charRecall < baseline.phiCharRecall - TOLERANCE.phiCharRecall) {
    failures.push(
      `PHI character recall ${pts(report.phi.charRecall)} is more than 0.5 points under the baseline ${pts(baseline.phiCharRecall)}`,
    );
  }
  if (report.buckets.accuracy < baseline.accuracy - TOLERANCE.accuracy) {
    failures.push(
      `bucket accuracy ${pts(report.buckets.accuracy)} is more than 1 point under the baseline ${pts(baseline.accuracy)}`,
    );
  }
  return failures;
}
