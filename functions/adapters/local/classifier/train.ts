/**
 * Training the local classifier: softmax regression with AdaGrad and L2, in a fixed order
 * from a seeded shuffle, so the same corpus always gives the same bytes; then temperature
 * scaling fitted on out-of-fold predictions, so that confidence means probability.
 */
import { BUCKETS, type Bucket } from '#core/schemas.ts';
import { featurise } from './features.ts';
import { LinearModel, softmax } from './model.ts';

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

function fitModel(examples: Example[], opts: TrainOptions): LinearModel {
  const C = BUCKETS.length;
  const w = Array.from({ length: C }, () => new Float32Array(opts.dim));
  const g2 = Array.from({ length: C }, () => new Float32Array(opts.dim));
  const bias = new Float64Array(C);
  const bg2 = new Float64Array(C);
  const rand = mulberry32(opts.seed);
  const model = new LinearModel(opts.dim, BUCKETS, w, bias);
  const logits = new Float64Array(C);
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (const n of shuffled(examples.length, rand)) {
      const { x, y } = examples[n] as Example;
      for (let c = 0; c < C; c++) {
        let s = bias[c] as number;
        const wc = w[c] as Float32Array;
        for (let k = 0; k < x.idx.length; k++) s += (wc[x.idx[k] as number] as number) * (x.val[k] as number);
        logits[c] = s;
      }
      const p = softmax(logits);
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
  return model;
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

export interface TrainResult {
  model: LinearModel;
  /** Out-of-fold accuracy: an honest estimate from the training data alone. */
  crossValidatedAccuracy: number;
  /** Out-of-fold calibrated probabilities, in input order (for tuning without the test split). */
  outOfFold: Float64Array[];
}

export function train(
  data: { text: string; bucket: Bucket }[],
  opts: TrainOptions = DEFAULT_TRAIN_OPTIONS,
): TrainResult {
  const examples: Example[] = data.map((d) => ({ x: featurise(d.text, opts.dim), y: BUCKETS.indexOf(d.bucket) }));
  const foldOf = new Array<number>(examples.length);
  shuffled(examples.length, mulberry32(opts.seed + 1)).forEach((exampleIndex, rank) => {
    foldOf[exampleIndex] = rank % opts.folds;
  });
  const oofLogits: Float64Array[] = new Array(examples.length);
  let right = 0;
  for (let f = 0; f < opts.folds; f++) {
    const trainSet = examples.filter((_, i) => foldOf[i] !== f);
    const m = fitModel(trainSet, opts);
    examples.forEach((ex, i) => {
      if (foldOf[i] !== f) return;
      const l = m.logits(data[i]?.text ?? '');
      oofLogits[i] = l;
      let best = 0;
      for (let c = 1; c < l.length; c++) if ((l[c] as number) > (l[best] as number)) best = c;
      if (best === ex.y) right++;
    });
  }
  const temperature = fitTemperature(
    oofLogits,
    examples.map((e) => e.y),
  );
  const full = fitModel(examples, opts);
  return {
    model: new LinearModel(full.dim, full.classes, full.weights, full.bias, temperature),
    crossValidatedAccuracy: right / examples.length,
    outOfFold: oofLogits.map((l) => softmax(l, temperature)),
  };
}
