/** The local classifier port implementation: a trained, calibrated linear model shipped in data/model/. */
import { readFileSync } from 'node:fs';
import type { Classifier, ClassifierResult } from '#core/ports.ts';
import { BUCKETS, type Bucket } from '#core/schemas.ts';
import { assetUrl } from '../../assets.ts';
import { type LinearModel, ModelFile, modelFromFile } from './model.ts';

export const DEFAULT_MODEL_PATH = assetUrl('data/model/classifier.json');

export class LocalClassifier implements Classifier {
  readonly name = 'local-linear';
  readonly version: string;
  readonly #model: LinearModel;

  constructor(opts: { model?: LinearModel; version?: string; path?: URL | string } = {}) {
    if (opts.model) {
      this.#model = opts.model;
      this.version = opts.version ?? 'in-memory';
    } else {
      const file = ModelFile.parse(JSON.parse(readFileSync(opts.path ?? DEFAULT_MODEL_PATH, 'utf8')));
      this.#model = modelFromFile(file);
      this.version = file.version;
    }
  }

  async classify(redactedText: string): Promise<ClassifierResult> {
    return this.classifySync(redactedText);
  }

  classifySync(redactedText: string): ClassifierResult {
    const { bucket, emergency, emergencyThreshold } = this.#model;
    const p = bucket.probabilities(redactedText);
    let best = 0;
    for (let c = 1; c < p.length; c++) if ((p[c] as number) > (p[best] as number)) best = c;
    const probabilities: Partial<Record<Bucket, number>> = {};
    BUCKETS.forEach((b, i) => {
      probabilities[b] = p[i] as number;
    });
    const urgent = emergency.probabilities(redactedText)[1] as number;
    return {
      ok: true,
      bucket: bucket.classes[best] as Bucket,
      confidence: p[best] as number,
      probabilities,
      emergency: { probability: urgent, threshold: emergencyThreshold },
    };
  }
}
