/**
 * `npm run train`: rebuilds data/model/classifier.json from data/corpus/train.jsonl.
 *
 * 1. Read the training split (never the held-out test split).
 * 2. Redact each message with the local redactor, as the pipeline does before classifying.
 * 3. Train, calibrate on out-of-fold predictions, quantise, write.
 * Deterministic: the same corpus and code give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { FEATURE_VERSION } from '../functions/adapters/local/classifier/features.ts';
import { DEFAULT_MODEL_PATH } from '../functions/adapters/local/classifier/index.ts';
import { LinearModel } from '../functions/adapters/local/classifier/model.ts';
import { train } from '../functions/adapters/local/classifier/train.ts';
import { LocalRedactor } from '../functions/adapters/local/redactor/index.ts';
import { applyPlaceholders } from '../functions/core/redaction.ts';
import { LabelledMessage } from '../functions/evaluation/dataset.ts';

const corpus = new URL('../data/corpus/train.jsonl', import.meta.url);
const raw = readFileSync(corpus, 'utf8');
const rows = raw
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => LabelledMessage.parse(JSON.parse(l)));
const redactor = new LocalRedactor();
const data = rows.map((r) => ({
  text: applyPlaceholders(r.text, redactor.detectSync(r.text)),
  bucket: r.expected.bucket,
}));

const started = performance.now();
const { model, crossValidatedAccuracy } = train(data);
const sha256 = createHash('sha256').update(raw).digest('hex');
const file = model.toFile({
  version: `linear-${sha256.slice(0, 8)}`,
  featureVersion: FEATURE_VERSION,
  trainedOn: { messages: rows.length, sha256 },
});
writeFileSync(DEFAULT_MODEL_PATH, `${JSON.stringify(file)}\n`);
const reloaded = LinearModel.fromFile(file);
let right = 0;
data.forEach((d) => {
  const p = reloaded.probabilities(d.text);
  const best = p.indexOf(Math.max(...p));
  if (reloaded.classes[best] === d.bucket) right++;
});
console.log(
  `trained on ${rows.length} messages in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `cross-validated accuracy ${(crossValidatedAccuracy * 100).toFixed(1)}%, ` +
    `training accuracy ${((right / data.length) * 100).toFixed(1)}%, temperature ${file.temperature}`,
);
