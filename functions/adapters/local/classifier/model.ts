/**
 * A calibrated linear (softmax) model over hashed features, and its file format.
 * Weights are stored quantised to int8 per class, base64-encoded, so the model is a small,
 * deterministic JSON file that diffs as one line.
 */
import { z } from 'zod';
import { BUCKETS, type Bucket } from '#core/schemas.ts';
import { featurise } from './features.ts';

export const ModelFile = z.object({
  format: z.literal('portal-triage/linear-v1'),
  version: z.string(),
  featureVersion: z.string(),
  dim: z.number().int().positive(),
  classes: z.array(z.enum(BUCKETS)).length(BUCKETS.length),
  temperature: z.number().positive(),
  bias: z.array(z.number()),
  scales: z.array(z.number()),
  weights: z.array(z.string()),
  trainedOn: z.object({ messages: z.number(), sha256: z.string() }),
});
export type ModelFile = z.infer<typeof ModelFile>;

export class LinearModel {
  constructor(
    readonly dim: number,
    readonly classes: readonly Bucket[],
    /** weights[c][i] */
    readonly weights: Float32Array[],
    readonly bias: Float64Array,
    readonly temperature = 1,
  ) {}

  logits(text: string): Float64Array {
    const { idx, val } = featurise(text, this.dim);
    const out = Float64Array.from(this.bias);
    for (let c = 0; c < this.classes.length; c++) {
      const w = this.weights[c] as Float32Array;
      let s = 0;
      for (let k = 0; k < idx.length; k++) s += (w[idx[k] as number] as number) * (val[k] as number);
      out[c] = (out[c] as number) + s;
    }
    return out;
  }

  probabilities(text: string, temperature = this.temperature): Float64Array {
    return softmax(this.logits(text), temperature);
  }

  static fromFile(file: ModelFile): LinearModel {
    const weights = file.weights.map((b64, c) => {
      const q = new Int8Array(Buffer.from(b64, 'base64').buffer.slice(0));
      const scale = file.scales[c] as number;
      const w = new Float32Array(file.dim);
      for (let i = 0; i < file.dim; i++) w[i] = (q[i] as number) * scale;
      return w;
    });
    return new LinearModel(file.dim, file.classes, weights, Float64Array.from(file.bias), file.temperature);
  }

  /** Quantises to int8 per class; the loaded model is what is evaluated, so no drift hides. */
  toFile(meta: Pick<ModelFile, 'version' | 'featureVersion' | 'trainedOn'>): ModelFile {
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
      format: 'portal-triage/linear-v1',
      ...meta,
      dim: this.dim,
      classes: [...this.classes],
      temperature: Number(this.temperature.toPrecision(6)),
      bias: [...this.bias].map((b) => Number(b.toPrecision(9))),
      scales,
      weights,
    };
  }
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
