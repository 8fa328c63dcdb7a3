/**
 * Training the local classifier: softmax regression with AdaGrad and L2, in a fixed order
 * from a seeded shuffle, so the same corpus always gives the same bytes; temperature scaling
 * fitted on out-of-fold predictions, so that confidence means probability.
 */
import { BUCKETS, type Bucket } from '#core/schemas.ts';
import { featurise } from './features.ts';
import { LinearHead, type LinearModel, softmax } from './model.ts';

export interface TrainOptions {
  dim: number;
  epochs: number;
  learningRate: number;
  l2: number;
  seed: number;
  folds: number;
}

export const DEFAULT_TRAIN_OPTIONS: TrainOptions = {
  dim: 1 << 17,
  epochs: 15,
  learningRate: 0.2,
  l2: 1e-5,
  seed: 7,
  folds: 5,
};

interface Example {
  x: { idx: Int32Array; val: Float32Array };
  y: number;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffled(n: number, rand: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

function fitHead(examples: Example[], classes: readonly string[], opts: TrainOptions): LinearHead {
  const C = classes.length;
  const w = Array.from({ length: C }, () => new Float32Array(opts.dim));
  const g2 = Array.from({ length: C }, () => new Float32Array(opts.dim));
  const bias = new Float64Array(C);
  const bg2 = new Float64Array(C);
  const rand = mulberry32(opts.seed);
  const head = new LinearHead(opts.dim, classes, w, bias);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const n of shuffled(examples.length, rand)) {
      const { x, y } = examples[n] as Example;
      const p = softmax(head.logitsOf(x));
      for (let c = 0; c < C; c++) {
        const err = (p[c] as number) - (c === y ? 1 : 0);
        const wc = w[c] as Float32Array;
        const gc = g2[c] as Float32Array;
        for (let k = 0; k < x.idx.length; k++) {
          const i = x.idx[k] as number;
          const grad = err * (x.val[k] as number) + opts.l2 * (wc[i] as number);
          gc[i] = (gc[i] as number) + grad * grad;
          wc[i] = (wc[i] as number) - (opts.learningRate * grad) / Math.sqrt((gc[i] as number) + 1e-8);
        }
        bg2[c] = (bg2[c] as number) + err * err;
        bias[c] = (bias[c] as number) - (opts.learningRate * err) / Math.sqrt((bg2[c] as number) + 1e-8);
      }
    }
  }
  return head;
}

/** Temperature minimising negative log-likelihood of out-of-fold logits (golden-section search). */
export function fitTemperature(logits: Float64Array[], labels: number[]): number {
  const nll = (t: number) => {
    let s = 0;
    for (let i = 0; i < logits.length; i++)
      s -= Math.log(Math.max(1e-12, softmax(logits[i] as Float64Array, t)[labels[i] as number] as number));
    return s;
  };
  let lo = 0.05;
  let hi = 10;
  const phi = (Math.sqrt(5) - 1) / 2;
  for (let k = 0; k < 60; k++) {
    const a = hi - phi * (hi - lo);
    const b = lo + phi * (hi - lo);
    if (nll(a) < nll(b)) hi = b;
    else lo = a;
  }
  return (lo + hi) / 2;
}

/** A head trained on examples that are each their own group (see `trainGroupedHead`). */
function trainHead(examples: Example[], classes: readonly string[], opts: TrainOptions) {
  return trainGroupedHead(
    examples,
    classes,
    opts,
    examples.map((_, i) => i),
  );
}

export interface TrainResult {
  model: LinearModel;
  /** Out-of-fold accuracy of the bucket head: an honest estimate from the training data alone. */
  crossValidatedAccuracy: number;
  /** Out-of-fold calibrated bucket probabilities, in input order (for tuning without the test split). */
  outOfFold: Float64Array[];
  /** Out-of-fold calibrated emergency probabilities, in input order. */
  emergencyOutOfFold: number[];
}

