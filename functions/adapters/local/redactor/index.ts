/**
 * The local PHI redactor: patterns for structured identifiers, lexicons and context for names.
 * It stands in for Comprehend Medical offline and for languages DetectPHI does not read.
 */
import type { Redactor } from '#core/ports.ts';
import { mergeSpans } from '#core/redaction.ts';
import type { PhiSpan } from '#core/schemas.ts';
import { bridgeSpans, refineSpans, signatureTitles } from './context.ts';
import { type Lexicon, loadLexicon } from './lexicon.ts';
import { detectNames } from './names.ts';
import { caresForFamily, detectPatterns } from './patterns.ts';
import { loadTagger, PhiTagger, type TaggerModel } from './tagger.ts';

/** Whether the learned token tagger adds to the rules unless a caller says otherwise. */
export const TAGGER_ENABLED_BY_DEFAULT = true;

export class LocalRedactor implements Redactor {
  readonly name = 'local-redactor';
  readonly version = '1.1.0';
  readonly #lexicon: Lexicon;
  readonly #useTagger: boolean;
  #taggerModel: TaggerModel | null | undefined;
  #tagger: PhiTagger | null | undefined;

  /**
   * `tagger`: false disables the learned tagger (rules only, for comparison); a model uses that
   * one; true or absent follows TAGGER_ENABLED_BY_DEFAULT, loading data/model/phi-tagger.json once.
   */
  constructor(opts: { lexicon?: Lexicon; tagger?: boolean | TaggerModel } = {}) {
    this.#lexicon = opts.lexicon ?? loadLexicon();
    if (typeof opts.tagger === 'object') {
      this.#useTagger = true;
      this.#taggerModel = opts.tagger;
    } else {
      this.#useTagger = opts.tagger ?? TAGGER_ENABLED_BY_DEFAULT;
    }
  }

  /** The tagger, loaded lazily on first use; null when disabled or when no model file ships. */
  get tagger(): PhiTagger | null {
    if (this.#tagger === undefined) {
      const model = this.#useTagger ? (this.#taggerModel ?? loadTagger()) : null;
      this.#tagger = model ? new PhiTagger(model, this.#lexicon) : null;
    }
    return this.#tagger;
  }

  async detect(text: string): Promise<PhiSpan[]> {
    return this.detectSync(text);
  }

  /** Synchronous core, for benchmarks and the evaluation script. */
  detectSync(text: string): PhiSpan[] {
    const rules = this.detectRules(text);
    const tagger = this.tagger;
    if (!tagger) return this.#finish(text, rules);
    const added = tagger.detect(text, rules);
    if (!added.length) return this.#finish(text, rules);
    // The tagger's spans get the same context pass as the rules' (a workplace after a job, a
    // town after a store), then runs across both are joined.
    const refined = refineSpans(text, trimSpans(text, added), this.#lexicon);
    return this.#finish(text, bridgeSpans(text, mergeSpans(trimSpans(text, [...rules, ...refined]), text.length)));
  }

  /** Signature blocks need the final names: a job title and an employer on the lines after one. */
  #finish(text: string, spans: PhiSpan[]): PhiSpan[] {
    const titles = signatureTitles(text, spans, this.#lexicon);
    return spareMedicalWords(
      text,
      attachNameArticles(text, titles.length ? mergeSpans([...spans, ...titles], text.length) : spans),
      this.#lexicon,
    ).filter((s) => !(s.type === 'PROFESSION' && caresForFamily(text, s.start, s.end)));
  }

  /** The rule-based detectors alone (patterns, names, context): what the tagger adds to. */
  detectRules(text: string): PhiSpan[] {
    const spans = [...detectPatterns(text, { lexicon: this.#lexicon }), ...detectNames(text, this.#lexicon)];
    const refined = mergeSpans(trimSpans(text, refineSpans(text, trimSpans(text, spans), this.#lexicon)), text.length);
    return bridgeSpans(text, refined);
  }
}

/**
 * A place or a workplace that runs on into a medication ("at Walgreens, taking Lyrica") stops
 * before it: drug names and medical terms are never redacted. NAME spans are left whole, since
 * a person may be called Allegra.
 */
function spareMedicalWords(text: string, spans: PhiSpan[], lexicon: Lexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'ADDRESS' && s.type !== 'PROFESSION') {
      out.push(s);
      continue;
    }
    let start = s.start;
    for (const w of text.slice(s.start, s.end).matchAll(/\p{L}[\p{L}'-]*/gu)) {
      if (!lexicon.medical.has(w[0].toLowerCase())) continue;
      const at = s.start + w.index;
      const piece = trimSpans(text, [{ ...s, start, end: at }])[0];
      if (piece && piece.end > piece.start && /\p{L}|\d/u.test(text.slice(piece.start, piece.end))) out.push(piece);
      start = at + w[0].length;
    }
    if (start === s.start) out.push(s);
    else {
      const rest = trimSpans(text, [{ ...s, start, end: s.end }])[0];
      if (rest && rest.end > rest.start && /\p{L}{2}|\d/u.test(text.slice(rest.start, rest.end))) out.push(rest);
    }
  }
  return out;
}

/**
 * An article fused to a surname belongs to it ("al-Harbi", "el-Sayed", "ud-Din"), and a name
 * continued by one is one name ("Khalid bin Saeed al-Harbi").
 */
function attachNameArticles(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    let span = s;
    if (s.type === 'NAME') {
      const m = /(?:^|[^\p{L}])((?:al|el|ul|ud|ad|as|ash|at|az|abd|abdel|abdul|bin|ibn|abu|ben|bint)[-\u2010])$/iu.exec(
        text.slice(Math.max(0, s.start - 8), s.start),
      );
      if (m) span = { ...s, start: s.start - (m[1] as string).length };
    }
    const prev = out[out.length - 1];
    if (prev && prev.type === 'NAME' && span.type === 'NAME' && /^\s+$/.test(text.slice(prev.end, span.start))) {
      out[out.length - 1] = { ...prev, end: span.end };
    } else out.push(span);
  }
  return out;
}

/** Spans never start or end on white space or trailing punctuation. */
function trimSpans(text: string, spans: PhiSpan[]): PhiSpan[] {
  return spans.map((s) => {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /[\s,;:!?)(]/.test(text[end - 1] as string)) end--;
    // A job or employer does not end on a full stop, unless it is an abbreviation ("Co.", "St.").
    if (
      s.type === 'PROFESSION' &&
      text[end - 1] === '.' &&
      /\p{Ll}{2}\.$|\p{Lu}\p{L}{3,}\.$/u.test(text.slice(Math.max(start, end - 6), end)) &&
      !/\b(?:Inc|Corp|Bros|Ltd|Dept|Assn)\.$/.test(text.slice(Math.max(start, end - 6), end))
    )
      end--;
    return { ...s, start, end };
  });
}
