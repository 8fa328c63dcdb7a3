/**
 * Chooses and combines two redactors: the primary (Comprehend Medical in production) and the
 * secondary (the local redactor). It imports no AWS SDK, so local mode and tests can use it
 * with any two implementations of the port.
 */
import { RedactionError } from '#core/errors.ts';
import type { Redactor } from '#core/ports.ts';
import { mergeSpans } from '#core/redaction.ts';
import type { PhiSpan } from '#core/schemas.ts';

/** The values of the configuration's `backends.redaction`. */
export type RedactionMode = 'comprehend' | 'local' | 'both';

export interface CombinedRedactorOptions {
  /** Reads English only (DetectPHI). */
  primary: Redactor;
  /** Reads any language the local lexicons cover. */
  secondary: Redactor;
  mode: RedactionMode;
  /**
   * What to do with a message that is not English when the primary would read it: use the
   * secondary alone (`local`, the default: it is built for Spanish too), or fail closed (`fail`).
   */
  nonEnglish?: 'local' | 'fail';
}

export class CombinedRedactor implements Redactor {
  readonly name: string;
  readonly version: string;
  readonly #primary: Redactor;
  readonly #secondary: Redactor;
  readonly #mode: RedactionMode;
  readonly #nonEnglish: 'local' | 'fail';

  constructor(opts: CombinedRedactorOptions) {
    this.#primary = opts.primary;
    this.#secondary = opts.secondary;
    this.#mode = opts.mode;
    this.#nonEnglish = opts.nonEnglish ?? 'local';
    this.name = `combined-${opts.mode}`;
    this.version = `${opts.primary.name}@${opts.primary.version}+${opts.secondary.name}@${opts.secondary.version}`;
  }

  /**
   * 1. `local` mode: the secondary alone.
   * 2. Otherwise decide the language (declared, else guessed); for a message that is not
   *    English, the secondary alone or a RedactionError, as configured.
   * 3. `comprehend` mode: the primary alone.
   * 4. `both`: both at once, spans unioned; if either fails, detection fails (fail closed).
   */
  async detect(text: string, opts: { language?: string | undefined } = {}): Promise<PhiSpan[]> {
    if (this.#mode === 'local') return run(this.#secondary, text, opts);
    if (!isEnglish(text, opts.language)) {
      if (this.#nonEnglish === 'fail') throw new RedactionError('message language not supported by the redactor');
      return run(this.#secondary, text, opts);
    }
    if (this.#mode === 'comprehend') return run(this.#primary, text, opts);
    const [a, b] = await Promise.all([run(this.#primary, text, opts), run(this.#secondary, text, opts)]);
    return mergeSpans([...a, ...b], text.length);
  }
}

/** Any failure becomes a RedactionError, so the pipeline records one kind of failure. */
async function run(redactor: Redactor, text: string, opts: { language?: string | undefined }): Promise<PhiSpan[]> {
  try {
    return await redactor.detect(text, opts);
  } catch (e) {
    if (e instanceof RedactionError) throw e;
    throw new RedactionError(`redactor ${redactor.name} failed`, { cause: e });
  }
}

/**
 * English unless the message says otherwise or reads otherwise. A declared language wins
 * (`en`, `en-US`; `und` means unknown). The guess: mostly non-Latin letters, or at least two
 * function words of another language and more of them than English ones. A short message with
 * neither ("refill pls") counts as English: most portal messages are, and DetectPHI still reads
 * numbers and names in it.
 */
export function isEnglish(text: string, declared?: string): boolean {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0];
  if (tag && tag !== 'und') return tag === 'en' || tag === 'eng';
  const letters = text.match(/\p{L}/gu) ?? [];
  const nonLatin = letters.filter((c) => !/\p{Script=Latin}/u.test(c)).length;
  if (letters.length > 0 && nonLatin / letters.length > 0.3) return false;
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH_WORDS.has(w)) english++;
    else if (OTHER_WORDS.has(w)) other++;
  }
  return !(other >= 2 && other > english);
}

const ENGLISH_WORDS = new Set(
  'the and my i is are to for of you your please can could have has need thanks thank this that with it was be from on at in about what when will would not hi hello refill appointment'.split(
    ' ',
  ),
);

/**
 * Function words of the portal's other common languages that are not also English words or
 * common abbreviations (not "per", "pour", "non", "com", "est", "mon", "po").
 */
const OTHER_WORDS = new Set(
  [
    // Spanish
    'el los las del que por para con una tengo necesito mi mis está estoy pero muy gracias hola cita favor quiero puedo usted señor señora',
    // Portuguese
    'você não obrigado obrigada estou preciso meu minha uma consulta',
    // French
    'je suis nous vous avec les des une merci bonjour mes pas très',
    // German
    'ich und nicht mit bitte danke habe ist der das ein eine mein meine',
    // Italian
    'sono grazie il della che mio',
    // Tagalog
    'ako ang ng mga salamat sa ko',
    // Vietnamese
    'tôi của và không có cảm ơn bác sĩ',
  ]
    .join(' ')
    .split(' '),
);
