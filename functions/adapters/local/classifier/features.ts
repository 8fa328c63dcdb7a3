/**
 * Features for the local classifier: word unigrams and bigrams, and character 3–5-grams
 * inside words (robust to typos and Spanish inflection), hashed into a fixed-size space.
 * PHI placeholders become one token per type ("[NAME_2]" → "§name"), so names never matter.
 */
export const FEATURE_VERSION = 'ngrams-v1';

const COMBINING = /[\u0300-\u036f]/g;
const PLACEHOLDER = /\[([A-Z_]+?)_\d+\]/g;

export function normalise(text: string): string {
  return text
    .replace(PLACEHOLDER, (_, t: string) => ` §${t.toLowerCase()} `)
    .normalize('NFD')
    .replace(COMBINING, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'");
}

export function tokens(text: string): string[] {
  return normalise(text).match(/§[a-z_]+|[a-z]+(?:'[a-z]+)?|\d+/g) ?? [];
}

/** 32-bit FNV-1a: the feature hash of every hashed model in this project. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Sparse feature vector: hashed indices with counts, l2-normalised (sub-linear tf). */
export function featurise(text: string, dim: number): { idx: Int32Array; val: Float32Array } {
  const counts = new Map<number, number>();
  const add = (f: string) => {
    const i = hash(f) % dim;
    counts.set(i, (counts.get(i) ?? 0) + 1);
  };
  const toks = tokens(text);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    const w = /^\d+$/.test(t) ? (t.length > 2 ? '#num' : '#n') : t;
    add(`w:${w}`);
    if (i > 0) add(`b:${toks[i - 1]}_${w}`);
    if (t[0] !== '§' && t.length > 2) {
      const padded = `<${t}>`;
      for (let n = 3; n <= 5; n++) for (let k = 0; k + n <= padded.length; k++) add(`c:${padded.slice(k, k + n)}`);
    }
  }
  add(`len:${Math.min(6, Math.floor(Math.log2(1 + toks.length)))}`);
  const idx = new Int32Array(counts.size);
  const val = new Float32Array(counts.size);
  let norm = 0;
  let j = 0;
  for (const [i, c] of counts) {
    const v = 1 + Math.log(c);
    idx[j] = i;
    val[j] = v;
    norm += v * v;
    j++;
  }
  norm = Math.sqrt(norm) || 1;
  for (let k = 0; k < val.length; k++) (val as Float32Array)[k] = (val[k] as number) / norm;
  return { idx, val };
}
