/**
 * Calibrated linear (softmax) heads over hashed features, and their file format.
 * The model has two heads over the same features: the bucket, and whether the message
 * reads as an emergency (a safety net that can only add escalations to the rules').
 * Weights are stored quantised to int8 per class, base64-encoded, so the model is a small,
 * deterministic JSON file.
 */
import * as z from 'zod/mini';
import '#core/zod-locale.ts';
import { featurise } from './features.ts';

const HeadFile = z.object({
  classes: z.array(z.string()).check(z.minLength(2)),
  temperature: z.number().check(z.positive()),
  bias: z.array(z.number()),
  scales: z.array(z.number()),
  weights: z.array(z.string()),
});
type HeadFile = z.infer<typeof HeadFile>;

export const ModelFile = z.object({
  format: z.literal('portal-triage/linear-v2'),
  version: z.string(),
  featureVersion: z.string(),
  dim: z.number().check(z.int(), z.positive()),
  heads: z.object({ bucket: HeadFile, emergency: HeadFile }),
  /** Emergency probability at or above which the safety net escalates, chosen on out-of-fold predictions. */
  emergencyThreshold: z.number().check(z.minimum(0), z.maximum(1)),
  trainedOn: z.object({ messages: z.number(), sha256: z.string() }),
});
export type ModelFile = z.infer<typeof ModelFile>;

export class LinearHead {
  constructor(
    readonly dim: number,
    readonly classes: readonly string[],
    /** weights[c][i] */
    readonly weights: Float32Array[],
    readonly bias: Float64Array,
    readonly temperature = 1,
  ) {}

  logitsOf(x: { idx: Int32Array; val: Float32Array }): Float64Array {
    const out = Float64Array.from(this.bias);
    for (let c = 0; c < this.classes.length; c++) {
      const w = this.weights[c] as Float32Array;
      let s = 0;
      for (let k = 0; k < x.idx.length; k++) s += (w[x.idx[k] as number] as number) * (x.val[k] as number);
      out[c] = (out[c] as number) + s;
    }
    return out;
  }

  logits(text: string): Float64Array {
    return this.logitsOf(featurise(text, this.dim));
  }

  probabilities(text: string): Float64Array {
    return softmax(this.logits(text), this.temperature);
  }

  withTemperature(temperature: number): LinearHead {
    return new LinearHead(this.dim, this.classes, this.weights, this.bias, temperature);
  }

  static fromFile(dim: number, file: HeadFile): LinearHead {
    const weights = file.weights.map((b64, c) => {
      const q = new Int8Array(Buffer.from(b64, 'base64').buffer.slice(0));
      const scale = file.scales[c] as number;
      const w = new Float32Array(dim);
      for (let i = 0; i < dim; i++) w[i] = (q[i] as number) * scale;
      return w;
    });
    return new LinearHead(dim, file.classes, weights, Float64Array.from(file.bias), file.temperature);
  }

  /** Quantises to int8 per class; the loaded model is what gets evaluated, so no drift hides. */
  toFile(): HeadFile {
    const scales: number[] = [];
    const weights = this.weights.map((w) => {
      let max = 0;
      for (const v of w) max = Math.max(max, Math.abs(v));
      const scale = max / 127 || 1;
      scales.push(Number(scale.toPrecision(9)));
      const q = new Int8Array(w.length);
      for (let i = 0; i < w.length; i++) q[i] = Math.round((w[i] as number) / scale);
      return Buffer.from(q.buffer).toString('base64');
    });
    return {
      classes: [...this.classes],
      temperature: Number(this.temperature.toPrecision(6)),
      bias: [...this.bias].map((b) => Number(b.toPrecision(9))),
      scales,
      weights,
    };
  }
}

export interface LinearModel {
  dim: number;
  bucket: LinearHead;
  emergency: LinearHead;
  emergencyThreshold: number;
}

export function modelFromFile(file: ModelFile): LinearModel {
  return {
    dim: file.dim,
    bucket: LinearHead.fromFile(file.dim, file.heads.bucket),
    emergency: LinearHead.fromFile(file.dim, file.heads.emergency),
    emergencyThreshold: file.emergencyThreshold,
  };
}

export function modelToFile(
  model: LinearModel,
  meta: Pick<ModelFile, 'version' | 'featureVersion' | 'trainedOn'>,
): ModelFile {
  return {
    format: 'portal-triage/linear-v2',
    ...meta,
    dim: model.dim,
    heads: { bucket: model.bucket.toFile(), emergency: model.emergency.toFile() },
    emergencyThreshold: Number(model.emergencyThreshold.toPrecision(6)),
  };
}

export function softmax(logits: Float64Array, temperature = 1): Float64Array {
  let max = Number.NEGATIVE_INFINITY;
  for (const l of logits) max = Math.max(max, l / temperature);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) {
    out[i] = Math.exp((logits[i] as number) / temperature - max);
    sum += out[i] as number;
  }
  for (let i = 0; i < out.length; i++) out[i] = (out[i] as number) / sum;
  return out;
}
