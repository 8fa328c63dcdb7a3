/** Threshold tuning for the draft route: per bucket, the lowest threshold that keeps precision. */
import type { TriageConfig } from '#core/config.ts';
import { BUCKETS, type Bucket } from '#core/schemas.ts';
import type { EvalInput } from './evaluate.ts';

export interface BucketTuning {
  bucket: Bucket;
  before: number | null;
  after: number | null;
  /** Precision and coverage (of all messages) of this bucket's drafts at the new threshold. */
  precision: number;
  coverage: number;
  reachable: boolean;
}

/** The lowest allowed threshold; below it a model's confidence says too little to draft. */
const FLOOR = 0.5;

/**
 * For each bucket that drafts:
 * 1. take the messages the pipeline gave that bucket (escalations excluded: they never draft);
 * 2. sort them by confidence, highest first;
 * 3. walk down while the drafts above keep precision ≥ target (a draft is right when the bucket
 *    is right and the message is no emergency); the lowest confidence reached is the threshold.
 * A bucket that cannot reach the target anywhere gets threshold 1 (drafts nothing) and says so.
 */
export function tuneThresholds(
  items: EvalInput[],
  config: TriageConfig,
  targetPrecision: number,
): { config: TriageConfig; buckets: BucketTuning[] } {
  const tuned = structuredClone(config);
  const buckets: BucketTuning[] = [];
  for (const bucket of BUCKETS) {
    const before = config.buckets[bucket].draftThreshold;
    if (before === null) continue;
    const predicted = items
      .filter(({ decision }) => !decision.emergency && decision.bucket === bucket)
      .map(({ row, decision }) => ({
        c: decision.confidence,
        right: row.expected.bucket === bucket && !row.expected.emergency,
      }))
      .sort((a, b) => b.c - a.c);
    let right = 0;
    let best: { t: number; precision: number; n: number } | undefined;
    predicted.forEach((p, i) => {
      if (p.right) right++;
      const next = predicted[i + 1];
      // Only cut between distinct confidences: a threshold cannot split equal scores.
      if (next && next.c === p.c) return;
      const precision = right / (i + 1);
      if (precision >= targetPrecision && p.c >= FLOOR) best = { t: p.c, precision, n: i + 1 };
    });
    const after = best ? Math.floor(best.t * 1000) / 1000 : 1;
    tuned.buckets[bucket].draftThreshold = Math.max(FLOOR, after);
    buckets.push({
      bucket,
      before,
      after: tuned.buckets[bucket].draftThreshold,
      precision: best?.precision ?? 1,
      coverage: (best?.n ?? 0) / Math.max(1, items.length),
      reachable: best !== undefined,
    });
  }
  tuned.version = `${config.version}+tuned-p${targetPrecision}`;
  return { config: tuned, buckets };
}
