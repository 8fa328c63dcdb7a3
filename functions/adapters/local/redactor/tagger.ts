/**
 * A learned PHI token tagger: per-token hashed features (the word, its shape, affixes, lexicon
 * flags, the same for two tokens either side, context cues, and the rule-based redactor's own
 * decision) into a calibrated linear head (the classifier's LinearHead, int8 in
 * data/model/phi-tagger.json). It only adds to the rules: a token it tags becomes PHI, and a
 * medication or medical word is never tagged. Adjacent tagged tokens merge into spans.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { PHI_TYPES, type PhiSpan, type PhiType } from '#core/schemas.ts';
import { assetUrl } from '../../assets.ts';
import { hash } from '../classifier/features.ts';
import { LinearHead, ModelFile, softmax } from '../classifier/model.ts';
import { type TrainOptions, trainGroupedHead } from '../classifier/train.ts';
import type { Lexicon } from './lexicon.ts';
import { foldWord } from './text.ts';

export const TAGGER_FEATURE_VERSION = 'phi-tokens-v1';
export const DEFAULT_TAGGER_PATH = assetUrl('data/model/phi-tagger.json');

const HeadFile = ModelFile.shape.heads.shape.bucket;

export const TaggerFile = z.object({
  format: z.literal('portal-triage/phi-tagger-v1'),
  version: z.string(),
  featureVersion: z.string(),
  dim: z.number().check(z.int(), z.positive()),
  heads: z.object({ phi: HeadFile, type: HeadFile }),
  /** P(PHI) at or above which a token is tagged, chosen on out-of-fold predictions. */
  threshold: z.number().check(z.minimum(0), z.maximum(1)),
  trainedOn: z.object({ messages: z.number(), sha256: z.string() }),
});
export type TaggerFile = z.infer<typeof TaggerFile>;

