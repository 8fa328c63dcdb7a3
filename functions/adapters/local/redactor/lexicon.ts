/**
 * Word lists the local redactor reads from data/lexicons/ (built by scripts/build-lexicons.ts,
 * drugs and medical terms written by hand). Loaded once, on first use.
 */
import { readFileSync } from 'node:fs';
import { assetUrl } from '../../assets.ts';

export interface Lexicon {
  firstNames: ReadonlySet<string>;
  surnames: ReadonlySet<string>;
  common: ReadonlySet<string>;
  /** Medication names and medical terms that look like names ("Allegra", "Crohn"): never NAME. */
  medical: ReadonlySet<string>;
  occupations: readonly string[];
  /** Large employers, matched only in a workplace context ("at Amazon", "the Ford plant"). */
  employers: readonly string[];
  cities: readonly string[];
}

const DIR = assetUrl('data/lexicons/');

function list(file: string): string[] {
  return readFileSync(new URL(file, DIR), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

let cached: Lexicon | undefined;

export function loadLexicon(): Lexicon {
  cached ??= {
    firstNames: new Set(list('first-names.txt')),
    surnames: new Set(list('surnames.txt')),
    common: new Set(list('common-words.txt')),
    medical: new Set([...list('drugs.txt'), ...list('medical-terms.txt')]),
    occupations: list('occupations.txt'),
    employers: list('employers.txt'),
    cities: list('cities.txt'),
  };
  return cached;
}
