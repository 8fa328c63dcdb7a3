/**
 * Person-name detection from lexicons and context, for text that is often lower-case,
 * ALL-CAPS or badly punctuated.
 *
 * 1. Tokenise; mark each word as first name, surname, common word, medical word.
 * 2. Trigger contexts make the following words a name: titles ("Dr.", "Sra."), introductions
 *    ("my name is", "this is", "me llamo"), relations ("my son", "mi esposa"), sign-offs.
 * 3. Without a trigger, a word is a name when the lexicon and its form agree: a capitalised
 *    lexicon name that is not an everyday word, an unknown capitalised word mid-sentence,
 *    or two lexicon names side by side.
 * 4. Adjacent name words merge, across particles ("van", "de la") and initials.
 * Medication and medical words never become names, except right after a title.
 */
import type { PhiSpan } from '#core/schemas.ts';
import type { Lexicon } from './lexicon.ts';
import { foldWord } from './text.ts';

interface Token {
  start: number;
  end: number;
  raw: string;
  /** folded, without a trailing possessive */
  word: string;
  cap: boolean;
  allCaps: boolean;
  sentenceStart: boolean;
  first: boolean;
  last: boolean;
  common: boolean;
  medical: boolean;
  name: number;
}

/** Any script's letters ("ł", "ś", "ầ"), with combining marks, apostrophes and hyphens inside. */
const TOKEN = /\p{L}[\p{L}\p{M}'’-]*[\p{L}\p{M}]|\p{L}\.?/gu;
const TITLES = new Set([
  'dr',
  'doctor',
  'dra',
  'doctora',
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'sr',
  'sra',
  'srta',
  'senor',
  'senora',
  'senorita',
  'don',
  'dona',
  'prof',
  'professor',
  'pastor',
  'rev',
  'fr',
  'np',
  'pa',
  'rn',
  'nurse',
  'pharmacist',
  'enfermera',
  'sgt',
  'officer',
  'coach',
  'judge',
  'licenciado',
  'lic',
  'capt',
  'lt',
  'col',
  'rabbi',
  'imam',
  'madame',
  'mme',
  'herr',
  'frau',
]);
const INTRO =
  /\b(?:my name is|my name['’]?s|name is|name is still|name:|names?:|this is|it['’]?s|its|i am|i['’]?m|im|here is|me llamo|mi nombre es|soy|habla|le habla|le escribe|les escribe|les saluda|le saluda|patient:?|pt:?|paciente:?|nombre:?|for patient|on behalf of|de parte de|signed|firma|policy ?holder|subscriber|guardian of|foster parent (?:for|of)|writing for|resident|caseworker is|case manager is|social worker is|contact:?|mine:?|his:?|hers:?|her name(?: is)?|his name(?: is)?|se llama|llamad[oa]|named|called)\s*$/i;
/** Introductions that, in a lower-case message, name the writer: "hi i'm tayo", "hola soy lupita". */
const LOWER_INTRO =
  /(?:^|[.!?\n,]\s*)(?:(?:hi|hey|hello|hola|yo|buenas|buenos d[ií]as|ok)[,!.]*\s+)?(?:i['’]?m|im|its|it['’]s|this is|soy|me llamo|my name is|my name['’]?s|name is|mi nombre es)\s*$/i;
const RELATION =
  /\b(?:my|our|his|her|their|mi|mis|nuestr[oa]|su)\s+(?:(?:\d+|[a-z]+)[- ](?:year|month|week|yr|yo|y\/o)[- ]?old\s+|little\s+|older\s+|oldest\s+|youngest\s+|younger\s+|baby\s+|twin\s+|elderly\s+|step\s*|late\s+|adult\s+|foster\s+)?(?:son|sons|daughter|daughters|husband|wife|mom|mother|mum|dad|father|brother|sister|child|kid|kids|baby|grandson|granddaughter|grandchild|grandma|grandmother|grandpa|grandfather|granny|aunt|uncle|nephew|niece|cousin|partner|boyfriend|girlfriend|fiance|fiancee|friend|neighbou?r|roommate|caregiver|spouse|stepson|stepdaughter|stepmom|stepdad|stepfather|stepmother|mother-in-law|father-in-law|sister-in-law|brother-in-law|twins|toddler|infant|newborn|teen|teenager|oldest|youngest|doctor|pcp|provider|therapist|pharmacist|nurse|caseworker|case manager|social worker|lola|lolo|nana|nanna|papaw|mamaw|hijo|hija|hijos|hijas|esposo|esposa|marido|mama|mami|papa|papi|madre|padre|padrastro|madrastra|hermano|hermana|abuela|abuelo|abuelita|abuelito|nieto|nieta|tio|tia|sobrino|sobrina|suegra|suegro|novio|novia|pareja|bebe|nino|nina|doctora?|medico|vecin[oa]|primo|prima|cunad[oa]|yerno|nuera)(?:\s+(?:is|es|se llama))?\s*[,:(]?\s*$/i;
/** Bare kinship words that open a sentence or a parenthesis before a name: "Mom (Rosa Díaz, 89)". */
const KIN_OPEN = /(?:^|[.!?\n]\s*)(?:mom|mother|dad|father|baby|grandma|grandpa|mamá|papá)\s*[(:,]?\s*(?:is\s+)?$/i;
const VERB_BEFORE =
  /\b(?:call|called|ask|asked|tell|told|saw|see|seeing|seen|with|from|to|and|by|per|ask for|thank|thanks|cc|attn|attention|dear|hi|hello|hey|hola|estimad[oa]|querid[oa]|con|para|llamar a|ver a|vi a|al|gracias)\s*[,:]?\s*$/i;
const SIGNOFF =
  /(?:^|[\n.!?,]\s*|\s)(?:thanks|thank you|thank u|thx|tks|ty|tyvm|sincerely|regards|best|best regards|kind regards|warm regards|respectfully|cheers|love|blessings|god bless|gracias|muchas gracias|atentamente|saludos|bendiciones|cordialmente|respetuosamente|un saludo|sinceramente|xoxo|appreciate it|much appreciated|with thanks|many thanks|salamat po|merci|mèsi anpil)\s*[,.!]?\s*(?:-{1,2}|—|–|~)?\s*$|(?:^|[\n.!?]\s*)(?:-{1,2}|—|–|~)?\s*$|\s(?:-{1,2}|—|–|~)\s*$/i;
/** What may follow a name written as a signature: end of message, a line break, or contact details. */
const AFTER_SIGNATURE =
  /^(?:\s*$|\s*\n|\.?\s*[,(]?\s*(?:\+?\(?\d|dob\b|d\.o\.b|born\b|birthday\b|mrn\b|rx\b|member\b|ssn\b|age\b|(?:here|aquí|aqui|requesting)\b|(?:mom|dad|mother|father|parent|guardian|caregiver|wife|husband|daughter|son)\)|[a-z0-9._%+-]+@)|\s*[,(]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\s*,\s*\d{1,3}\b|\s*,\s*(?:[A-Z][a-z]+\s?){1,3},\s*[A-Z]{2}\b)/i;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'los',
  'las',
  'y',
  'e',
  'bin',
  'bint',
  'binti',
  'ibn',
  'abu',
  'al',
  'el',
  'ben',
  'st',
  'mac',
  'ter',
  'den',
  'der',
  'ap',
  'dela',
  'delos',
  'viuda',
  'o',
  'ni',
  'af',
  'zu',
]);
/** Generational suffixes that belong to the name before them. */
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
/**
 * Closed-class words (articles, pronouns, prepositions, auxiliaries) and everyday verbs that some
 * name lists contain ("The", "My", "Said"): never names, even where a name is expected.
 */
const FUNCTION_WORDS = new Set(
  (
    'a an the this that these those my your his her our their its me him them us we you he she they it i ' +
    'is am are was were be been being has have had do does did will would can could shall should may might must ' +
    'and or but so if then than as at by for from in into of on to up with about after before over under again ' +
    'just also only very really still even too not no yes now here there when where why how what who which ' +
    'said says say told tell got get gets had fine well good bad best due free long alone come came see saw seen ' +
    'go going went take took make made need needs want wants like feel felt call called ask asked know think ' +
    'que de del la las el los lo le les un una unos unas y o pero como con sin por para en al mi mis tu su sus ' +
    'es son era fue ha han he hay esta está estoy están nada todo muy mas más ya no si sí qué cómo cuando donde ' +
    'tomo tomé tomó toma tengo tiene dije dijo'
  ).split(' '),
);
/** Words that look like names but are nearly always something else in a portal message. */
const NOT_NAMES = new Set([
  'hi',
  'hello',
  'hey',
  'dear',
  'thanks',
  'thank',
  'please',
  'pls',
  'plz',
  'ok',
  'okay',
  'yes',
  'no',
  'er',
  'icu',
  'mri',
  'ct',
  'bp',
  'pcp',
  'ob',
  'gyn',
  'ent',
  'gi',
  'pt',
  'ot',
  'np',
  'pa',
  'rn',
  'md',
  'do',
  'dob',
  'rx',
  'id',
  'asap',
  'fyi',
  'tbh',
  'lol',
  'omg',
  'idk',
  'covid',
  'flu',
  'hola',
  'buenos',
  'buenas',
  'gracias',
  'doctor',
  'doctora',
  'nurse',
  'sir',
  'madam',
  'maam',
  'mom',
  'dad',
  'mama',
  'papa',
  'mami',
  'papi',
  'baby',
  'bebe',
  'honey',
  'god',
  'jesus',
  'lord',
  'dios',
  'sent',
  'iphone',
  'android',
  'portal',
  'mychart',
  'epic',
  'medicare',
  'medicaid',
  'urgent',
  'care',
  'am',
  'pm',
  'vs',
  'etc',
  'ma',
  'sra',
  'sr',
]);
const DRUG_SUFFIX =
  /(?:pril|olol|sartan|statin|pine|zole|prazole|cycline|mycin|cillin|floxacin|tide|glutide|gliptin|gliflozin|xaban|azepam|zolam|triptan|oxetine|aline|afil|mab|nib|umab|ximab|vir|navir|semide|thiazide|lukast|terol|sonide|asone|olone|done|codone|morphone|tadine|zine|amine|profen|fenac|coxib|parin|tropin|phylline|barb|dronate|lamide|caine)$/;
const DOSE_AFTER = /^\s*\d+(?:\.\d+)?\s*(?:mg|mcg|µg|ml|units?|iu|%|mg\/ml)\b/i;

interface WordInfo {
  raw: string;
  word: string;
  possessive: boolean;
  allCaps: boolean;
  initialCap: boolean;
  first: boolean;
  last: boolean;
  common: boolean;
  medical: boolean;
}
/** Lexicon facts per written form, kept across messages: most words recur, and folding is slow. */
const wordCache = new WeakMap<Lexicon, Map<string, WordInfo>>();

function wordInfo(token: string, lex: Lexicon): WordInfo {
  let cache = wordCache.get(lex);
  if (!cache) {
    cache = new Map();
    wordCache.set(lex, cache);
  }
  let info = cache.get(token);
  if (info) return info;
  const raw = token.endsWith('.') ? token.slice(0, -1) : token;
  const possessive = /['’]s$/i.test(raw);
  const word = foldWord(possessive ? raw.slice(0, -2) : raw);
  // "Min-seo", "Jean-Louis": a hyphenated word is a name when one of its parts is.
  const parts = word.includes('-') ? word.split('-').filter((w) => w.length > 1) : [];
  const partName = parts.some((w) => (lex.firstNames.has(w) || lex.surnames.has(w)) && !lex.common.has(w));
  info = {
    raw,
    word,
    possessive,
    allCaps: raw.length > 1 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw),
    initialCap: /^\p{Lu}/u.test(raw),
    first: lex.firstNames.has(word) || partName,
    last: lex.surnames.has(word) || partName,
    common: lex.common.has(word) || FUNCTION_WORDS.has(word),
    medical: lex.medical.has(word) || lex.medical.has(word.replace(/s$/, '')),
  };
  if (cache.size < 50_000) cache.set(token, info);
  return info;
}

function tokenize(text: string, lex: Lexicon): Token[] {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length;
  const shouting = letters.length > 12 && upper / letters.length > 0.7;
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const w = wordInfo(m[0], lex);
    // The last non-space character before the word, and whether a line break precedes it.
    let back = m.index - 1;
    let newline = false;
    for (; back >= 0 && /\s/.test(text[back] as string); back--) if (text[back] === '\n') newline = true;
    const prevChar = back >= 0 ? (text[back] as string) : '';
    tokens.push({
      start: m.index,
      end: m.index + w.raw.length - (w.possessive ? 2 : 0),
      raw: w.raw,
      word: w.word,
      cap: !shouting && !w.allCaps && w.initialCap,
      allCaps: w.allCaps,
      sentenceStart: prevChar === '' || newline || /[.!?:"“(]/.test(prevChar),
      first: w.first,
      last: w.last,
      common: w.common,
      medical: w.medical,
      name: 0,
    });
  }
  return tokens;
}

const isLexName = (t: Token) => t.first || t.last;
const isInitial = (t: Token) => /^\p{Lu}$/u.test(t.raw);

function medicalLike(t: Token, text: string): boolean {
  return t.medical || (t.word.length > 6 && DRUG_SUFFIX.test(t.word)) || DOSE_AFTER.test(text.slice(t.end, t.end + 12));
}

/** Words that can never be part of a name, whatever the context. */
function excluded(t: Token): boolean {
  return t.word.length < 2 || NOT_NAMES.has(t.word) || FUNCTION_WORDS.has(t.word) || contraction(t.word);
}

/** Could this word be part of a name, given a context that expects one? */
function nameable(t: Token, text: string, expected = false): boolean {
  if (excluded(t) || medicalLike(t, text)) return false;
  if (isLexName(t)) return expected || !t.common || t.cap || t.allCaps;
  return (t.cap || t.allCaps) && !t.common;
}

/** "I'm", "don't", "we'll": never names; "O'Neil", "D'Angelo" are. */
function contraction(word: string): boolean {
  const i = word.indexOf("'");
  return i >= 0 && !/^(?:o|d|l|mc|da|de|di)$/.test(word.slice(0, i));
}

/** Only spaces (and initials' dots or hyphens) between two tokens. */
const joined = (text: string, a: Token | undefined, b: Token | undefined) =>
  !!a && !!b && /^[\s.]*\s$|^\s+$|^\s+["“]$|^["”]\s+$/.test(text.slice(a.end, b.start));

/**
 * Marks the name that starts at token i: up to `max` words, across particles ("de los"),
 * initials ("J.") and generational suffixes ("Jr").
 */
function markFollowing(tokens: Token[], i: number, text: string, score: number, max = 4, firstExpected = true): void {
  let taken = 0;
  let pending: Token[] = [];
  for (let k = i; k < tokens.length && taken < max; k++) {
    const t = tokens[k] as Token;
    if (
      k > i &&
      /[,;:!?\n()]|\.\s*$/.test(text.slice((tokens[k - 1] as Token).end, t.start).replace(/^\.(?=\s\p{L}\b)/u, '')) &&
      !isInitial(tokens[k - 1] as Token)
    )
      break;
    if (k > i && (PARTICLES.has(t.word) || isInitial(t)) && k + 1 < tokens.length) {
      pending.push(t);
      continue;
    }
    if (k > i && taken && SUFFIXES.has(t.word)) {
      t.name = Math.max(t.name, score);
      break;
    }
    // After the first word, a capitalised word that is not everyday English continues the name.
    const follows =
      k > i &&
      taken > 0 &&
      (t.cap || t.allCaps || isLexName(t)) &&
      !excluded(t) &&
      !medicalLike(t, text) &&
      (!t.common || t.cap || t.allCaps || isLexName(t));
    if (!(nameable(t, text, firstExpected && k === i) || follows || (pending.length && t.cap && !medicalLike(t, text))))
      break;
    for (const p of pending) p.name = Math.max(p.name, score);
    pending = [];
    t.name = Math.max(t.name, score);
    taken++;
  }
}

/** Messages typed without capitals ("hi i'm tayo", "danny 832 555 1190"): names come lower-case too. */
function lowerCaseStyle(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 12) return false;
  if (letters.replace(/[^\p{Lu}]/gu, '').length / letters.length < 0.02) return true;
  // Or most sentences start lower-case ("is that from the med? she's 74. danny 832 555 1190").
  const starts = [...text.matchAll(/(?:^|[.!?\n]\s+)(\p{L})/gu)].map((m) => m[1] as string);
  const low = starts.filter((c) => c === c.toLowerCase()).length;
  return starts.length >= 3 && low / starts.length >= 0.75;
}
/** A lower-case word that may be a name in an all-lower-case message: a lexicon name or an unknown word. */
const lowerNameable = (t: Token, text: string) =>
  !excluded(t) &&
  !medicalLike(t, text) &&
  !NOT_LOWER_NAMES.has(t.word) &&
  (isLexName(t) || (!t.common && !WORD_ENDING.test(t.word)));
/** Endings of verbs and adjectives typed lower-case ("slurring", "swollen", "diabetic"), not names. */
const WORD_ENDING = /(?:ed|ing|en|ly|ic|al|ous|ful|less|ive|ness|ment|ies|ble)$/;
const NOT_LOWER_NAMES = new Set([
  'bye',
  'yep',
  'yup',
  'nope',
  'nah',
  'thx',
  'ty',
  'tho',
  'btw',
  'smh',
  'rn',
  'ur',
  'u',
  'pls',
  'plz',
  'k',
  'hes',
  'shes',
  'im',
  'ive',
  'ill',
  'its',
  'acct',
  'appt',
  'dont',
  'cant',
  'wont',
  'didnt',
  'doesnt',
  'isnt',
  'wasnt',
  'thats',
  'whats',
  'woke',
  'gonna',
  'wanna',
  'gotta',
]);

/** Marks up to `max` lower-case name words from token i, on one line and without punctuation between. */
function markLowerRun(tokens: Token[], i: number, text: string, score: number, max = 3): number {
  let n = 0;
  for (let k = i; k < tokens.length && n < max; k++) {
    const t = tokens[k] as Token;
    if (k > i && !joined(text, tokens[k - 1], t)) break;
    if (!(lowerNameable(t, text) || (k > i && SUFFIXES.has(t.word)))) break;
    t.name = Math.max(t.name, score);
    n++;
  }
  return n;
}

export function detectNames(text: string, lex: Lexicon): PhiSpan[] {
  const tokens = tokenize(text, lex);
  const lower = lowerCaseStyle(text);
  // Step 2: trigger contexts.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const before = text.slice(Math.max(0, t.start - 60), t.start);
    const prev = tokens[i - 1];
    if (
      prev &&
      TITLES.has(prev.word) &&
      /^\.?\s+$/.test(text.slice(prev.end, t.start)) &&
      (prev.cap || prev.allCaps || /^(?:dr|mrs?|ms|sra?|dra)$/.test(prev.word))
    ) {
      // After a title anything word-like is a name, even a drug-like word ("Dr. Lyrica" is a person).
      if (
        t.word.length >= 2 &&
        !NOT_NAMES.has(t.word) &&
        !FUNCTION_WORDS.has(t.word) &&
        !(t.common && !t.cap && !t.allCaps && !isLexName(t))
      ) {
        t.name = 0.95;
        markFollowing(tokens, i + 1, text, 0.9, 3, false);
      }
      continue;
    }
    if (INTRO.test(before) || RELATION.test(before) || KIN_OPEN.test(before)) {
      if (nameable(t, text, true) && (isLexName(t) || t.cap || t.allCaps)) markFollowing(tokens, i, text, 0.9, 5);
      else if (lower && LOWER_INTRO.test(before)) markLowerRun(tokens, i, text, 0.75);
      else if (lower && RELATION.test(before)) {
        // After "my mom" one unknown word may be a verb ("my daughter drank"): two words, or a lexicon name.
        const next = tokens[i + 1];
        if (lowerNameable(t, text) && (isLexName(t) || (next && joined(text, t, next) && lowerNameable(next, text))))
          markLowerRun(tokens, i, text, 0.75);
      }
      continue;
    }
    // "obinna here", "danny 832 555 1190", "... which is it. tj": a lower-case signature.
    if (lower && !t.name && (t.sentenceStart || i === 0) && lowerNameable(t, text)) {
      const run: Token[] = [];
      for (let k = i; k < tokens.length && run.length < 4; k++) {
        const w = tokens[k] as Token;
        if (k > i && !joined(text, tokens[k - 1], w)) break;
        if (!(lowerNameable(w, text) || (k > i && SUFFIXES.has(w.word)))) break;
        run.push(w);
      }
      const last = run.at(-1) as Token;
      const rest = text.slice(last.end);
      const signed =
        /^\s+(?:here|aqu[ií])\b/i.test(rest) ||
        (/^\.?\s*,?\s*(?:\(?\d|dob\b|\()/i.test(rest) && run.some(isLexName)) ||
        (/^\.?\s*\)/.test(rest) && /\(\s*$/.test(before) && run.length > 1 && run.some(isLexName)) ||
        (/^\s*$/.test(rest) && (run.length > 1 || /[.!?\n]\s*$/.test(before)) && i > 0);
      if (signed && run.some((w) => isLexName(w) || !w.common || w.word.length <= 3)) {
        for (const w of run) w.name = Math.max(w.name, 0.7);
        continue;
      }
    }
    const tail = text.length - t.start <= 60 ? text.slice(t.start) : '';
    if (
      tail &&
      /^[\p{L}\p{M}'’"“” .&-]{0,48}\s*$/u.test(tail) &&
      SIGNOFF.test(before) &&
      tail.trim().split(/\s+/).length <= 5
    ) {
      // The last words of the message after a sign-off or dash: "- Tom", "thanks, jen", "- T.R.".
      const words = tokens.slice(i);
      const ok = (w: Token) =>
        nameable(w, text) ||
        isLexName(w) ||
        PARTICLES.has(w.word) ||
        SUFFIXES.has(w.word) ||
        isInitial(w) ||
        w.word === 'and';
      const dashed = /[-—–~]\s*$/.test(before);
      if (
        words.every((w) => (ok(w) && !FUNCTION_WORDS.has(w.word)) || w.word === 'and') &&
        words.some((w) => isLexName(w) || w.cap || w.allCaps || (dashed && isInitial(w)))
      ) {
        for (const w of words) if (!PARTICLES.has(w.word) && w.word !== 'and') w.name = Math.max(w.name, 0.85);
        break;
      }
    }
    if (t.sentenceStart || /[,;]\s*$/.test(before)) signature(tokens, i, text);
  }
  // Step 3: lexicon and form.
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.name || excluded(t) || medicalLike(t, text)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const pairWith = (o: Token | undefined) =>
      !!o && isLexName(o) && !o.medical && !excluded(o) && (!o.common || o.cap || o.allCaps);
    if (isLexName(t) && !t.common && (t.cap || t.allCaps) && !(t.sentenceStart && t.allCaps && t.raw.length <= 3))
      t.name = 0.85;
    else if (
      isLexName(t) &&
      !t.common &&
      ((pairWith(next) && joined(text, t, next)) || (pairWith(prev) && joined(text, prev, t)))
    )
      t.name = 0.75;
    else if (
      isLexName(t) &&
      t.cap &&
      !t.sentenceStart &&
      ((pairWith(next) && joined(text, t, next)) || VERB_BEFORE.test(text.slice(Math.max(0, t.start - 15), t.start)))
    )
      t.name = 0.7;
    else if (
      t.cap &&
      !t.sentenceStart &&
      !t.common &&
      !isLexName(t) &&
      t.word.length >= 3 &&
      !/^[A-Z]{2,4}$/.test(t.raw)
    )
      t.name = 0.6;
  }
  // Step 4: a name grows over capitalised neighbours ("Dwayne Carter", "Trần Văn Hùng"),
  // then merges across particles, initials and suffixes.
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.name || excluded(t) || medicalLike(t, text) || !(t.cap || (t.allCaps && t.raw.length > 2))) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      const near = (prev?.name && joined(text, prev, t) && !t.sentenceStart) || (next?.name && joined(text, t, next));
      if (near && (isLexName(t) || !t.common)) t.name = 0.65;
    }
  }
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1] as Token;
    const t = tokens[i] as Token;
    if (a.name && !t.name && SUFFIXES.has(t.word) && joined(text, a, t)) t.name = a.name;
  }
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i] as Token;
    const n = tokens[i + 1] as Token;
    // "G. Mwangi", "J.R. Ocampo": initials just before a name.
    if (!t.name && isInitial(t) && n.name && /^\.?\s*$/.test(text.slice(t.end, n.start))) {
      t.name = n.name;
      for (
        let k = i - 1;
        k >= 0 &&
        isInitial(tokens[k] as Token) &&
        /^\.?$/.test(text.slice((tokens[k] as Token).end, (tokens[k + 1] as Token).start));
        k--
      )
        (tokens[k] as Token).name = n.name;
    }
  }
  for (let i = 1; i < tokens.length - 1; i++) {
    const a = tokens[i - 1] as Token;
    if (!a.name) continue;
    let j = i;
    while (
      j < tokens.length &&
      j < i + 2 &&
      !(tokens[j] as Token).name &&
      (PARTICLES.has((tokens[j] as Token).word) || isInitial(tokens[j] as Token))
    )
      j++;
    const b = tokens[j];
    if (j > i && b?.name && /^[\s.'’-]*$/.test(text.slice(a.end, b.start).replace(/\p{L}/gu, ''))) {
      for (let k = i; k < j; k++) (tokens[k] as Token).name = Math.min(a.name, b.name);
    }
  }
  const spans: PhiSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (!t.name) continue;
    const last = spans.at(-1);
    const gap = last ? text.slice(last.end, t.start) : '';
    if (
      last &&
      (tokens[i - 1] as Token).name &&
      /^(?:\s+|\.?\s+|\.|-|['’]s\s+|\s*['‘’"“”(]\s*|\s*['’"”)]\s+)$/.test(gap)
    )
      last.end = t.end;
    else
      spans.push({
        start: t.start,
        end: isInitial(t) && text[t.end] === '.' ? t.end + 1 : t.end,
        type: 'NAME',
        score: t.name,
      });
    const cur = spans.at(-1) as PhiSpan;
    if ((isInitial(t) || SUFFIXES.has(t.word)) && text[t.end] === '.') cur.end = Math.max(cur.end, t.end + 1);
  }
  return spans;
}

