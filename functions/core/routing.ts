/** The routing policy: from red flags, classification and configuration to a route and its reasons. */
import type { TriageConfig } from './config.ts';
import type { ClassifierResult } from './ports.ts';
import type { RedFlagHit } from './redflags/engine.ts';
import type { Bucket, Route } from './schemas.ts';

export interface RouteInput {
  redFlags: readonly RedFlagHit[];
  /** `undefined` when classification did not run (redaction failed: fail closed). */
  classification: ClassifierResult | undefined;
  redactionFailed: boolean;
}

export interface RouteDecision {
  route: Route;
  bucket: Bucket;
  confidence: number;
  emergency: boolean;
  queue: string;
  reasons: string[];
}

/**
 * 1. A red flag escalates, whatever the model says (bucket symptom, escalation queue); so does
 *    the classifier's own urgency reading at or above its threshold (it can only add escalations).
 * 2. A failed redaction or classification goes to review in the bucket's or the front-desk queue.
 * 3. A bucket with no draft threshold (symptom, other) goes to review in its queue.
 * 4. Confidence at or above the bucket's threshold drafts; under it, review.
 */
export function routePolicy(input: RouteInput, config: TriageConfig): RouteDecision {
  const { classification: c } = input;
  const confidence = c?.ok ? c.confidence : 0;
  const urgency = c?.ok && config.escalation.useClassifierUrgency ? c.emergency : undefined;
  const urgent = urgency !== undefined && urgency.probability >= urgency.threshold;
  if (input.redFlags.length > 0 || urgent) {
    const reasons = input.redFlags.map((h) => `red flag ${h.rule}`);
    if (urgent)
      reasons.push(`classifier urgency ${urgency.probability.toFixed(2)} >= threshold ${urgency.threshold.toFixed(2)}`);
    return {
      route: 'escalate',
      bucket: 'symptom',
      confidence,
      emergency: true,
      queue: config.escalation.queue,
      reasons,
    };
  }
  if (input.redactionFailed || !c) {
    return review('other', 0, config, ['redaction failed: classifier not called (fail closed)']);
  }
  if (!c.ok) {
    return review('other', 0, config, [`classifier ${c.reason}: routed to human review`]);
  }
  const policy = config.buckets[c.bucket];
  if (policy.draftThreshold === null) {
    return review(c.bucket, c.confidence, config, [`bucket ${c.bucket} is always reviewed by staff`]);
  }
  const t = policy.draftThreshold;
  if (c.confidence >= t) {
    return {
      route: 'draft',
      bucket: c.bucket,
      confidence: c.confidence,
      emergency: false,
      queue: policy.queue,
      reasons: [`bucket ${c.bucket} confidence ${c.confidence.toFixed(2)} >= threshold ${t}`],
    };
  }
  return review(c.bucket, c.confidence, config, [
    `bucket ${c.bucket} confidence ${c.confidence.toFixed(2)} < threshold ${t}`,
  ]);
}

function review(bucket: Bucket, confidence: number, config: TriageConfig, reasons: string[]): RouteDecision {
  return { route: 'review', bucket, confidence, emergency: false, queue: config.buckets[bucket].queue, reasons };
}
