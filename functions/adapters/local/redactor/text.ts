/** Text helpers shared by the local redactor and its lexicon builder. */

const COMBINING = /[\u0300-\u036f]/g;

/** Lower-case and strip accents, so "Nguyễn", "NGUYEN" and "nguyen" compare equal. */
export function foldWord(word: string): string {
  return word.normalize('NFD').replace(COMBINING, '').toLowerCase().replace(/[’‘`]/g, "'");
}