/**
 * A signature or label at the start of a sentence or list item: two to five name-like words
 * followed by contact details, a birth date, an age or the end of the message
 * ("Grace Choi, 213.555.0169", "Ray Dominguez 9-17-66", "Mine: Kang Min-seo, visit").
 */
function signature(tokens: Token[], i: number, text: string): void {
  let j = i;
  let lexical = 0;
  let capitalised = 0;
  while (j < tokens.length && j - i < 6) {
    const t = tokens[j] as Token;
    if (j > i && !joined(text, tokens[j - 1], t) && !/^\.\s+$/.test(text.slice((tokens[j - 1] as Token).end, t.start)))
      break;
    const particle = j > i && (PARTICLES.has(t.word) || SUFFIXES.has(t.word));
    if (!particle && !isInitial(t) && (excluded(t) || medicalLike(t, text))) break;
    if (!particle && !isInitial(t) && t.common && !isLexName(t) && !(t.cap || t.allCaps)) break;
    if (!particle && t.common && !(t.cap || t.allCaps)) break;
    if (isLexName(t) && (!t.common || t.cap || t.allCaps)) lexical++;
    if (t.cap || t.allCaps || isInitial(t)) capitalised++;
    j++;
  }
  const n = j - i;
  const head = tokens[i] as Token;
  // One word alone is a signature only when the message says so: "Mercedes aquí", "Tariq is 11".
  if (
    n === 1 &&
    isLexName(head) &&
    (head.cap || head.allCaps) &&
    /^\s+(?:here|aqu[ií]|(?:is|was)\s+\d{1,3}\b(?![:.]\d))/i.test(text.slice(head.end, head.end + 12))
  ) {
    head.name = Math.max(head.name, 0.75);
    return;
  }
  if (
    n === 1 &&
    head.cap &&
    !head.common &&
    head.word.length >= 3 &&
    /^\s*,?\s*(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.\-\u2010-\u2015]*\d{3}[\s.\-\u2010-\u2015]*\d{4}\s*$/.test(
      text.slice(head.end),
    )
  ) {
    head.name = Math.max(head.name, 0.7);
    return;
  }
  const suffixed = n === 2 && SUFFIXES.has((tokens[i + 1] as Token).word) && head.cap && !head.common;
  if (n < 2 || n > 5 || !(lexical || suffixed)) return;
  const run = tokens.slice(i, j);
  if (capitalised < n && !run.every((t) => (isLexName(t) && !t.common) || PARTICLES.has(t.word))) return;
  if (capitalised === 0 && n < 2) return;
  if (!AFTER_SIGNATURE.test(text.slice((tokens[j - 1] as Token).end, (tokens[j - 1] as Token).end + 40))) return;
  // "Best Regards", "Thank You" are common words only: a signature needs one word that is not.
  if (!run.some((t) => !t.common && (isLexName(t) || t.cap || t.allCaps) && !isInitial(t))) return;
  for (const t of run) if (!PARTICLES.has(t.word) || t !== run[0]) t.name = Math.max(t.name, 0.8);
}
