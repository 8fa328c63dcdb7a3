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

export class LocalRedactor implements Redactor {
  readonly name = 'local-redactor';
  readonly version = '1.0.0';
  readonly #lexicon: Lexicon;

  constructor(opts: { lexicon?: Lexicon } = {}) {
    this.#lexicon = opts.lexicon ?? loadLexicon();
  }

  async detect(text: string): Promise<PhiSpan[]> {
    return this.detectSync(text);
  }

  /** Synchronous core, for benchmarks and the evaluation script. */
  detectSync(text: string): PhiSpan[] {
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