export function train(
  data: { text: string; bucket: Bucket; emergency: boolean }[],
  opts: TrainOptions = DEFAULT_TRAIN_OPTIONS,
  chooseEmergencyThreshold: (oof: number[]) => number = () => 0.5,
): TrainResult {
  const features = data.map((d) => featurise(d.text, opts.dim));
  const bucket = trainHead(
    features.map((x, i) => ({ x, y: BUCKETS.indexOf((data[i] as (typeof data)[number]).bucket) })),
    BUCKETS,
    opts,
  );
  const emergency = trainHead(
    features.map((x, i) => ({ x, y: (data[i] as (typeof data)[number]).emergency ? 1 : 0 })),
    ['no', 'yes'],
    opts,
  );
  const emergencyOutOfFold = emergency.outOfFold.map((p) => p[1] as number);
  let right = 0;
  bucket.outOfFold.forEach((p, i) => {
    if (p.indexOf(Math.max(...p)) === BUCKETS.indexOf((data[i] as (typeof data)[number]).bucket)) right++;
  });
  return {
    model: {
      dim: opts.dim,
      bucket: bucket.head,
      emergency: emergency.head,
      emergencyThreshold: chooseEmergencyThreshold(emergencyOutOfFold),
    },
    crossValidatedAccuracy: right / data.length,
    outOfFold: bucket.outOfFold,
    emergencyOutOfFold,
  };
}

/**
 * The emergency safety net's threshold: the lowest one the false-alarm budget allows, counting the
 * alarms the rules already raise. It is deliberately not "just enough to cover what the rules
 * miss on the training split": the rules are tuned on that split and catch nearly all of it, which
 * would switch the net off exactly where it matters, on messages written by other people.
 * Never below `minimum`, where the net's reading means little.
 */
export function chooseThreshold(
  items: { p: number; emergency: boolean; caughtByRules: boolean }[],
  maxFalseAlarmRate: number,
  minimum = 0.2,
): number {
  const negatives = items.filter((i) => !i.emergency);
  const budget = Math.floor(maxFalseAlarmRate * negatives.length) - negatives.filter((i) => i.caughtByRules).length;
  if (budget <= 0) return 1;
  // The extra alarms each candidate threshold would raise, highest reading first.
  const extra = negatives
    .filter((i) => !i.caughtByRules)
    .map((i) => i.p)
    .sort((a, b) => b - a);
  const floor = budget < extra.length ? (extra[budget] as number) + 1e-9 : 0;
  return Math.min(1, Math.max(minimum, floor));
}

/**
 * Trains one calibrated head, for the classifier's heads and the PHI token tagger alike.
 * 1. Assign folds per group (e.g. per message, so the tokens of one message never sit on both
 *    sides of a fold); 2. train on all folds but one, predict the one left out; 3. fit the
 *    temperature on those out-of-fold logits; 4. train on everything. Deterministic.
 */
export function trainGroupedHead(
  examples: { x: { idx: Int32Array; val: Float32Array }; y: number }[],
  classes: readonly string[],
  opts: TrainOptions,
  groups: readonly number[],
): { head: LinearHead; outOfFold: Float64Array[] } {
  let groupCount = 0;
  for (const g of groups) groupCount = Math.max(groupCount, g + 1);
  const foldOfGroup = new Array<number>(groupCount);
  shuffled(groupCount, mulberry32(opts.seed + 1)).forEach((g, rank) => {
    foldOfGroup[g] = rank % opts.folds;
  });
  const foldOf = groups.map((g) => foldOfGroup[g] as number);
  const oof: Float64Array[] = new Array(examples.length);
  for (let f = 0; f < opts.folds; f++) {
    const head = fitHead(
      examples.filter((_, i) => foldOf[i] !== f),
      classes,
      opts,
    );
    examples.forEach((ex, i) => {
      if (foldOf[i] === f) oof[i] = head.logitsOf(ex.x);
    });
  }
  const temperature = fitTemperature(
    oof,
    examples.map((e) => e.y),
  );
  return {
    head: fitHead(examples, classes, opts).withTemperature(temperature),
    outOfFold: oof.map((l) => softmax(l, temperature)),
  };
}
