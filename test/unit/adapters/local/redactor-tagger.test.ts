import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LocalRedactor } from '#adapters/local/redactor/index.ts';
import { loadLexicon } from '#adapters/local/redactor/lexicon.ts';
import {
  DEFAULT_TAGGER_PATH,
  loadTagger,
  PhiTagger,
  spansFromTags,
  TAGGER_FEATURE_VERSION,
  TaggerFile,
  taggerToFile,
  tokenise,
  trainTagger,
} from '#adapters/local/redactor/tagger.ts';
import type { PhiSpan } from '#core/schemas.ts';

const lexicon = loadLexicon();

/** An invented, tiny labelled set: `[[TYPE|value]]` marks PHI. */
function labelled(marked: string): { text: string; phi: PhiSpan[]; rules: PhiSpan[] } {
  const phi: PhiSpan[] = [];
  let text = '';
  for (const part of marked.split(/(\[\[[A-Z_]+\|[^\]]+\]\])/)) {
    const m = /^\[\[([A-Z_]+)\|([^\]]+)\]\]$/.exec(part);
    if (m) {
      phi.push({ start: text.length, end: text.length + (m[2] as string).length, type: m[1] as PhiSpan['type'] });
      text += m[2];
    } else text += part;
  }
  return { text, phi, rules: [] };
}

const TINY = [
  'thanks [[NAME|zorba quill]]',
  'refill my lisinopril please - [[NAME|brenna tosk]]',
  'can i take ibuprofen with allegra? [[NAME|ottoline marsh]]',
  'I work at [[PROFESSION|Quillfeather Mills]] and need a note',
  'my wife [[NAME|Perpetua]] has a rash',
  'appointment moved, see you then. [[NAME|dax]]',
  'the metformin upsets my stomach',
  'need a refill of xarelto asap',
].map(labelled);
const OPTS = { dim: 1 << 10, epochs: 2, learningRate: 0.2, l2: 1e-6, seed: 3, folds: 2, minPrecision: 0.5 };

describe('PHI tagger: training', () => {
  it('is deterministic: the same data gives the same bytes', () => {
    const a = JSON.stringify(taggerToFile(trainTagger(TINY, lexicon, OPTS).model, meta));
    const b = JSON.stringify(taggerToFile(trainTagger(TINY, lexicon, OPTS).model, meta));
    expect(a).toBe(b);
    expect(TaggerFile.parse(JSON.parse(a)).dim).toBe(1 << 10);
  });
});
const meta = { version: 'test', featureVersion: 'test', trainedOn: { messages: TINY.length, sha256: 'x' } };

describe('PHI tagger: spans', () => {
  it('never tags a drug or medical word, even at threshold 0', () => {
    const model = loadTagger();
    expect(model).not.toBeNull();
    const tagger = new PhiTagger(model as NonNullable<typeof model>, lexicon);
    const text = 'Please refill my Allegra and Lyrica, and can Xarelto go with Ozempic? Thanks Allegra';
    const spans = tagger.detect(text, [], 0);
    expect(spans.length).toBeGreaterThan(0);
    for (const drug of ['Allegra', 'Lyrica', 'Xarelto', 'Ozempic']) {
      for (const m of text.matchAll(new RegExp(drug, 'g'))) {
        const at = m.index as number;
        expect(spans.some((s) => s.start < at + drug.length && s.end > at)).toBe(false);
      }
    }
  });
  it('merges adjacent tagged tokens across spaces and light punctuation, not across lines', () => {
    const text = 'call Maria de la Cruz-Ortiz, at home\nJo Ann';
    const tokens = tokenise(text);
    const idx = (w: string) => tokens.findIndex((t) => t.text === w);
    const tagged = ['Maria', 'de', 'la', 'Cruz', 'Ortiz', 'Jo', 'Ann'].map(idx);
    const spans = spansFromTags(text, tokens, tagged, () => 'NAME');
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Maria de la Cruz-Ortiz', 'Jo Ann']);
    // Untagged words in between are never bridged.
    const split = spansFromTags(text, tokens, [idx('Maria'), idx('Cruz')], () => 'NAME');
    expect(split).toHaveLength(2);
    const apart = spansFromTags(text, tokens, [idx('Maria'), idx('home')], () => 'NAME');
    expect(apart).toHaveLength(2);
  });
  it('takes the type of an overlapping rule span', () => {
    const text = 'at 12 Elm Street Apt 3';
    const tokens = tokenise(text);
    const rule = tokens.map((t) => (t.text === 'Elm' ? ('ADDRESS' as const) : undefined));
    const spans = spansFromTags(text, tokens, [1, 2, 3], () => 'NAME', rule);
    expect(spans).toEqual([{ start: 3, end: 16, type: 'ADDRESS' }]);
  });
});

describe('PHI tagger: the shipped model', () => {
  it('was trained on the current training split with the current features (run npm run train)', () => {
    const file = TaggerFile.parse(JSON.parse(readFileSync(DEFAULT_TAGGER_PATH, 'utf8')));
    const corpus = readFileSync(new URL('../../../../data/corpus/train.jsonl', import.meta.url));
    expect(file.trainedOn.sha256).toBe(createHash('sha256').update(corpus).digest('hex'));
    expect(file.featureVersion).toBe(TAGGER_FEATURE_VERSION);
  });

  it('loads, and the redactor can run with or without it', () => {
    const file = TaggerFile.parse(JSON.parse(readFileSync(DEFAULT_TAGGER_PATH, 'utf8')));
    expect(file.threshold).toBeGreaterThan(0);
    expect(file.threshold).toBeLessThan(1);
    expect(loadTagger()?.dim).toBe(file.dim);
    const text = 'can someone call me back about my bill. thx bri';
    const off = new LocalRedactor({ tagger: false });
    expect(off.tagger).toBeNull();
    expect(off.detectSync(text)).toEqual(off.detectRules(text));
    const on = new LocalRedactor({ tagger: true });
    expect(on.tagger).not.toBeNull();
    // The tagger only adds: every rule character stays redacted.
    for (const s of on.detectRules(text))
      for (let i = s.start; i < s.end; i++)
        expect(on.detectSync(text).some((t) => t.start <= i && t.end > i)).toBe(true);
  });
});
