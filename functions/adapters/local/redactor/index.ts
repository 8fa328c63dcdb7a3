/**
 * The local PHI redactor: patterns for structured identifiers, lexicons and context for names.
 * It stands in for Comprehend Medical offline and for languages DetectPHI does not read.
 */
import type { Redactor } from '#core/ports.ts';
import { mergeSpans } from '#core/redaction.ts';
import type { PhiSpan } from '#core/schemas.ts';
import { bridgeSpans, refineSpans } from './context.ts';
import { type Lexicon, loadLexicon } from './lexicon.ts';
import { detectNames } from './names.ts';
import { detectPatterns } from './patterns.ts';
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
    if (!tagger) return rules;
    const added = tagger.detect(text, rules);
    return added.length ? mergeSpans([...rules, ...added], text.length) : rules;
  }

  /** The rule-based detectors alone (patterns, names, context): what the tagger adds to. */
  detectRules(text: string): PhiSpan[] {
    const spans = [...detectPatterns(text, { lexicon: this.#lexicon }), ...detectNames(text, this.#lexicon)];
    const refined = mergeSpans(trimSpans(text, refineSpans(text, trimSpans(text, spans), this.#lexicon)), text.length);
    return bridgeSpans(text, refined);
  }
}

/** Spans never start or end on white space or trailing punctuation. */
function trimSpans(text: string, spans: PhiSpan[]): PhiSpan[] {
  return spans.map((s) => {
    let { start, end } = s;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /[\s,;:!?)(]/.test(text[end - 1] as string)) end--;
    return { ...s, start, end };
  });
}
