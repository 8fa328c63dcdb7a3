/**
 * Builds the evaluation report from labelled messages and the pipeline's decisions.
 * Pure: no I/O, no text in the result unless `showText` (a feedback export holds real PHI).
 */

import type { TriageConfig } from '#core/config.ts';
import { type MessageCost, messageCost } from '#core/cost.ts';
import { BUCKETS, type Bucket, type Decision, PHI_TYPES } from '#core/schemas.ts';
import type { LabelledMessage } from './dataset.ts';
import { calibration, percentile, scoreBuckets, scoreEmergencies, scorePhi } from './score.ts';

export interface EvalInput {
  row: LabelledMessage;
  decision: Decision;
}

/** Buckets whose replies can be drafted, with their configured thresholds. */
function draftable(config: TriageConfig): Bucket[] {
  return BUCKETS.filter((b) => config.buckets[b].draftThreshold !== null);
}

/**
 * Coverage (share of all messages drafted) and error (share of drafts whose bucket is wrong or
 * that were emergencies) if every draftable bucket used threshold t.
 */
export function draftCurve(items: EvalInput[], config: TriageConfig, thresholds = range(0.5, 1.0, 0.01)) {
  const buckets = new Set(draftable(config));
  return thresholds.map((t) => {
    let drafted = 0;
    let wrong = 0;
    for (const { row, decision } of items) {
      if (decision.emergency || !buckets.has(decision.bucket) || decision.confidence < t) continue;
      drafted++;
      if (row.expected.emergency || row.expected.bucket !== decision.bucket) wrong++;
    }
    return {
      threshold: round(t, 2),
      coverage: drafted / Math.max(1, items.length),
      errorRate: drafted ? wrong / drafted : 0,
    };
  });
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + 1e-9; v += step) out.push(round(v, 4));
  return out;
}
const round = (x: number, d = 4) => Math.round(x * 10 ** d) / 10 ** d;

/** Type-level PHI precision: predicted characters of a type that fall inside any labelled span. */
function phiPrecisionByType(items: EvalInput[]) {
  const out: Record<string, { precision: number; predictedChars: number }> = {};
  for (const type of PHI_TYPES) {
    let predicted = 0;
    let right = 0;
    for (const { row, decision } of items) {
      for (const s of decision.phi) {
        if (s.type !== type) continue;
        for (let i = s.start; i < s.end; i++) {
          if (/\s/.test(row.text[i] as string)) continue;
          predicted++;
          if (row.expected.phi.some((g) => g.start <= i && i < g.end)) right++;
        }
      }
    }
    if (predicted) out[type] = { precision: right / predicted, predictedChars: predicted };
  }
  return out;
}

/** What a message would cost on the AWS back ends, from character counts and prices in configuration. */
export function costPer1000(items: EvalInput[], config: TriageConfig) {
  const n = Math.max(1, items.length);
  const costs = items.map(({ row }) => messageCost(row.text.length, config));
  const mean = (f: (c: MessageCost) => number) => costs.reduce((s, c) => s + f(c), 0) / n;
  return {
    backends: config.backends,
    averageChars: round(items.reduce((s, { row }) => s + row.text.length, 0) / n, 1),
    detectPhiUnitsPerMessage: round(
      mean((c) => c.detectPhiUnits),
      3,
    ),
    bedrockInputTokensPerMessage: round(
      mean((c) => c.bedrockInputTokens),
      1,
    ),
    configured: round(1000 * mean((c) => c.configured), 4),
    allAws: round(1000 * mean((c) => c.allAws), 4),
    perComponent: {
      comprehendMedical: round(1000 * mean((c) => c.comprehendMedical), 4),
      bedrock: round(1000 * mean((c) => c.bedrock), 4),
    },
  };
}