export interface TaggerModel {
  dim: number;
  phi: LinearHead;
  /** Type of a tagged token (NAME, ADDRESS, …), used when no rule span says otherwise. */
  type: LinearHead;
  threshold: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased, accent-folded. */
  folded: string;
  /** A word or number (taggable), as opposed to punctuation. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{M}\d]+(?:['’][\p{L}\p{M}]+)*|[^\s\p{L}\p{M}\d]/gu;

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const start = m.index as number;
    out.push({ start, end: start + t.length, text: t, folded: foldWord(t), word: /[\p{L}\d]/u.test(t) });
  }
  return out;
}

/** Word shape with repeats collapsed: "Maria" → "Xx", "4B" → "dX", "O'Neil" → "X'Xx". */
export function shapeOf(word: string): string {
  let s = '';
  for (const ch of word) {
    const c = /\d/.test(ch) ? 'd' : ch !== ch.toLowerCase() ? 'X' : ch !== ch.toUpperCase() ? 'x' : ch;
    if (s[s.length - 1] !== c) s += c;
  }
  return s;
}

const TITLES = new Set(
  'dr doctor dra doctora mr mrs ms miss mx sr sra srta senor senora senorita don dona prof professor pastor rev fr nurse np pa'.split(
    ' ',
  ),
);
const RELATIONS = new Set(
  'wife husband son daughter mom mother dad father brother sister aunt uncle grandma grandpa grandmother grandfather niece nephew cousin friend neighbor neighbour partner boyfriend girlfriend fiance baby child kid kids hija hijo esposo esposa mama papa abuela abuelo tia tio'.split(
    ' ',
  ),
);
const INTROS = new Set(
  'name named called is am im this signed thanks thank thx regards sincerely from soy llamo nombre gracias atentamente patient pt with see saw'.split(
    ' ',
  ),
);
const LOCATION_WORDS = new Set(
  'at in on to from near street st ave avenue road rd blvd drive dr lane ln hospital clinic pharmacy apt suite en calle'.split(
    ' ',
  ),
);

/** Mixes a feature's hash with the position it is seen from (-2…+2), cheaply. */
function mix(h: number, salt: number): number {
  let x = (h ^ Math.imul(salt + 11, 0x9e3779b1)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

interface WordInfo {
  /** Hashes of the features seen from the token itself. */
  own: number[];
  /** Hashes of the (fewer) features a neighbour sees. */
  ctx: number[];
  medical: boolean;
  nameLike: boolean;
}

function wordSets(lex: Lexicon) {
  const cache = lexSets.get(lex);
  if (cache) return cache;
  const words = (list: readonly string[]) => new Set(list.flatMap((l) => foldWord(l).split(/\s+/)));
  const sets = { occupations: words(lex.occupations), cities: words(lex.cities), employers: words(lex.employers) };
  lexSets.set(lex, sets);
  return sets;
}
const lexSets = new WeakMap<Lexicon, { occupations: Set<string>; cities: Set<string>; employers: Set<string> }>();

function describe(tok: Token, lex: Lexicon, ruleType: string | undefined): WordInfo {
  const sets = wordSets(lex);
  const w = tok.folded;
  const shape = tok.word ? shapeOf(tok.text) : tok.text;
  const flags: string[] = [];
  if (lex.firstNames.has(w)) flags.push('fn');
  if (lex.surnames.has(w)) flags.push('sn');
  if (lex.common.has(w)) flags.push('cm');
  // "Hashimoto's", "Crohns": the possessive or plural of a medical word is still medical.
  const medical = lex.medical.has(w) || lex.medical.has(w.replace(/['’]s$|s$/, ''));
  if (medical) flags.push('med');
  if (sets.occupations.has(w)) flags.push('occ');
  if (sets.cities.has(w)) flags.push('city');
  if (sets.employers.has(w)) flags.push('emp');
  if (TITLES.has(w)) flags.push('title');
  if (RELATIONS.has(w)) flags.push('rel');
  const lexKey = flags.join('+') || 'none';
  const rule = ruleType ?? '-';
  const num = /^\d+$/.test(w);
  const word = num ? `#d${Math.min(w.length, 6)}` : w;
  const own = [
    hash(`w:${word}`),
    hash(`s:${shape}`),
    hash(`l:${lexKey}`),
    hash(`ls:${lexKey}|${shape}`),
    hash(`r:${rule}`),
    hash(`rs:${rule}|${shape}`),
    hash(`len:${Math.min(w.length, 12)}`),
  ];
  for (const f of flags) own.push(hash(`f:${f}`));
  if (tok.word && !num && w.length > 3) {
    own.push(hash(`p2:${w.slice(0, 2)}`), hash(`p3:${w.slice(0, 3)}`));
    own.push(hash(`x2:${w.slice(-2)}`), hash(`x3:${w.slice(-3)}`));
  }
  const ctx = [hash(`w:${word}`), hash(`s:${shape}`), hash(`l:${lexKey}`), hash(`r:${rule}`)];
  const nameLike = flags.includes('fn') || flags.includes('sn') || /^X/.test(shape);
  return { own, ctx, medical, nameLike };
}

/** The rule type covering most of a token, if any. */
function ruleTypes(tokens: readonly Token[], rules: readonly PhiSpan[]): (PhiType | undefined)[] {
  const sorted = [...rules].sort((a, b) => a.start - b.start);
  return tokens.map((t) => {
    for (const s of sorted) {
      if (s.start >= t.end) break;
      if (s.end > t.start) return s.type;
    }
    return undefined;
  });
}

export interface TokenFeatures {
  tokens: Token[];
  /** Indices into `tokens` of the taggable tokens (words and numbers), with their features. */
  items: { token: number; x: { idx: Int32Array; val: Float32Array }; medical: boolean; nameLike: boolean }[];
  rule: (PhiType | undefined)[];
}

const SENTENCE_END = new Set(['.', '!', '?', ':', ';', '-', '—', '\n']);

/** Per-token hashed features, given the rule redactor's spans for the same text. */
export function tokenFeatures(text: string, rules: readonly PhiSpan[], lex: Lexicon, dim: number): TokenFeatures {
  const tokens = tokenise(text);
  const rule = ruleTypes(tokens, rules);
  const info = tokens.map((t, i) => describe(t, lex, rule[i]));
  const items: TokenFeatures['items'] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (!tok.word) continue;
    const me = info[i] as WordInfo;
    const hs: number[] = [...me.own, 0x2545f491];
    for (const d of [-2, -1, 1, 2]) {
      const n = info[i + d];
      if (!n) {
        hs.push(mix(0x9e37, d));
        continue;
      }
      for (const h of n.ctx) hs.push(mix(h, d));
    }
    // Context cues: a title, relation or intro word within the two words before; sentence-initial.
    const prev = tokens[i - 1];
    const gapBefore = prev ? text.slice(prev.end, tok.start) : '\n';
    const initial = !prev || SENTENCE_END.has(prev.text) || gapBefore.includes('\n');
    if (initial) hs.push(hash('cue:initial'), hash(`cue:initial|${shapeOf(tok.text)}`));
    for (const d of [1, 2]) {
      const p = tokens[i - d];
      if (!p?.word) continue;
      if (TITLES.has(p.folded)) hs.push(hash(`cue:title${d}`));
      if (RELATIONS.has(p.folded)) hs.push(hash(`cue:rel${d}`));
      if (INTROS.has(p.folded)) hs.push(hash(`cue:intro${d}`));
      if (LOCATION_WORDS.has(p.folded)) hs.push(hash(`cue:loc${d}`));
    }
    // Words left before the end of the message: sign-offs ("thx bri", "-liam o'callaghan").
    let left = 0;
    for (let j = i + 1; j < tokens.length && left < 4; j++) if ((tokens[j] as Token).word) left++;
    const lexOf = me.own[2] as number;
    hs.push(hash(`end:${left}`), mix(lexOf, 100 + left));
    if (initial) hs.push(mix(lexOf, 200));
    const next = tokens[i + 1];
    if (!next || text.slice(tok.end, next.start).includes('\n')) hs.push(hash('cue:line-end'));
    const idx = new Int32Array(hs.length);
    const val = new Float32Array(hs.length);
    const v = 1 / Math.sqrt(hs.length);
    for (let k = 0; k < hs.length; k++) {
      idx[k] = (hs[k] as number) % dim;
      val[k] = v;
    }
    items.push({ token: i, x: { idx, val }, medical: me.medical, nameLike: me.nameLike });
  }
  return { tokens, items, rule };
}

/** Gaps that adjacent tagged tokens merge across: white space and light punctuation. */
const JOIN_GAP = /^[\s,.'’&/#-]{0,3}$/;

/**
 * Spans from per-token tags: runs of tagged tokens merge when only white space or light
 * punctuation separates them. Types come from the rule span the run overlaps, else `typeOf`.
 */
export function spansFromTags(
  text: string,
  tokens: readonly Token[],
  tagged: readonly number[],
  typeOf: (tokenIndex: number) => PhiType,
  rule: readonly (PhiType | undefined)[] = [],
): PhiSpan[] {
  const out: PhiSpan[] = [];
  let run: number[] = [];
  const flush = () => {
    if (!run.length) return;
    const first = tokens[run[0] as number] as Token;
    const last = tokens[run[run.length - 1] as number] as Token;
    const ruled = run.map((i) => rule[i]).find((t) => t !== undefined);
    out.push({ start: first.start, end: last.end, type: ruled ?? typeOf(run[0] as number) });
    run = [];
  };
  for (const i of [...tagged].sort((a, b) => a - b)) {
    const prev = run[run.length - 1];
    if (prev !== undefined) {
      const gap = text.slice((tokens[prev] as Token).end, (tokens[i] as Token).start);
      const between = i - prev - 1;
      if (!JOIN_GAP.test(gap) || between > 2 || gap.includes('\n')) flush();
    }
    run.push(i);
  }
  flush();
  return out;
}

export class PhiTagger {
  constructor(
    readonly model: TaggerModel,
    readonly lexicon: Lexicon,
  ) {}

  /** P(PHI) for each taggable token. */
  probabilities(text: string, rules: readonly PhiSpan[]): { features: TokenFeatures; p: Float64Array } {
    const features = tokenFeatures(text, rules, this.lexicon, this.model.dim);
    const p = new Float64Array(features.items.length);
    features.items.forEach((it, k) => {
      p[k] = it.medical ? 0 : positive(this.model.phi, it.x);
    });
    return { features, p };
  }

  /** Spans the tagger adds (possibly overlapping the rules' spans). */
  detect(text: string, rules: readonly PhiSpan[], threshold = this.model.threshold): PhiSpan[] {
    const { features, p } = this.probabilities(text, rules);
    return spansForThreshold(text, features, p, threshold, (k) => this.typeOf(features, k));
  }

  typeOf(features: TokenFeatures, item: number): PhiType {
    const it = features.items[item];
    if (!it) return 'NAME';
    const q = softmax(this.model.type.logitsOf(it.x));
    let best = 0;
    for (let c = 1; c < q.length; c++) if ((q[c] as number) > (q[best] as number)) best = c;
    return this.model.type.classes[best] as PhiType;
  }
}

/** Tagged tokens at a threshold → spans; `typeOfItem` gets the index into `features.items`. */
export function spansForThreshold(
  text: string,
  features: TokenFeatures,
  p: ArrayLike<number>,
  threshold: number,
  typeOfItem: (item: number) => PhiType,
): PhiSpan[] {
  const tagged: number[] = [];
  const itemOf = new Map<number, number>();
  features.items.forEach((it, k) => {
    if (!it.medical && (p[k] as number) >= threshold) {
      tagged.push(it.token);
      itemOf.set(it.token, k);
    }
  });
  if (!tagged.length) return [];
  return spansFromTags(text, features.tokens, tagged, (i) => typeOfItem(itemOf.get(i) as number), features.rule);
}

/** P(class 1) of a two-class head. */
function positive(head: LinearHead, x: { idx: Int32Array; val: Float32Array }): number {
  return softmax(head.logitsOf(x), head.temperature)[1] as number;
}

export function taggerFromFile(file: TaggerFile): TaggerModel {
  return {
    dim: file.dim,
    phi: LinearHead.fromFile(file.dim, file.heads.phi),
    type: LinearHead.fromFile(file.dim, file.heads.type),
    threshold: file.threshold,
  };
}

export function taggerToFile(model: TaggerModel, meta: Pick<TaggerFile, 'version' | 'featureVersion' | 'trainedOn'>) {
  const file: TaggerFile = {
    format: 'portal-triage/phi-tagger-v1',
    ...meta,
    dim: model.dim,
    heads: { phi: model.phi.toFile(), type: model.type.toFile() },
    threshold: Number(model.threshold.toPrecision(6)),
  };
  return file;
}

let loaded: TaggerModel | null | undefined;

/** The shipped tagger model, read once; null when the file is missing. */
export function loadTagger(path: URL | string = DEFAULT_TAGGER_PATH): TaggerModel | null {
  if (path !== DEFAULT_TAGGER_PATH) return taggerFromFile(TaggerFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
  if (loaded === undefined) {
    try {
      loaded = taggerFromFile(TaggerFile.parse(JSON.parse(readFileSync(path, 'utf8'))));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
      loaded = null;
    }
  }
  return loaded;
}

export const DEFAULT_TAGGER_OPTIONS: TrainOptions & { minPrecision: number } = {
  dim: 1 << 16,
  epochs: 4,
  learningRate: 0.2,
  l2: 1e-6,
  seed: 7,
  folds: 5,
  minPrecision: 0.91,
};

/** Char recall and precision (white space never counts), as the evaluation scores them. */
export function charScore(items: { text: string; expected: readonly PhiSpan[]; predicted: readonly PhiSpan[] }[]) {
  let tp = 0;
  let gold = 0;
  let pred = 0;
  for (const it of items) {
    const g = new Uint8Array(it.text.length);
    const p = new Uint8Array(it.text.length);
    for (const s of it.expected) g.fill(1, s.start, s.end);
    for (const s of it.predicted) p.fill(1, s.start, s.end);
    for (let i = 0; i < it.text.length; i++) {
      if (/\s/.test(it.text[i] as string)) continue;
      gold += g[i] as number;
      pred += p[i] as number;
      if (g[i] && p[i]) tp++;
    }
  }
  return { charRecall: gold ? tp / gold : 1, charPrecision: pred ? tp / pred : 1 };
}

/**
 * Trains the tagger on labelled messages given the rules' spans for each: a P(PHI) head with
 * folds per message, a type head on PHI tokens, and the threshold maximising out-of-fold char
 * recall of rules ∪ tagger with char precision >= minPrecision. Deterministic.
 */
export function trainTagger(
  data: { text: string; phi: readonly PhiSpan[]; rules: readonly PhiSpan[] }[],
  lexicon: Lexicon,
  opts = DEFAULT_TAGGER_OPTIONS,
) {
  const feats = data.map((d) => tokenFeatures(d.text, d.rules, lexicon, opts.dim));
  const examples: { x: { idx: Int32Array; val: Float32Array }; y: number }[] = [];
  const groups: number[] = [];
  const where: { m: number; k: number }[] = [];
  const typed: { x: { idx: Int32Array; val: Float32Array }; y: number }[] = [];
  const typedGroups: number[] = [];
  const types = PHI_TYPES.filter((t) => data.some((d) => d.phi.some((s) => s.type === t)));
  feats.forEach((f, m) => {
    const { phi } = data[m] as (typeof data)[number];
    f.items.forEach((it, k) => {
      if (it.medical) return;
      const tok = f.tokens[it.token] as Token;
      let inside = 0;
      let type: PhiType | undefined;
      for (const s of phi) {
        const a = Math.max(s.start, tok.start);
        const b = Math.min(s.end, tok.end);
        if (b > a) {
          inside += b - a;
          type = s.type;
        }
      }
      const y = inside * 2 > tok.end - tok.start ? 1 : 0;
      examples.push({ x: it.x, y });
      groups.push(m);
      where.push({ m, k });
      if (y && type) {
        typed.push({ x: it.x, y: types.indexOf(type) });
        typedGroups.push(m);
      }
    });
  });
  const phiHead = trainGroupedHead(examples, ['no', 'yes'], opts, groups);
  const typeHead = trainGroupedHead(typed, types.length > 1 ? types : [...types, 'NAME'], opts, typedGroups);
  const oof = feats.map((f) => new Float64Array(f.items.length));
  where.forEach(({ m, k }, i) => {
    (oof[m] as Float64Array)[k] = (phiHead.outOfFold[i] as Float64Array)[1] as number;
  });
  const scoreAt = (t: number) =>
    charScore(
      data.map((d, m) => ({
        text: d.text,
        expected: d.phi,
        predicted: [
          ...d.rules,
          ...spansForThreshold(d.text, feats[m] as TokenFeatures, oof[m] as Float64Array, t, () => 'NAME'),
        ],
      })),
    );
  const rules = charScore(data.map((d) => ({ text: d.text, expected: d.phi, predicted: d.rules })));
  const curve: { t: number; recall: number; precision: number }[] = [];
  let best = { t: 1, union: rules };
  for (let t = 0.99; t >= 0.03; t -= 0.01) {
    const threshold = Number(t.toFixed(2));
    const s = scoreAt(threshold);
    curve.push({ t: threshold, recall: s.charRecall, precision: s.charPrecision });
    if (s.charPrecision >= opts.minPrecision && s.charRecall > best.union.charRecall) best = { t: threshold, union: s };
  }
  return {
    model: { dim: opts.dim, phi: phiHead.head, type: typeHead.head, threshold: best.t } as TaggerModel,
    tokens: examples.length,
    rules,
    union: best.union,
    curve,
  };
}
