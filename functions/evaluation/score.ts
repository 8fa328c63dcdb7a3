/** Scoring a pipeline's decisions against labels. Pure functions over plain data. */
import { BUCKETS, type Bucket, PHI_TYPES, type PhiSpan, type PhiType } from '#core/schemas.ts';

export interface PhiScore {
  charRecall: number;
  charPrecision: number;
  labelledChars: number;
  predictedChars: number;
  byType: Record<string, { recall: number; labelledChars: number }>;
  messagesWithLeak: number;
  /** Spans with any character left unredacted: id, type and offsets only. */
  leaks: { id: string; type: PhiType; start: number; end: number }[];
}

function mask(len: number, spans: readonly PhiSpan[]): Uint8Array {
  const m = new Uint8Array(len);
  for (const s of spans) for (let i = Math.max(0, s.start); i < Math.min(len, s.end); i++) m[i] = 1;
  return m;
}

/** Characters that count: white space inside a span is neither PHI nor a leak. */
const counts = (text: string, i: number) => !/\s/.test(text[i] as string);

export function scorePhi(
  items: { id: string; text: string; expected: readonly PhiSpan[]; predicted: readonly PhiSpan[] }[],
): PhiScore {
  let tp = 0;
  let labelled = 0;
  let predictedChars = 0;
  const perType = new Map<PhiType, { hit: number; total: number }>(PHI_TYPES.map((t) => [t, { hit: 0, total: 0 }]));
  const leaks: PhiScore['leaks'] = [];
  const leakyMessages = new Set<string>();
  for (const it of items) {
    const pred = mask(it.text.length, it.predicted);
    const gold = mask(it.text.length, it.expected);
    for (let i = 0; i < it.text.length; i++) {
      if (!counts(it.text, i)) continue;
      if (pred[i]) predictedChars++;
      if (gold[i]) {
        labelled++;
        if (pred[i]) tp++;
      }
    }
    for (const s of it.expected) {
      const t = perType.get(s.type) as { hit: number; total: number };
      let leaked = false;
      for (let i = s.start; i < s.end; i++) {
        if (!counts(it.text, i)) continue;
        t.total++;
        if (pred[i]) t.hit++;
        else leaked = true;
      }
      if (leaked) {
        leaks.push({ id: it.id, type: s.type, start: s.start, end: s.end });
        leakyMessages.add(it.id);
      }
    }
  }
  const byType: PhiScore['byType'] = {};
  for (const [type, v] of perType) if (v.total) byType[type] = { recall: v.hit / v.total, labelledChars: v.total };
  return {
    charRecall: labelled ? tp / labelled : 1,
    charPrecision: predictedChars ? tp / predictedChars : 1,
    labelledChars: labelled,
    predictedChars,
    byType,
    messagesWithLeak: leakyMessages.size,
    leaks,
  };
}

export interface ClassScore {
  accuracy: number;
  macroF1: number;
  perBucket: Record<Bucket, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[expected][predicted] */
  confusion: Record<Bucket, Record<Bucket, number>>;
}

export function scoreBuckets(pairs: { expected: Bucket; predicted: Bucket }[]): ClassScore {
  const confusion = Object.fromEntries(
    BUCKETS.map((e) => [e, Object.fromEntries(BUCKETS.map((p) => [p, 0]))]),
  ) as ClassScore['confusion'];
  let right = 0;
  for (const p of pairs) {
    confusion[p.expected][p.predicted]++;
    if (p.expected === p.predicted) right++;
  }
  const perBucket = {} as ClassScore['perBucket'];
  let f1Sum = 0;
  let present = 0;
  for (const b of BUCKETS) {
    const tp = confusion[b][b];
    const support = BUCKETS.reduce((n, p) => n + confusion[b][p], 0);
    const predicted = BUCKETS.reduce((n, e) => n + confusion[e][b], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perBucket[b] = { precision, recall, f1, support };
    if (support) {
      f1Sum += f1;
      present++;
    }
  }
  return {
    accuracy: pairs.length ? right / pairs.length : 0,
    macroF1: present ? f1Sum / present : 0,
    perBucket,
    confusion,
  };
}

export interface EmergencyScore {
  recall: number;
  falseAlarmRate: number;
  positives: number;
  negatives: number;
  missed: string[];
  falseAlarms: string[];
}

export function scoreEmergencies(items: { id: string; expected: boolean; predicted: boolean }[]): EmergencyScore {
  const pos = items.filter((i) => i.expected);
  const neg = items.filter((i) => !i.expected);
  const missed = pos.filter((i) => !i.predicted).map((i) => i.id);
  const falseAlarms = neg.filter((i) => i.predicted).map((i) => i.id);
  return {
    recall: pos.length ? (pos.length - missed.length) / pos.length : 1,
    falseAlarmRate: neg.length ? falseAlarms.length / neg.length : 0,
    positives: pos.length,
    negatives: neg.length,
    missed,
    falseAlarms,
  };
}

/** Expected calibration error over equal-width confidence bins, with the bins for a reliability diagram. */
export function calibration(items: { confidence: number; correct: boolean }[], bins = 10) {
  const b = Array.from({ length: bins }, (_, i) => ({ lo: i / bins, hi: (i + 1) / bins, n: 0, conf: 0, acc: 0 }));
  for (const it of items) {
    const bin = b[Math.min(bins - 1, Math.floor(it.confidence * bins))] as (typeof b)[number];
    bin.n++;
    bin.conf += it.confidence;
    bin.acc += it.correct ? 1 : 0;
  }
  let ece = 0;
  for (const bin of b) {
    if (!bin.n) continue;
    bin.conf /= bin.n;
    bin.acc /= bin.n;
    ece += (bin.n / items.length) * Math.abs(bin.acc - bin.conf);
  }
  return { ece, bins: b };
}

export function percentile(values: readonly number[], p: number): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}