export function evaluate(
  items: EvalInput[],
  config: TriageConfig,
  opts: { showText?: boolean; drugNames?: ReadonlySet<string> } = {},
) {
  const phi = scorePhi(
    items.map(({ row, decision }) => ({
      id: row.id,
      text: row.text,
      expected: row.expected.phi,
      predicted: decision.phi,
    })),
  );
  const emergency = scoreEmergencies(
    items.map(({ row, decision }) => ({ id: row.id, expected: row.expected.emergency, predicted: decision.emergency })),
  );
  const buckets = scoreBuckets(
    items.map(({ row, decision }) => ({ expected: row.expected.bucket, predicted: decision.bucket })),
  );
  // Calibration of the bucket confidence, over messages the classifier decided (not escalations).
  const calib = calibration(
    items
      .filter(({ decision }) => !decision.emergency)
      .map(({ row, decision }) => ({
        confidence: decision.confidence,
        correct: decision.bucket === row.expected.bucket,
      })),
  );
  const drafted = items.filter(({ decision }) => decision.route === 'draft');
  const draftErrors = drafted.filter(
    ({ row, decision }) => row.expected.emergency || row.expected.bucket !== decision.bucket,
  ).length;

  const drugNamesRedacted: { id: string; start: number; end: number; value?: string }[] = [];
  if (opts.drugNames) {
    for (const { row, decision } of items) {
      for (const m of row.text.matchAll(/[A-Za-z][A-Za-z-]+/g)) {
        if (!opts.drugNames.has(m[0].toLowerCase())) continue;
        const [s, e] = [m.index, m.index + m[0].length];
        const inside = (spans: readonly { start: number; end: number }[]) =>
          spans.some((p) => p.start < e && p.end > s);
        if (inside(decision.phi) && !inside(row.expected.phi))
          drugNamesRedacted.push({ id: row.id, start: s, end: e, ...(opts.showText ? { value: m[0] } : {}) });
      }
    }
  }

  const stages = [...new Set(items.flatMap(({ decision }) => Object.keys(decision.timings)))];
  const latency = Object.fromEntries(
    stages.map((s) => {
      const v = items.map(({ decision }) => decision.timings[s] ?? 0);
      return [s, { p50: round(percentile(v, 50)), p99: round(percentile(v, 99)) }];
    }),
  );

  const tags = [...new Set(items.flatMap(({ row }) => row.tags))].sort();
  const byTag = Object.fromEntries(
    tags.map((tag) => {
      const sub = items.filter(({ row }) => row.tags.includes(tag));
      const right = sub.filter(({ row, decision }) => row.expected.bucket === decision.bucket).length;
      const em = sub.filter(({ row }) => row.expected.emergency);
      return [
        tag,
        {
          messages: sub.length,
          accuracy: right / sub.length,
          emergencies: em.length,
          emergencyRecall: em.length ? em.filter(({ decision }) => decision.emergency).length / em.length : null,
        },
      ];
    }),
  );

  const textOf = new Map(items.map(({ row }) => [row.id, row.text]));
  const curve = draftCurve(items, config);
  const thresholds = Object.fromEntries(BUCKETS.map((b) => [b, config.buckets[b].draftThreshold]));
  return {
    messages: items.length,
    configVersion: config.version,
    emergency,
    buckets,
    phi: {
      charRecall: phi.charRecall,
      charPrecision: phi.charPrecision,
      labelledChars: phi.labelledChars,
      predictedChars: phi.predictedChars,
      recallByType: phi.byType,
      precisionByType: phiPrecisionByType(items),
      messagesWithPhi: items.filter(({ row }) => row.expected.phi.length > 0).length,
      messagesWithLeak: phi.messagesWithLeak,
      shareOfMessagesWithLeak:
        phi.messagesWithLeak / Math.max(1, items.filter(({ row }) => row.expected.phi.length > 0).length),
      leaks: opts.showText
        ? phi.leaks.map((l) => ({ ...l, value: textOf.get(l.id)?.slice(l.start, l.end) ?? '' }))
        : phi.leaks,
      drugNamesRedacted,
    },
    calibration: calib,
    draftRoute: {
      thresholds,
      coverage: drafted.length / Math.max(1, items.length),
      errorRate: drafted.length ? draftErrors / drafted.length : 0,
      drafted: drafted.length,
      curve,
    },
    latency,
    cost: costPer1000(items, config),
    byTag,
  };
}
export type EvalReport = ReturnType<typeof evaluate>;
