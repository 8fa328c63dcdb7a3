/**
 * `tsx scripts/train-phi-tagger.ts`: rebuilds data/model/phi-tagger.json from data/corpus/train.jsonl.
 *
 * 1. Read the training split (never dev, never the held-out test split).
 * 2. Run the rule-based redactor on each message; its decision per token is a feature.
 * 3. Label each word/number token PHI when most of its characters lie in a labelled span.
 * 4. Train the P(PHI) head with folds per message (out-of-fold probabilities for every token),
 *    and a type head on the PHI tokens.
 * 5. Choose the threshold maximising out-of-fold char recall of rules ∪ tagger, subject to
 *    char precision >= MIN_PRECISION.
 * 6. Quantise and write. Deterministic: the same corpus and code give the same bytes.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { LocalRedactor } from '../functions/adapters/local/redactor/index.ts';
import { loadLexicon } from '../functions/adapters/local/redactor/lexicon.ts';
import {
  DEFAULT_TAGGER_PATH,
  TAGGER_FEATURE_VERSION,
  taggerToFile,
  trainTagger,
} from '../functions/adapters/local/redactor/tagger.ts';
import { LabelledMessage } from '../functions/evaluation/dataset.ts';

const raw = readFileSync(new URL('../data/corpus/train.jsonl', import.meta.url), 'utf8');
const rows = raw
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => LabelledMessage.parse(JSON.parse(l)));
const lexicon = loadLexicon();
const redactor = new LocalRedactor({ lexicon, tagger: false });

const started = performance.now();
const result = trainTagger(
  rows.map((r) => ({ id: r.id, text: r.text, phi: r.expected.phi, rules: redactor.detectRules(r.text) })),
  lexicon,
);
const sha256 = createHash('sha256').update(raw).digest('hex');
const file = taggerToFile(result.model, {
  version: `tagger-${sha256.slice(0, 8)}`,
  featureVersion: TAGGER_FEATURE_VERSION,
  trainedOn: { messages: rows.length, sha256 },
});
const json = `${JSON.stringify(file)}\n`;
writeFileSync(DEFAULT_TAGGER_PATH, json);

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
console.log(
  `trained on ${rows.length} messages, ${result.tokens} tokens, in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
    `model ${(json.length / 1024).toFixed(0)} KiB`,
);
console.log(
  `rules alone (train): char recall ${pct(result.rules.charRecall)}, precision ${pct(result.rules.charPrecision)}`,
);
console.log(
  `rules ∪ tagger, out-of-fold, threshold ${file.threshold}: char recall ${pct(result.union.charRecall)}, precision ${pct(result.union.charPrecision)}`,
);
for (const c of result.curve)
  console.log(`  t=${c.t.toFixed(2)} recall ${pct(c.recall)} precision ${pct(c.precision)}`);
