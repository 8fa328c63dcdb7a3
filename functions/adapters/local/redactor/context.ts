/**
 * Second pass over the detected spans: PHI often comes in runs ("Grace Choi, 74", "the Walgreens
 * on Route 9 in Freehold", "Thursday, October 12, 2024"), and a span found alone tells us what the
 * words next to it are. Extends spans over such neighbours and bridges the small gaps between them.
 */
import type { PhiSpan, PhiType } from '#core/schemas.ts';
import type { Lexicon } from './lexicon.ts';
import { NUM_WORDS_TEENS_UP, WORKPLACE_NOUNS } from './patterns.ts';

/** An age right after a name: "Bernice Alston, 74", "Mariam 7, Ahmad 5", "(Tomasz Nowak, 72)". */
const AGE_AFTER_NAME =
  /^(?:\s+here)?(?:,\s*|\s+(?:de\s+)?|\s*\(\s*)(\d{1,3})(?=\s*(?:[,;)\n!?]|\.(?!\d)|$|y(?:ea)?rs?\b|years?\b|y\/o\b|yo\b|a[ñn]os\b|and\b|y\b|dob\b|born\b|months?\b|mos?\b)|\s+(?!(?:weeks?|wks?|days?|hours?|hrs?|times?|mg|mcg|ml|pills?|tabs?|tablets?|minutes?|mins?|am|pm|a\.m|p\.m|o['’]clock|of|x|percent|units?|doses?|refills?|boxes|bottles|semanas|d[ií]as|horas|veces|pastillas)\b)\p{Ll}+\b)/iu;
/** An age in words after a name and a comma: "Roberta Yazzie, seventy-eight", "Ida Mae, ninety-one in March". */
const AGE_WORDS_AFTER_NAME = new RegExp(
  `^(?:\\s+here)?,\\s*(${NUM_WORDS_TEENS_UP})(?=\\s*(?:[,;)\\n!?.]|$)|\\s+(?:in|this|next|last|and|who|with|years?|yrs?|y/o|yo|now|today)\\b)`,
  'i',
);
/** An age corrected right after it: "setenta y dos años... perdón, 72", "80, sorry, 81". */
const AGE_CORRECTION =
  /^\s*(?:a[ñn]os|years?(?: old)?)?\s*(?:\.{2,}|…|,|-+)?\s*(?:perd[oó]n|sorry|i mean|digo|o sea|quiero decir)[,:]?\s*(\d{1,3})\b(?![.,]\d)/i;
/** A second age right after a first: "(3 and 8)", "are 6 and 8", "tiene 71 y yo 68". */
const AGE_CHAIN =
  /^\s*(?:,|and|&|y|y yo|and i['’]?m|and me)\s*(\d{1,3})\b(?=\s*(?:[).,;!?\n]|$|years?\b|yrs?\b|a[ñn]os\b|months?\b|meses\b))/i;
/** What extends an address: a unit, a ZIP code, "in <Town>", ", <Town>", a state. */
const ADDRESS_TAIL =
  /^(?:,?\s*(?:apt|apartment|unit|suite|ste|room|rm|#)\.?\s*#?\s*[A-Za-z0-9-]*\d[A-Za-z0-9-]*|,?\s*(?:apt|unit)\.?\s*[A-Z]\b|,?\s+\d{5}(?:-\d{4})?(?!\d)|(?:,\s*|\s+(?:in|en|de|del)\s+)(?:\p{Lu}[\p{L}.'’-]*)(?:(?<!\p{Ll}{3}\.)\s+\p{Lu}[\p{L}.'’-]*){0,2}(?:(?<!\p{Ll}{3}\.),?\s+[A-Z]{2}\b)?|,?\s+[A-Z]{2}\b(?:\s+\d{5})?)/u;
/** Lower-case "in <town>" after a store, in messages typed without capitals. */
const LOWER_TOWN = /^\s+(?:in|en)\s+([a-z]+(?:\s[a-z]+)?)\b/;
const DATE_PREFIX = /\b(?:last|next|this|early|late|mid|coming|past|this coming)[\s-]+$/i;
const DATE_YEAR = /^,?\s+(?:19|20)\d{2}\b/;
/** "welder at Bath Iron Works", "driver for Werner", "attorney with Baker LLP". */
const EMPLOYER_TAIL = new RegExp(
  [
    // "at Bath Iron Works", "for Orange County Fire", "at 99 Ranch Market", "at PS 24".
    // "machinist from GE", "toll collector on the Turnpike", "seamstress at the Hanes mill"; not "for 40 years".
    `^\\s+(?:at|for|with|in|from|on\\s+the)\\s+(?:the\\s+)?(?!\\d+\\s+(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\\b)(?:[A-Z0-9][\\w&.'’-]*)(?:(?<!(?:\\p{Ll}{2}|\\p{Lu}{2}|&\\p{Lu})\\.)\\s+(?:of\\s+|&\\s+|and\\s+(?!I\\b))?[A-Z0-9][\\w&.'’-]*){0,4}(?:(?<!\\.)\\s+${WORKPLACE_NOUNS}\\b)?(?:\\s+(?:in|on|at)\\s+[A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,2})?`,
    // "bookkeeper for the county", "driver for the city"; "ironworker, Local 40".
    '^\\s+(?:for|with)\\s+the\\s+(?:city|county|state|federal government|government|school district|district|railroad|post office|parks department|school board)\\b|^,?\\s+Local\\s+\\d+\\b',
    // "at a fab shop in Gary", "in the call center", "in a group home", "at the post office on Grand".
    `^\\s+(?:at|for|with|in|on)\\s+(?:the\\s+|a\\s+|an\\s+|my\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}${WORKPLACE_NOUNS}\\b(?:\\s+(?:on|in|at)\\s+(?:[\\p{Lu}\\d][\\w.'’-]*)(?:\\s+[\\p{Lu}][\\w.'’-]*){0,2})?`,
    // "en el Hilton del centro", "en una textilera", "en Head Start", "para la Ciudad de Chicago".
    "^\\s+(?:en|para)\\s+(?:(?:el|la|un|una|los|las)\\s+)?(?:[\\p{L}\\d][\\p{L}\\d'’-]*)(?:\\s+(?:de|del|de la)\\s+\\p{L}+|(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’-]*){1,3}(?:\\s+del?\\s+\\p{Ll}+)?)?",
    // "chofer de camión", "maestra de preescolar", "trabajadora del campo".
    '^\\s+(?:de|del)\\s+(?:(?:la|el|una|un)\\s+)?(?!(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo|noche|d[ií]a|tiempo|vez|mi|su|que|edad)\\b)\\p{L}{3,}',
  ].join('|'),
  'u',
);
/** Titles that take a field after "of": "professor of chemistry", "director of nursing". */
const TITLE_OF =
  /\b(?:professor|director|chair|dean|head|teacher|instructor|lecturer|manager|president|vp|supervisor)$/i;
const FIELD_AFTER_TITLE =
  /^\s+of\s+(?:(?!(?:the|a|an|my|your|his|her|our|their|it|this|that)\b)\p{Ll}+\s+){0,2}?\p{Ll}{3,}(?=\s+(?:at|for|from|in|with)\b|[,.;:!?)\n]|\s*$|\s+(?:and|but|so)\b)/u;
const FUNCTION_START =
  /^(?:,\s*|\s+(?:in|en|de|del)\s+)(?:The|This|That|My|Our|Your|His|Her|Their|It|I|We|He|She|They|Thanks|Thank|Please|Also|And|But|So|If|When|Dr|Mr|Mrs|Ms)\b/;

type Span = PhiSpan;

export function refineSpans(text: string, input: readonly PhiSpan[], lex: Lexicon): PhiSpan[] {
  const spans: Span[] = input.map((s) => ({ ...s }));
  const extra: Span[] = [];
  for (const s of spans) {
    const after = text.slice(s.end, s.end + 80);
    if (s.type === 'NAME') {
      const m = AGE_AFTER_NAME.exec(after) ?? AGE_WORDS_AFTER_NAME.exec(after);
      if (m?.[1] && !(Number(m[1]) > 125)) {
        const at = s.end + (m.index ?? 0) + m[0].length - m[1].length;
        extra.push({ start: at, end: at + m[1].length, type: 'AGE', score: 0.8 });
      }
    } else if (s.type === 'AGE') {
      const m = AGE_CHAIN.exec(after) ?? AGE_CORRECTION.exec(after);
      if (m?.[1] && Number(m[1]) <= 125) {
        const at = s.end + m[0].length - m[1].length;
        extra.push({ start: at, end: at + m[1].length, type: 'AGE', score: 0.8 });
      }
    } else if (s.type === 'ADDRESS') {
      let end = s.end;
      for (let k = 0; k < 4; k++) {
        const tail = text.slice(end, end + 60);
        if (FUNCTION_START.test(tail)) break;
        const m = ADDRESS_TAIL.exec(tail);
        if (m) {
          end += m[0].length;
          continue;
        }
        const low = LOWER_TOWN.exec(tail);
        const town = low?.[1] ?? '';
        const words = town.split(' ');
        if (low && (lex.cities.includes(town) || words.every((w) => !lex.common.has(w)))) {
          const kept =
            lex.cities.includes(town) || words.length === 1 || lex.common.has(words[1] ?? '')
              ? low[0].length - (words.length > 1 && !lex.cities.includes(town) ? (words[1]?.length ?? 0) + 1 : 0)
              : low[0].length;
          end += kept;
          continue;
        }
        break;
      }
      s.end = end;
    } else if (s.type === 'DATE') {
      const p = DATE_PREFIX.exec(text.slice(Math.max(0, s.start - 16), s.start));
      if (p) s.start -= p[0].length;
      const y = DATE_YEAR.exec(after);
      if (y) s.end += y[0].length;
    } else if (s.type === 'PROFESSION') {
      // "professor of civil engineering", "director of nursing": a field after an academic or managing title.
      const of = TITLE_OF.test(text.slice(Math.max(0, s.end - 12), s.end)) ? FIELD_AFTER_TITLE.exec(after) : null;
      if (of) s.end += of[0].length;
      for (let k = 0; k < 3; k++) {
        const m = EMPLOYER_TAIL.exec(text.slice(s.end, s.end + 80));
        if (!m?.[0]) break;
        s.end += m[0].length;
      }
    }
  }
  return [...spans, ...extra];
}

/** The rest of a signature's name line: credentials ("Okwuosa, CPA", "Lopez, RN"), then the line break. */
const NAME_LINE_END = /^(?:,?\s*(?:[A-Z]{2,5}|Jr\.?|Sr\.?|Ph\.?D\.?|M\.?D\.?|Esq\.?|MBA|II|III))*[ \t]*\r?\n/;
/** A line of title-case words (and "of", "and", "&", commas): a job title or a company. */
const TITLE_LINE =
  /^(?:[A-Z][\p{L}'’&.-]*|of|and|&|the|for|de|y)(?:,?[ \t]+(?:[A-Z][\p{L}'’&.-]*|of|and|&|the|for|de|y)){0,6}/u;
/** Heads of job titles in signatures: "Senior Account Manager", "Benefits Coordinator", "Partner". */
const TITLE_HEAD =
  /(?:manager|president|partner|director|officer|coordinator|specialist|analyst|consultant|associate|assistant|engineer|designer|developer|owner|founder|ceo|cfo|coo|cto|vp|chair|dean|professor|emeritus|lead|head|supervisor|attorney|counsel|administrator|accountant|advisor|adviser|representative|rep|agent|broker|editor|writer|producer|architect|scientist|technician|nurse|teacher|principal|librarian|secretary|clerk|planner|strategist|recruiter|paralegal|pastor|minister|chaplain|superintendent|treasurer|controller|auditor|underwriter|adjuster|instructor|lecturer|researcher|programmer)$/i;
const NOT_SIGNATURE_LINE =
  /^(?:Sent|Thanks|Thank|Regards|Best|Sincerely|Cheers|Caregiver|Patient|Mother|Father|Mom|Dad|Daughter|Son|Wife|Husband|Power|POA|Guardian|DOB|MRN|Phone|Cell|Fax|Email)\b/;

/**
 * A signature block: the name alone on its line, then a job title ("Senior Account Manager",
 * "Vice President, Commercial Lending", "Partner, Okwuosa & Pratt CPAs"), then perhaps the employer's line.
 */
export function signatureTitles(text: string, spans: readonly PhiSpan[], lex: Lexicon): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    if (s.type !== 'NAME' || !text.includes('\n', s.end)) continue;
    // The name opens its line, perhaps after a dash: "-- \nJordan Ellis-Baptiste", "- Tom".
    const lineStart = text.lastIndexOf('\n', s.start - 1) + 1;
    if (!/^[ \t]*(?:[-–—~]+[ \t]*)?$/.test(text.slice(lineStart, s.start))) continue;
    out.push(...signatureTitle(text, s.end, lex));
  }
  return out;
}

function signatureTitle(text: string, nameEnd: number, lex: Lexicon): Span[] {
  const tail = NAME_LINE_END.exec(text.slice(nameEnd, nameEnd + 40));
  if (!tail) return [];
  const out: Span[] = [];
  let at = nameEnd + tail[0].length;
  const titleLine = text.slice(at, text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at));
  const t = TITLE_LINE.exec(titleLine);
  if (!t || t[0].length < titleLine.trimEnd().length || NOT_SIGNATURE_LINE.test(titleLine)) return [];
  const first = (titleLine.split(',')[0] ?? '').trim();
  const head = first.split(/\s+/).at(-1) ?? '';
  if (
    !(
      TITLE_HEAD.test(head) ||
      lex.occupations.includes(first.toLowerCase()) ||
      lex.occupations.includes(head.toLowerCase())
    )
  )
    return [];
  out.push({ start: at, end: at + titleLine.trimEnd().length, type: 'PROFESSION', score: 0.7 });
  // The employer's line after the title: title-case words, no digits, not an address.
  at += titleLine.length + 1;
  const nextEnd = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
  const next = text.slice(at, nextEnd).trimEnd();
  const c = TITLE_LINE.exec(next);
  if (
    next &&
    c &&
    c[0].length === next.length &&
    !NOT_SIGNATURE_LINE.test(next) &&
    !/\b(?:St|Ave|Street|Avenue|Rd|Road|Blvd|Suite|Dr|Lane|Ln|Way|Hwy)\b/.test(next)
  )
    out.push({ start: at, end: at + next.length, type: 'PROFESSION', score: 0.6 });
  return out;
}

/** Joins two parts of one expression across the gap between them; expects merged, sorted spans. */
export function bridgeSpans(text: string, spans: readonly PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    const last = out.at(-1);
    if (last && s.start >= last.end && joins(last.type, s.type, text.slice(last.end, s.start))) {
      if (s.end - s.start > last.end - last.start) last.type = s.type;
      last.end = s.end;
      if (s.score !== undefined) last.score = Math.min(last.score ?? 1, s.score);
    } else out.push({ ...s });
  }
  return out;
}

function joins(a: PhiType, b: PhiType, gap: string): boolean {
  if (gap.length > 14) return false;
  if (a === 'ADDRESS' && b === 'ADDRESS')
    return /^\s*(?:,\s*)?(?:on|in|at|off|near|by|inside|de|del|en|of|and|&|y|-)?\s*(?:(?:the|la|el)\s+)?$/i.test(gap);
  if (a === 'DATE' && b === 'DATE') return /^(?:,?\s*|\s+the\s+|\s+of\s+|\s*-\s*|\s+(?:de|del)\s+)$/i.test(gap);
  if ((a === 'PROFESSION' || b === 'PROFESSION') && (a === 'ADDRESS' || b === 'ADDRESS' || a === b))
    return /^\s+(?:at|for|with|in|on|from|en|de|del)\s+(?:(?:the|la|el)\s+)?$|^\s+(?:as\s+an?|como)\s+$|^\s+$/i.test(
      gap,
    );
  return false;
}
