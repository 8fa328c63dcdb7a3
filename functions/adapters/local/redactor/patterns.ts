/**
 * Pattern detectors for the structured PHI types: e-mail, URL and IP, phone, ID numbers,
 * dates, ages, addresses, facilities and occupations. English and Spanish.
 * Each detector returns spans over the original text; overlaps are resolved later.
 */
import type { PhiSpan, PhiType } from '#core/schemas.ts';
import type { Lexicon } from './lexicon.ts';

type Span = PhiSpan & { score: number };

const span = (start: number, end: number, type: PhiType, score: number): Span => ({ start, end, type, score });

/** Adds a span for each match, or for capture group `group` when given (offsets via the `d` flag). */
function collect(out: Span[], text: string, re: RegExp, type: PhiType, score: number, group?: number): void {
  for (const m of text.matchAll(re)) {
    if (group !== undefined) {
      const idx = m.indices?.[group];
      if (idx) out.push(span(idx[0], idx[1], type, score));
    } else {
      out.push(span(m.index, m.index + m[0].length, type, score));
    }
  }
}

const MONTHS_EN =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTHS_ES =
  '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
/** Days of the month in Spanish words: "doce de marzo", "primero de julio", "veintiuno de mayo". */
const DAY_WORDS_ES =
  '(?:primero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|diecis[eé]is|diecisiete|dieciocho|diecinueve|veinte|veinti(?:uno|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|treinta(?: y uno)?)';
const DAYS_EN =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)';
const DAYS_ES = '(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
const ORD = '(?:st|nd|rd|th|ro|do|to|vo|mo)';
const ORD_WORDS =
  '(?:(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)';
const DIGIT_WORD = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** Nouns after an ordinal that make it a count, not a date: "the third time", "the tenth floor". */
const ORD_NOUN_AFTER =
  'time|times|day|days|week|weeks|dose|doses|floor|grade|one|ones|round|attempt|visit|shot|trimester|try|opinion|child|baby|pregnancy|thing|option|month|year|line|page|bottle|refill|person|kid|son|daughter|letter|notice|bill|statement|call|message|injection|infusion|cycle|session|percentile|century|birthday|place|step|question|of (?:the|my|them|those|these|his|her)';
/** Years read out: "nineteen fifty two", "two thousand and five". */
const YEAR_WORDS = `(?:nineteen|two thousand(?: and)?)(?:\\s+(?:hundred|oh|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]${DIGIT_WORD})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${DIGIT_WORD}))?`;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;
const DOMAIN =
  /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|health|us|info|co|me|app|care)(?:\/[^\s)]*[^\s).,;:!?])?(?![a-z0-9@])/gi;
const IP = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const SSN = /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g;
const PHONE =
  /(?<![\d$.,])(?:\+?1[\s.-]*)?(?:\(\s*\d{3}\s*\)|\d{3})[\s.-]*\d{3}[\s.-]*\d{4}(?:\s*(?:x|ext\.?|extension|ext)\s*\d{1,6})?(?![\d%])/gi;
const PHONE7 = /(?<![\d$.,-])\d{3}[-.\u2010-\u2015\u2212]\d{4}(?![\d-])/g;
/**
 * Ten digits typed with any separators: en and em dashes, non-breaking hyphens, slashes, spaces
 * inside the groups ("555–867–5309", "210 – 555 – 7741", "(626) 555 0 1 2 2", "555/867-5309").
 * Each gap is at most three separator characters, so the pattern cannot backtrack badly.
 */
const PHONE_SEP = '[ \\t.\\-/\\u2010-\\u2015\\u2212]';
export const PHONE_LOOSE = new RegExp(
  `(?<![\\d$.,/])(?:\\+?1${PHONE_SEP}{0,3})?(?:\\(\\s*\\d{3}\\s*\\)|\\d{3})(?:${PHONE_SEP}{0,3}\\d){7}(?![\\d%/]|${PHONE_SEP}\\d)`,
  'g',
);
/** International numbers: "+44 20 7946 0321". */
const PHONE_INTL = /(?<![\w+])(?:\+|00)\d{1,3}(?:[\s.\-\u2010-\u2015]?\(?\d{1,6}\)?){2,5}(?![\d])/g;
/** Digits read out one by one, or a short local number after "call" ("555 0143"). */
const PHONE_SPELLED =
  /\b(?:\d\s){6,10}\d\b|\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,-]+){6,10}(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)\b/gi;
/** An area code read out in words, then the number in digits: "four one four 555 0123". */
const PHONE_WORDS_DIGITS =
  /\b(?:(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[\s,-]+){3}\d{3}[\s.\-\u2010-\u2015]*\d{4}\b/gi;
const PHONE_LOCAL = /\b(?:call|phone|cell|number|tel|text|n[uú]mero|ll[aá]m[ea]me)\b[^\d\n]{0,12}(\d{3}\s\d{4})\b/dgi;

const ID_LABEL =
  '(?:mrn|medical record(?: number| no\\.?| #)?|chart(?: number| no\\.?| #)?|member(?: ?id)?|subscriber(?: ?id)?|id|policy|group|grp|account|acct|rx|prescription|script|claim|invoice|inv|reference|ref|confirmation|conf|case|ticket|order|ssn|social(?: security)?|license|lic|dl|medicaid|medicare|mbi|insurance|patient(?: ?id)?|pt id|pin|card|tracking|authorization|auth|pa|npi|dea|device|serial|expediente|cuenta|p[oó]liza|receta|reclamo|factura|miembro|seguro social|seguro|cheque|check(?=\\s*(?:number|num|no\\.?|#|n[uú]mero))|a-?number|alien(?: registration)?(?: number)?|uscis(?: number)?|n[uú]mero de (?:cuenta|miembro|seguro|expediente|receta|reclamo|factura|p[oó]liza|caso))';
const ID_LABELLED = new RegExp(
  `\\b${ID_LABEL}\\b(?:\\s*(?:number|num|no\\.?|n[uú]m(?:ero)?\\.?|#|is|was|es|:|ending(?: in)?|que termina en|terminada en|id))*\\s*[:#]?\\s*((?:[A-Z]{1,5}(?:-[A-Z]{1,5})?[- ]?){0,2}\\d[A-Z0-9]*(?:[- ][A-Z0-9]+)*)`,
  'gid',
);
/** A payer or program prefix before a long member number: "BCBS XJH884120077", "TX-MCD 5501928847". */
const ID_PREFIXED =
  /\b(?!(?:MRN|SSN|DOB|NPI|DEA|ID|RX|MBI|PIN|ACCT|TEL|FAX|CELL|CPT|ICD|NDC|EIN|TIN|DL|PO|REF|ZIP|PH|APT|UNIT|RM)\b)[A-Z]{2,5}(?:-[A-Z]{2,5})?\s+(?=[A-Z0-9]*\d{6})[A-Z0-9]{8,}\b/g;
const ID_HASH = /#\s?[A-Z]{0,4}-?\d{3,}[A-Z0-9-]*/gi;
/** The last digits of a card, SSN or account: "ends in 7731", "last four 4471", "terminada en 4421". */
const ID_LAST4 =
  /\b(?:ends? in|ending in|last (?:4|four)(?: digits)?(?: are| is| of [a-z ]{0,20}?(?: are| is)?)?:?|terminad[ao] en|que termina en|[uú]ltimos (?:4|cuatro)(?: d[ií]gitos)?(?: son)?)\s*#?(\d{4})\b/dgi;
/** Codes of capitals and digits given as keys or references: "BKVX7M2Q". */
const ID_CODE = /\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z][A-Z0-9]*[A-Z])[A-Z0-9]{7,}\b/g;
/** Long digit runs, or letters mixed with at least four digits, that are not doses or money. */
const ID_BARE = /(?<![\w$.,/-])(?=[A-Z0-9-]*\d(?:[A-Z0-9-]*\d){3})[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w/])/gi;
const DOSE_OR_UNIT = /^\d+(?:mg|mcg|ml|iu|units?|hrs?|lbs?|kg|pm|am|k)$/i;

const DATE_PATTERNS: RegExp[] = [
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g,
  /\b(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}\b/g,
  new RegExp(`\\b${MONTHS_EN}\\.?\\s+\\d{1,2}(?:${ORD})?(?:,?\\s+(?:19|20)\\d{2})?\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:${ORD})?\\s+(?:of\\s+)?${MONTHS_EN}\\.?(?:,?\\s+(?:19|20)\\d{2})?\\b`, 'gi'),
  new RegExp(`\\b${MONTHS_EN}\\.?\\s+(?:19|20)\\d{2}\\b`, 'gi'),
  new RegExp(
    `\\b(?:\\d{1,2}(?:ro|[º°o])?|${DAY_WORDS_ES})\\s+de\\s+${MONTHS_ES}(?:\\s+(?:de|del)\\s+(?:(?:19|20)\\d{2}|'?\\d{2}))?\\b`,
    'gi',
  ),
  new RegExp(`\\b${MONTHS_ES}\\s+(?:de\\s+)?(?:19|20)\\d{2}\\b`, 'gi'),
  new RegExp(`\\b${DAYS_EN}\\b`, 'gi'),
  new RegExp(`\\b${DAYS_ES}\\b`, 'gi'),
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s+(?:\d{1,2}[/-]\d{1,2}|the\s+\d|\d{1,2}(?:st|nd|rd|th)|(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)))/gi,
  /\bthe\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+(?:time|day of|week|dose|floor|grade|percentile|birthday|one|round|attempt|visit|shot|century))/gi,
  /\b(?:by|until|till|til|before|after|or|and|through|thru|from|to)\s+(\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:time|day of|week|dose|floor|grade|percentile|birthday|one|round|attempt|visit|shot|century|of\s+(?:the|my)))/dgi,
  new RegExp(`\\b${MONTHS_EN}\\.?\\s+(?:the\\s+)?(?:${ORD_WORDS})(?:,?\\s+${YEAR_WORDS})?\\b`, 'gi'),
  new RegExp(`\\b(?:the\\s+)?(?:${ORD_WORDS}|\\d{1,2}(?:st|nd|rd|th))\\s+of\\s+${MONTHS_EN}\\b`, 'gi'),
  new RegExp(`\\b${MONTHS_EN}\\.?\\s+\\d{1,2}\\s*-\\s*\\d{1,2}\\b`, 'gi'),
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s*(?:\/|-\s*(?:mon|tue|wed|thu|fri|sat|sun)|(?:or|and|to|thru|through)\s+(?:mon|tue|wed|thu|fri|sat|sun)|at\s+\d|morn(?:ing)?\b|afternoon\b|evening\b|night\b))/gi,
  /\b(?:on|next|last|this|every|by|until|till|til)\s+((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)(?![\p{L}'’])/dgiu,
  /\bMay\b(?=\s+(?:\d|or\b|and\b))|\b(?:in|by|since|until|from|of|early|late|mid|this|next|last)[- ]May\b/g,
  /\b(?:missing|missed|since|from|thru|through|or|and|to|saw \w+ \w+)\s+((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)(?=\s*(?:[,.;!?)]|$|and\b|or\b|to\b|at\b|\d|morn|afternoon|evening|night|was\b|is\b|last\b|this\b|next\b))/dgi,
  new RegExp(`\\b${DAYS_ES}\\s+\\d{1,2}\\b`, 'gi'),
  new RegExp(
    `\\b(?:el|del|para el|hasta el|antes del|despu[eé]s del|al)\\s+(\\d{1,2})\\b(?=\\s*(?:[.,;?!)]|$|o\\b|y\\b|al\\b|de\\s+${MONTHS_ES}|porque|pero|a las))`,
    'gid',
  ),
  new RegExp(
    `\\b(?:since|in|from|until|till|by|of|last|next|this|early|late|mid|desde|en|hasta|de)[- ](${MONTHS_EN.replace('may|', '')})\\b`,
    'gid',
  ),
  /\b(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)\b/g,
  /\b(?:from|on|until|by|to)\s+(\d{1,2}\.\d{1,2})(?=\s+(?:to|and|or|at)\b|[,.]?\s*$)/dgi,
  /\b(?:dob|birthday|birth date|date of birth|born)(?:\s+is)?\s*:?\s*(\d{1,2}\s\d{1,2}\s(?:19|20)?\d{2})\b/dgi,
  /\b(?:dob|d\.o\.b\.?|born|birthdate|birth date|date of birth|fecha de nacimiento|nacid[oa] el|nac\.?)\s*(?:is|was|:|-|el)?\s*(\d{6,8})\b/dgi,
  // "1936. 5. 8.", "2001. 11. 3": year first with dots and spaces.
  /\b(?:19|20)\d{2}\.\s?(?:1[0-2]|0?[1-9])\.\s?(?:3[01]|[12]\d|0?[1-9])\b\.?/g,
  // Roman-numeral months: "7/VIII/1966", "12-XI-85".
  /\b\d{1,2}[/.-](?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)[/.-](?:\d{4}|\d{2})\b/g,
  // East Asian dates: "1969年4月2日", "4月2日".
  /(?:\d{2,4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日/g,
  // "el día 20", "para el día 3".
  /\b(?:el|del|para el|hasta el|desde el|antes del|despu[eé]s del|al)\s+(d[ií]a\s+\d{1,2})\b(?!\s*(?:de\s+(?:tratamiento|antibi[oó]tico|la\s+dieta)|horas|[:.]\d))/dgi,
  // Short day names after an event: "track meet sat", "practice wed", "appt fri".
  /\b(?:appt|appointment|apt|meet|practice|game|match|visit|class|shift|surgery|exam|physical|party|wedding|trip|flight|recital|tournament|test|work|school|cita|due|out|back)\s+((?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?)(?![\p{L}'’])(?!\s+(?:down|up|on|with|in|there|through|by|around|next|for)\b)/dgiu,
  // Ordinal days in words after "on the" or a correction: "on the twentieth", "no wait the twenty first".
  new RegExp(
    `\\b(?:on|by|until|till|before|after|from|to|for)\\s+the\\s+(${ORD_WORDS})(?:\\s+of\\s+(?:next|this|the)\\s+month)?\\b(?!\\s+(?:${ORD_NOUN_AFTER}))`,
    'dgi',
  ),
  new RegExp(
    `\\bthe\\s+((?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\\b(?!\\s+(?:${ORD_NOUN_AFTER}))`,
    'dgi',
  ),
  // "the 1st of next month", "3rd of this month".
  /\b\d{1,2}(?:st|nd|rd|th)\s+of\s+(?:next|this|the)\s+month\b/gi,
  // A short day name before the visit it dates: "cancel my wed appt".
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s+(?:appt|appointment|apt|visit|cita|slot|class|shift|physical|checkup|check-up)\b)/gi,
  // A short day name before a month: "Sat. Nov 23", "Tue, March 4".
  new RegExp(`\\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\.?,?(?=\\s+${MONTHS_EN}\\.?\\s+\\d)`, 'gi'),
];
/**
 * Dates typed with spaces: "6 14 08", "03 17 04", "1987 11 04". Checked in code: a real month and
 * day, and no digits on either side (phone numbers read out in groups).
 */
const SPACED_DATE = /(?<!\d[\s.-]?)\b(\d{1,2}) (\d{1,2}) ((?:19|20)?\d{2})\b(?![\s.-]?\d)/g;
const SPACED_ISO = /(?<!\d[\s.-]?)\b((?:19|20)\d{2}) (\d{1,2}) (\d{1,2})\b(?![\s.-]?\d)/g;
/** "3/14" without a year: only where it is evidently a date, never a fraction like 1/2. */
const SHORT_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
const FRACTIONS = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/8']);
const MONTH_ALONE_EN = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g;
const MONTH_ALONE_ES = new RegExp(`\\b(?:en|de|para|desde|hasta|el mes de|y|o)\\s+(${MONTHS_ES})\\b`, 'gid');

/** English number words from one to a hundred and ten ("seventy-nine", "a hundred and two"). */
export const NUM_WORDS =
  '(?:(?:(?:a|one)[- ])?hundred(?:(?:[- ]and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
/** Ten and above in words: the ages that follow a name ("Roberta, seventy-eight"). */
export const NUM_WORDS_TEENS_UP =
  '(?:(?:(?:a|one)[- ])?hundred(?:(?:[- ]and)?[- ](?:one|two|three|four|five|six|seven|eight|nine|ten))?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
const ES_UNITS = '(?:uno|un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve)';
/** Spanish number words from uno to ciento diez ("setenta y cuatro", "noventa y un", "veintitrés"). */
export const NUM_WORDS_ES = `(?:cien(?:to(?:\\s+(?:${ES_UNITS}|diez))?)?|(?:treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?:\\s+y\\s+${ES_UNITS})?|veinti(?:uno|[uú]n|una|d[oó]s|tr[eé]s|cuatro|cinco|s[eé]is|siete|ocho|nueve)|veinte|diecis[eé]is|dieci(?:siete|ocho|nueve)|diez|once|doce|trece|catorce|quince|${ES_UNITS})`;
const AGE_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b(\\d{1,3}|${NUM_WORDS})(?:\\s*|-)(?:years?|yrs?|yr|y/o|yo|y\\.o\\.?|year|months?|mos?|weeks?|wks?|days?)(?:\\s*|-)(?:old|of age)\\b`,
    'gid',
  ),
  /\b(\d{1,3})\s*(?:yo|y\/o|y\.o\.?|yrs?|yr)\b(?!\s*(?:ago|since|later))/dgi,
  /\b(?:age|aged|edad(?: de)?|cumpli[oó]?|turned|turning|turns|will be)\s*:?\s*(\d{1,3})\b(?!\s*(?:mg|%|lbs|pounds|kg|am|pm|min))/dgi,
  /\b(?:i'?m|i am|she'?s|he'?s|she is|he is|who is|who'?s|is now)\s+(?:only\s+|just\s+|almost\s+|nearly\s+|barely\s+)?(\d{1,3})\b(?=\s*(?:[,.;!?)]|and\b|now\b|years?\b|yrs?\b|$|y\/o\b|with\b|so\b|but\b|myself\b|too\b|also\b))/dgi,
  // A relative then an age: "my mother 72 years", "my grandmother, 91:", "my papa 70 say", "mi papá de 84 se".
  /(?:\b(?:my|mi|his|her|our|their|su|sus|mis)\s+|(?:^|[.!?\n]\s*))(?:mother|mom|mum|mama|mamá|father|dad|papa|papá|husband|wife|son|daughter|grandmother|grandma|grandfather|grandpa|granny|abuela|abuelo|abuelita|abuelito|madre|padre|esposo|esposa|marido|hijo|hija|aunt|uncle|t[ií]a|t[ií]o|brother|sister|hermano|hermana|neighbou?r|vecin[oa]|suegr[oa]|mother-in-law|father-in-law|baby|beb[eé]|boy|girl|kid|child)(?:\s+(?:is|es|who is|now|is old|is elderly|es mayor|ya mayor|ya grande))?\s*,?\s*(?:de\s+|tiene\s+|aged?\s+)?(\d{1,3})\b(?=\s*(?:[,.;:!?)]|$|years?\b|yrs?\b|y\/o|yo\b|años\b|anos\b|months?\b|weeks?\b|meses\b|semanas\b|and\b|y\b|says?\b|said\b|he\b|she\b|has\b|have\b|is\b|was\b|se\b|le\b|tiene\b|no\b|fell\b|fall\b|had\b|can\b|cannot\b|can't\b|esta\b|está\b))/dgiu,
  /\b(?:tengo|tiene|tienen)\s+(?:como|unos|casi|ya|apenas)\s+(\d{1,3})(?=\s*(?:[,.;!?]|y\b|años\b|anos\b|$))/dgi,
  /\b(?:tengo|tiene|tienen)\s+(\d{1,2})\s+(?:weeks?|months?|years?|days?|wks?)\b/dgi,
  /\b(\d{1,3})\s*(?:años?|anos?|añitos|meses|semanas)(?:\s+de\s+(?:edad|nacid[oa]))?\b(?!\s+(?:de\s+)?(?:casad|embarazad|trabajand|viviendo|tomando|con\b|sin\b))/dgi,
  new RegExp(`\\b(${NUM_WORDS})\\s+(?:años|anos)\\b`, 'gid'),
  /\b(?:tengo|tiene|tienen)\s+(\d{1,3})\s+(?:años|anos)\b/dgi,
  /\((\d{1,3})\s*(?:yo|y\/o|[mf])?\)/dgi,
  /\((\d{1,3})\s*(?:,|(?:months?|mos?|weeks?|wks?|days?|yrs?|years?)\b)/dgi,
  /\b(?:is|are|was|were|['’]s|['’]re|hes|shes|im|i['’]?m|turned|turning|turn|aged?|now)\s+(\d{1,3})\s*(?:months?|mos?|weeks?|wks?|week|days?|years?|yrs?)?\b(?!\s*(?:%|mg|mcg|ml|lbs?|pounds|kg|am\b|pm\b|a\.m|p\.m|min|minutes|hours?|hrs?|times|x\b|:\d|\.\d|\/|-\d|o['’]clock|percent|degrees|units|pills|tabs|tablets|doses|mins|seconds|secs|out of|of\b|ago|late|early|behind|overdue|in a row|(?:days?|weeks?|months?|years?)\s+(?:ago|late|early|supply|now|straight)|\d))/dgi,
  /\b(?:attack|stroke|died|passed|diagnosed|cancer|surgery|aneurysm|rupture|started|began|meningitis|diabetes)\b[^.\n]{0,30}?\bat\s+(?:age\s+)?(\d{1,2})\b(?=\s*(?:[,.;)(]|and\b|$))/dgi,
  /\b(?:at|by) (?:the )?age (?:of )?(\d{1,3})\b/dgi,
  /(?:^|[.!?]\s+)At (\d{2,3}),? (?:I|she|he|my)\b/dg,
  /\b(?:woman|man|lady|gentleman|person|patient|someone|child|boy|girl) of (\d{1,3})\b(?!\s*(?:mg|%|lbs|kg))/dgi,
  /\b(?:when (?:he|she|i|they) (?:was|were)|in (?:our|my|his|her|their)(?: (?:early|mid|late))?)\s+(\d{1,3}(?:s\b)?)(?!\s*(?:%|mg|degrees|lbs))/dgi,
  /\ben (?:sus|mis|los) (\d{2}s?)\b/dgi,
  // Age and sex in shorthand: "34F", "67 M".
  /\b([1-9]\d)(?:F|M)\b/dg,
  // "(my daughter, 9)", "(Lourdes Quiñones, 99!)", "(I'm a man, 58)": a person then an age in brackets.
  /\((?=[^()\n]{0,40}?\p{L})[^()\n\d]{1,40}?,\s*(\d{1,3})\s*!?\s*\)/dgu,
  // "our two kids (3 and 8)", "the boys (8, 11)": children then their ages.
  /\b(?:kids|boys|girls|children|sons|daughters|twins|grandkids|grandchildren|niños|niñas|hijos|hijas|nietos)\s*\((\d{1,2})\b/dgi,
  /\b(?:someone|somebody|a person|a patient|a man|a woman|alguien)\s+(?:who is\s+|aged?\s+|of\s+)?(\d{1,3})(?=\s*[?.,!;]|\s+(?:years?|yrs?)\b)/dgi,
  new RegExp(
    `\\b(?:i['’]?m|im|i am|she['’]?s|shes|he['’]?s|hes|she is|he is|turned|turns|turning)\\s+(${NUM_WORDS})\\b(?=\\s*(?:[,.;!?)]|$|and\\b|now\\b|years?\\b|so\\b|but\\b|can\\b|could\\b|is\\b|has\\b|with\\b))`,
    'dgi',
  ),
  /\b(?:cumple|cumplirá|cumplira|va a cumplir|cumplió|cumplio)\s+(\d{1,3})\b(?!\s*(?:d[ií]as|semanas|horas|meses de|%))/dgi,
  /\b(\d{1,3})[- ](?:year|yr|month|week)s?[- ]?(?:old\b|well|check|checkup|visit|shots?|vaccines?|physical|appointment|appt|exam)/dgi,
  /\b(?:have|has|am|is|,)\s+(\d{1,3})\s+(?:years?|yrs?)\b(?!\s+(?:ago|later|of|in|with|since|now|before|after|and|on|for|back))/dgi,
  /\b(?:tengo|tiene|tienen|cumpli[oó]|cumple)\s+(\d{1,3})(?=\s*(?:[,.;!?]|y\b|$))/dgi,
  /\b(?:hij[oa]|beb[eé]|ni[nñ][oa]|niet[oa]|sobrin[oa]|chamac[oa])\s+de\s+(\d{1,2})\b(?!\s*(?:semanas|d[ií]as|horas|minutos))/dgi,
  // Ages in words: "age seventy", "(seventy-nine yo", "tengo setenta y cuatro años", "de noventa y un años".
  new RegExp(
    `\\b(?:age|aged|edad(?: de)?)\\s*:?\\s*(${NUM_WORDS})\\b(?![- ](?:years?|months?|weeks?|days?)\\b)`,
    'dgi',
  ),
  new RegExp(`\\b(${NUM_WORDS})(?:-|\\s*)(?:yo|y/o|y\\.o\\.?)(?![\\p{L}])`, 'dgiu'),
  new RegExp(
    `(?<!\\b(?:m[aá]s|menos|hace|desde|durante|cada|despu[eé]s|antes|por|unos|como)\\s+)\\b(?:tengo|tiene|tienen|ten[ií]a|tenemos|de|cumple|cumpli[oó]|cumplir[aá]|con|va a cumplir)\\s+(${NUM_WORDS_ES})\\s+(?:años|anos|añitos)\\b`,
    'dgiu',
  ),
  new RegExp(`\\b(${NUM_WORDS_ES})\\s+(?:años|anos)\\s+de\\s+edad\\b`, 'dgiu'),
];

const NOT_AGE_BEFORE =
  /(?:\b(?:pain|level|score|sugar|pressure|count|reading|temp|temperature|fever|number|rate|bp|a1c|inr|glucose|weight|dose|price|cost|copay|balance|bill|total|it|that|what|there|here|time|appointment|appt|o2|oxygen|sats?|heart ?rate|pulse|size|scale)['’]?s?\s+(?:is\s+|was\s+|now\s+|at\s+|about\s+|around\s+)*(?:is|was|now|['’]s|at|of)?\s*|\$\s*)$/i;
const STREET_SUFFIX =
  '(?:concourse|expressway|expy|freeway|fwy|causeway|street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|circle|cir|way|place|pl|terrace|ter|parkway|pkwy|highway|hwy|trail|trl|loop|square|sq|plaza|route|rte|pike|turnpike|row|run|crossing|xing|alley|path|point|pt)';
const UNIT =
  '(?:,?\\s*(?:apt|apartment|unit|suite|ste|#|bldg|building|floor|fl|lot|room|rm|depto|departamento|interior|int)\\.?\\s*#?\\s*(?=[A-Za-z]?\\d|[A-Z]\\b)[A-Za-z0-9-]+)';
const STATES =
  '(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico)';
const CAP = "[A-Z][A-Za-z.'’-]*";
const ADDRESS_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b\\d{1,6}[A-Za-z]?\\s+(?:[NSEW]\\.?\\s+|(?:north|south|east|west)\\s+)?(?:[A-Za-z0-9.'’-]+\\s+){0,3}${STREET_SUFFIX}\\b\\.?(?:\\s+(?:[NSEW]|NE|NW|SE|SW)\\b\\.?)?${UNIT}?`,
    'gi',
  ),
  new RegExp(
    `\\b(?:${CAP}\\s+){0,2}${CAP}\\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Parkway|Pkwy|Highway|Hwy|Terrace|Court|Circle)\\b\\.?${UNIT}?`,
    'g',
  ),
  /\b\d{1,3}(?:st|nd|rd|th)\s+(?:street|st|avenue|ave)\b\.?/gi,
  /\b(?:apt|apartment|unit|suite|ste|room|rm|bed)\.?\s*#?\s*\d+[A-Za-z]?\b/gi,
  /\b(?:apt|apartment|unit)\.?\s*#?\s*\d*[A-Z]\b/g,
  /\b(?:route|rte|highway|hwy|interstate|state road|county road|us|sr)\s*-?\s*\d{1,4}\b(?![\d.%])/gi,
  /\b(?:on|at|off|de|en)\s+((?:[NSEW]\.?\s+|(?:north|south|east|west)\s+)?(?!(?:the|a|an|my|your|our|his|her|their|this|that|one|time|it|me|him|them)\b)(?:[A-Za-z0-9.'’-]+\s+){0,3}(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|court|parkway|pkwy|highway|hwy|terrace|pike|turnpike)\b\.?(?:\s+(?:NE|NW|SE|SW|N|S|E|W)\b)?)/dgi,
  /\b(?:calle|avenida|av\.|ave\.)\s+[a-záéíóúñ]+\b/g,
  /\b(?:[Cc]alle|[Aa]venida|[Aa]v\.|[Aa]vda\.?|[Cc]amino|[Cc]arretera|[Cc]alzada|[Bb]oulevard|[Bb]ulevar|[Cc]olonia|[Cc]ol\.|[Uu]rbanizaci[oó]n|[Uu]rb\.|[Bb]arrio|[Rr]esidencial)\s+(?:(?:de|del|la|las|los|a)\s+)*(?:[A-Z0-9ÁÉÍÓÚÑ#][\wÁÉÍÓÚÑáéíóúñ.'-]*(?:\s+|,\s*)){0,4}(?:[A-Z0-9ÁÉÍÓÚÑ#][\wÁÉÍÓÚÑáéíóúñ.'-]*)(?:,?\s+km\.?\s*\d{1,4})?/g,
  new RegExp(`\\b${STATES}\\s+\\d{5}(?:-\\d{4})?\\b`, 'g'),
  /\b(?:zip|zip code|zipcode|c[oó]digo postal|postal code)\s*(?:is|es|:)?\s*(\d{5}(?:-\d{4})?)\b/dgi,
  /\bCamp [A-Z][a-z]+\b/g,
  /\b(?:[A-Z][a-z]+\s+){1,2}(?:County|Parish|Beach|Key|Village|Heights|Springs|Falls|Hills|Valley|Island|Harbor|Harbour|Grove|Creek|Township|Borough|Cities)\b/g,
  /(?<=\b(?:at|from|to|in|into)\s+(?:[A-Z][\w'’-]+\s+)?)(?:St\.?|Saint)\s+[A-Z][a-z]+(?:['’]s)?/g,
  /\b(?:P\.?\s?O\.?\s?Box|apartado postal)\s*#?\s*\d+\b/gi,
  // Floors and wings of a facility: "4th floor", "2nd floor east".
  /\b\d{1,2}(?:st|nd|rd|th)\s+floor\b(?=\s*,)/gi,
  // A pharmacy known by its owner's name: "Love's pharmacy", "Fontenot's Drugs".
  /\b[A-Z][\w-]*['’]s\s+(?:[Pp]harmacy|[Dd]rugs?(?:store)?|[Aa]pothecary|[Ff]armacia)\b/g,
  // Rural routes and highway contracts: "RR 2 Box 118", "Rural Route 4, Box 27", "HC 61 Box 9".
  /\b(?:RR|R\.R\.|Rural Route|HC|Star Route)\s*#?\s*\d{1,3},?\s+Box\s*#?\s*\d{1,5}\b/gi,
  // Mobile-home lots and spaces: "Lot 14", "Lote 9", "Space 22".
  /\b(?:Lot|Lote|Space|Espacio|Trailer)\s*#?\s*\d{1,4}[A-Z]?\b(?!\s*(?:mg|ml|pills|tabs|of\b))/g,
  // Parks and estates: "Shady Pines Mobile Home Park", "Parque de Casas Móviles Los Álamos".
  /\b(?:[A-Z][\w'’-]*\s+){1,3}(?:Mobile Home Park|Mobile Home Community|Mobile Home Estates|Trailer Park|Trailer Court|RV Park|Mobile Estates)\b/g,
  /\b(?:[Pp]arque de (?:[Cc]asas [Mm][oó]viles|[Tt]r[aá]il(?:a|er)s|[Tt]railas)|[Tt]railer [Pp]ark)(?:\s+(?:(?:Los|Las|El|La|Del|De)\s+)?[\p{Lu}][\p{L}'’-]*){0,3}/gu,
  // Roadside places: "mile marker 14", "I-40 exit 72", "County Road 220", "km 8".
  /\b(?:mile (?:marker|post)|milepost|mm)\s*#?\s*\d{1,4}(?:\.\d)?\b/gi,
  /\b(?:I-\s?\d{1,3}|Interstate \d{1,3})(?:\s+(?:exit|salida)\s*\d{1,4}[A-Z]?)?\b/g,
  /\b(?:exit|salida)\s+\d{1,4}[A-Z]?\b(?=\s+(?:on|off|of|de|en)\s+(?:I-|Interstate|Hwy|Highway|Route|Rte|US))/gi,
  // Directions before a numbered street: "W 12 Ave", "N 5th St".
  new RegExp(`\\b[NSEW]\\.?\\s+\\d{1,5}(?:st|nd|rd|th)?\\s+${STREET_SUFFIX}\\b\\.?`, 'g'),
  // Cross streets with a numbered street: "3rd & Vermont", "5th and Main", "175 y Audubon".
  /\b\d{1,3}(?:st|nd|rd|th)\s+(?:&|and|y|at)\s+(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)\b(?!\s+(?:grade|floor|dose|shots?|time|trimester|round|place|period|year|kids?|child))/g,
  /\b(?:corner of|esquina de|cruce de)\s+(?:\d{1,3}(?:st|nd|rd|th)?|[A-Z][\w'’-]*)(?:\s+[A-Z][\w'’-]*)?\s+(?:&|and|y|con)\s+(?:\d{1,3}(?:st|nd|rd|th)?|[A-Z][\w'’-]*)(?:\s+(?:St|Ave|Rd|Blvd|Street|Avenue|Road))?/gi,
  /(?<=,\s*|\b(?:en|on|at)\s+(?:la\s+|el\s+)?)\d{1,3}(?:st|nd|rd|th)?\s+(?:&|y)\s+[A-Z][a-z]+\b/g,
  // Spanish places with a name: "Rancho El Venado", "Iglesia San Judas", "Ejido La Purísima".
  /\b(?:[Rr]ancho|[Ee]jido|[Ff]inca|[Hh]acienda|[Ii]glesia|[Pp]arroquia|[Cc]aser[ií]o|[Rr]eparto|[Ee]dificio)\s+(?:(?:de|del|la|las|los|el)\s+)*[\p{Lu}\d][\p{L}\d'’-]*(?:\s+(?:de\s+|del\s+)?[\p{Lu}][\p{L}'’-]*){0,3}/gu,
  /\b(?:[Hh]ospital|[Cc]l[ií]nica|[Ff]armacia|[Cc]entro de [Ss]alud|[Cc]entro [Mm][eé]dico|[Ss]anatorio|[Aa]silo|[Rr]esidencia|Casa)\s+(?:(?:de|del|de la|de los|San|Santa|La|El|Mi|Los|Las)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*){0,3}/g,
];
/**
 * Named facilities: capitalised words then a facility word ("Pine Ridge Neurology", "Golden Oaks
 * Care Home", "Hospital for Special Surgery"). Department words alone ("Cardiology") are not
 * facilities, so at least one word before the head must be a proper word (checked in code).
 */
const FACILITY_HEAD =
  "(?:Hospital|Medical Center|Medical Centre|Med Center|Health Center|Health Centre|Health System|Health Care Facility|Healthcare|Health|Medical Group|Medical|Clinic|Clinics|Urgent Care|Pharmacy|Apothecary|Drugs|Drug Store|Drugstore|Shoppe|Memorial|Regional|General|Infirmary|Hospice|Rehab(?:ilitation)?(?: Center)?|Nursing Home|Nursing and Rehab|Nursing & Rehab|Nursing Center|Care Home|Care Center|Memory Care|Senior Living|Assisted Living|Senior Center|Retirement Home|Retirement Community|Apartments|Surgery Center|Surgical Center|Oral Surgery|Imaging(?: Center)?|Radiology|Neurology|Cardiology|Dermatology|Orthopa?edics|Urology|Oncology|Pediatrics|Allergy (?:&|and) Asthma|Internal Medicine|Family Practice|Family Medicine|Women'?s Health|Health Partners|Physicians|Associates|Laboratory|Laboratories|Labs|Lab|Diagnostics|Dialysis(?: Center)?|Cancer Center|Heart Institute|Eye Institute|Institute|Sleep Center|Pain Center|Emergency Center|Wellness Center|Center|Centre|Womens? Center|Elementary|Middle School|High School|Elementary School|School|University|College|Academy|Courthouse|Government Center|City Hall|Hall|Fitness)";
const FACILITY = new RegExp(
  `\\b(?:(?:St\\.?|Saint|Mt\\.?|Mount|San|Santa)\\s+)?((?:${CAP}\\s+|&\\s+|and\\s+|of\\s+){0,5})${FACILITY_HEAD}\\b(?:\\s+(?:of|at|in|on|for)\\s+(?:the\\s+)?(?:${CAP}\\s*){1,3})?`,
  'g',
);
/** The same names typed in capitals: "LAKEVIEW MEDICAL CENTER", "FONTENOT'S DRUG STORE". */
export const FACILITY_UPPER = new RegExp(
  `\\b(?:(?:ST\\.?|SAINT|MT\\.?|MOUNT|SAN|SANTA)\\s+)?((?:[A-Z][A-Z.'’-]*\\s+|&\\s+|AND\\s+|OF\\s+){0,5})${FACILITY_HEAD.toUpperCase()}\\b`,
  'g',
);
/**
 * A capitalised place after a verb of care or stay and a preposition: "surgery at Regions",
 * "staying at Mercy South", "born at Cook Children's", "internada en el Memorial Hermann".
 */
export const CARE_PLACE =
  /\b(?:surgery|surgeries|operated|operation|procedure|admitted|staying|stays|stayed|discharged|born|delivered|treated|hospitali[sz]ed|transferred|dialysis|rehab|er|icu|seen|scan|mri|replaced|removed|done|out|put in|nacid[oa]|naci[oó]|internad[oa]|ingresad[oa]|operaron|operad[oa]|hospitalizad[oa])\b[^.!?\n]{0,24}?\b(?:at|in|into|from|en|a)\s+(?:the\s+|el\s+|la\s+)?((?:[A-Z][\p{L}'’.-]*|&)(?:\s+(?:[A-Z][\p{L}'’.-]*|&)){0,3})/dgu;
/** "the Glenview clinic", "the Oak Park lab", "the Westgate location". */
const LOCAL_SITE = new RegExp(
  `\\b((?:${CAP}\\s+){1,3})(?:clinic|lab|location|office|campus|branch|courthouse|center|site|facility)\\b`,
  'g',
);
/** Words that name a kind of care, not a place: a facility name needs something besides these. */
const GENERIC_FACILITY_WORDS = new Set(
  'the a an my our your his her their this that st saint mt mount of and & urgent primary family internal general pediatric pediatrics adult child children women womens men mens senior community regional medical health care dental eye vision heart cancer pain sleep sports spine bone joint skin allergy asthma kidney liver lung brain neuro cardiac cardiology neurology radiology dermatology oncology urology orthopedic orthopedics gi ent ob gyn obgyn mental behavioral physical occupational speech rehab rehabilitation emergency surgical surgery imaging lab labs diagnostic diagnostics wellness fitness memory nursing assisted living veterans va university college school high middle elementary new old north south east west central main my i we our'.split(
    ' ',
  ),
);
/** "Macon, GA 31204", "Webster NY", "Amman, Jordan": a town then its state or country. */
const TOWN_STATE = new RegExp(
  `\\b((?:${CAP}\\s+){0,2}${CAP})(,\\s*|\\s+)(${STATES}|BC|ON|QC|[A-Z][a-z]+)\\b(?:,?\\s+\\d{5}(?:-\\d{4})?)?(?![a-z])`,
  'g',
);
/** Two-letter codes that are also everyday abbreviations ("CT scan", "MD", "OK"). */
const AMBIGUOUS_STATES = new Set([
  'CT',
  'MD',
  'PA',
  'OK',
  'ME',
  'OR',
  'IN',
  'HI',
  'DE',
  'MS',
  'CO',
  'MA',
  'LA',
  'ID',
  'AL',
  'ON',
  'NE',
  'SC',
  'DC',
]);
const COUNTRIES = new Set(
  'Afghanistan Albania Algeria Argentina Armenia Australia Austria Bangladesh Belgium Bolivia Brazil Bulgaria Cambodia Cameroon Canada Chile China Colombia Cuba Czechia Denmark Ecuador Egypt England Eritrea Ethiopia Finland France Germany Ghana Greece Guatemala Haiti Honduras Hungary India Indonesia Iran Iraq Ireland Israel Italy Jamaica Japan Jordan Kenya Korea Laos Lebanon Liberia Libya Malaysia Mexico Morocco Myanmar Nepal Netherlands Nicaragua Nigeria Norway Pakistan Palestine Panama Paraguay Peru Philippines Poland Portugal Romania Russia Rwanda Scotland Senegal Serbia Singapore Somalia Spain Sudan Sweden Switzerland Syria Taiwan Tanzania Thailand Turkey Uganda Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe'.split(
    ' ',
  ),
);
const PLACE_CONTEXT =
  /\b(?:live|lives|living|lived|moved|move|moving|located|reside|resides|visiting|traveling|travelling|staying|from|in|near|vivo|vive|vivimos|estoy|estamos|desde|en)\s+(?:in\s+|to\s+|at\s+)?((?:[A-Z][A-Za-z.'’-]+)(?:\s+[A-Z][A-Za-z.'’-]+){0,2})/dg;

export interface PatternContext {
  lexicon: Lexicon;
}

/** Where a job title may follow: "I'm a", "works as", "retired", "soy", ", a". */
const OCC_TRIGGER =
  /(?:\b|(?=[,(]))(?:i['’]?m|i am|im|(?:i|he|she|we|they)\s+(?:dey\s+)?(?:work|works|worked)(?:\s+as)?|and(?=\s+an?\s)|y\/o|years old|yrs old|somos|fue|fuimos|i work as|work as|working as|worked as|job as|career as|retired|she['’]?s|he['’]?s|she is|he is|is|was|as|be|been|became|become|soy|es|era|fui|trabajo como|trabajo de|trabaja como|trabaja de|trabajaba como|trabajaba de|trabajar de|trabajé de|empiezo de|empecé de|la vida de|[,(-]\s*(?:a|an)|\(|\s[-–—])(?:\s+|(?<=[(—–-])\s*)(?:a\s+|an\s+|un\s+|una\s+|the\s+)?|,\s*(?=\p{L})/giuy;
/** Words that end a job title's qualifiers: "a big fan of the nurse" is no job. */
const NOT_MODIFIER =
  /^(?:and|or|but|so|the|a|an|as|of|to|in|at|for|with|my|who|that|is|was|am|are|soy|es|era|fue|somos|son|i|i'm|im|he|she|we|they|you|it|he's|she's|very|not|really|just|also|good|great|bad|little|big|new|old|huge|proud|his|her|their|our|your|said|says|que|el|la|los|las|con|de|del|por|para|en|mi|su|muy|y|o|pero|est[aá]|t[aá])$/i;
const WORD_AHEAD = /[\p{L}\d][\p{L}\d'’-]*/uy;

/**
 * Job titles after a trigger: up to three qualifying words then a title from the list, longest
 * first ("high school chemistry teacher", "ICU nurse"). Titles are looked up in a set, which is
 * much faster than one regex alternative per title.
 */
function detectOccupations(text: string, titles: ReadonlySet<string>, out: Span[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (
      !/[iIsShHwWaArRjJlLtTeEfFbByY,(-]/.test(c) ||
      (i > 0 && !/[,(-]/.test(c) && /[\p{L}\d]/u.test(text[i - 1] as string))
    )
      continue;
    OCC_TRIGGER.lastIndex = i;
    const t = OCC_TRIGGER.exec(text);
    if (!t) continue;
    const start = i + t[0].length;
    const words: { end: number; word: string }[] = [];
    for (let pos = start; words.length < 6; ) {
      WORD_AHEAD.lastIndex = pos;
      const w = WORD_AHEAD.exec(text);
      if (!w) break;
      words.push({ end: pos + w[0].length, word: w[0].toLowerCase().replace(/’/g, "'") });
      const gap = /^ +/.exec(text.slice(pos + w[0].length, pos + w[0].length + 3));
      if (!gap) break;
      pos += w[0].length + gap[0].length;
    }
    let best = -1;
    for (let k = 0; k < words.length; k++) {
      for (let n = 1; n <= Math.min(4, k + 1); n++) {
        // Up to three qualifiers before the title, none of them a function word.
        const lead = words.slice(0, k + 1 - n);
        if (lead.length > 3 || lead.some((w) => NOT_MODIFIER.test(w.word))) continue;
        const title = words
          .slice(k + 1 - n, k + 1)
          .map((w) => w.word)
          .join(' ');
        if (!(titles.has(title) || (title.endsWith('s') && titles.has(title.slice(0, -1))))) continue;
        // Two-letter titles ("RA", "TA") only in capitals: "ra" or "ta" in lower case is a word.
        if (
          title.length <= 2 &&
          n === 1 &&
          !/^[A-Z]{2}$/.test(text.slice((words[k] as { end: number }).end - 2, (words[k] as { end: number }).end))
        )
          continue;
        best = k;
      }
    }
    if (best < 0) continue;
    const end = (words[best] as { end: number }).end;
    if (caresForFamily(text, start, end)) continue;
    // After a bare comma ("Maeve O'Connell, nursing student at Villanova") the title must close
    // the clause or name its workplace.
    if (
      /^,\s*$/.test(t[0]) &&
      !/^(?:\s+(?:at|for|with|in|from|en)\s+\S|\s*[,.;)\n]|\s*$)/.test(text.slice(end, end + 10))
    )
      continue;
    out.push(span(start, end, 'PROFESSION', 0.8));
  }
}
/** Caring for one's family is no job: "a caregiver for my mom", "cuidadora de mi papá". */
export function caresForFamily(text: string, start: number, end: number): boolean {
  return (
    /(?:caregiver|carer|cuidador|cuidadora)$/i.test(text.slice(start, end)) &&
    FAMILY_CARE.test(text.slice(end, end + 40))
  );
}
/** Care given to one's own family: "for my mom", "de mi papá". */
const FAMILY_CARE =
  /^\s+(?:for|of|to|de|a)\s+(?:my|his|her|our|their|mi|su|mis|sus)\s+(?:(?:elderly|aging|sick|disabled|own|husband's|wife's)\s+)?(?:mom|mother|dad|father|parents?|husband|wife|son|daughter|kids?|children|child|grand\w+|aunt|uncle|brother|sister|family|spouse|partner|mam[aá]|pap[aá]|madre|padre|esposo|esposa|hijo|hija|hijos|abuel[oa]s?|t[ií][oa]|herman[oa])\b/i;
/** Org names: capitalised words, joined by "&", "of", "and", "de" ("Kirkland & Ellis", "Bath Iron Works"). */
const ORG = `(?:the\\s+)?(?:[A-Z0-9][\\w&.'’-]*)(?:(?<![a-z]{2}\\.|[A-Z]{2}\\.|\\d\\.)\\s+(?:of\\s+|de\\s+|&\\s+|and\\s+(?!I\\b))?[A-Z0-9][\\w&.'’-]*){0,5}`;
const EMPLOYER = new RegExp(
  `\\b(?:i work (?:at|for)|work (?:at|for)|works (?:at|for)|working (?:at|for)|worked (?:at|for)|employed (?:at|by|with)|employer(?: is|:|,)?|employer \\(|retired from|retiring from|job (?:at|with)|jobs? with|shift at|(?:manager|boss|supervisor|hr|coworkers?) at|(?:plan|insurance|coverage|benefits|job|work) (?:is )?(?:through|thru|from|with)|deployed with|student at|scholar at|(?:starting|started|start|hired|interning|volunteering|volunteer|front desk|desk clerk|greeter|cashier|school|college|program|position|shift|job) (?:at|with)(?=\\s+(?:the\\s+)?[A-Z])|sophomore at|freshman at|junior at|senior at|intern at|waitressed at|trabajo en|trabaja en|trabajo para|trabaja para|trabajaba en|trabajar en|mi empleador es|mi trabajo en)\\s+\\(?((?:la|el|una|un)\\s+[a-záéíóúñ]+(?:\\s+de\\s+[a-záéíóúñ]+)?(?:\\s+(?:[A-Z][\\wáéíóúñ'’-]*)(?:\\s+[A-Z][\\wáéíóúñ'’-]*){0,3})?|${ORG})`,
  'gid',
);
/** Kinds of workplace named in lower case: "a salon", "the call center", "una textilera". */
export const WORKPLACE_NOUNS =
  '(?:group home|nursing home|mail room|mailroom|stockroom|care home|home|shop|salon|restaurant|plant|factory|warehouse|school|hospital|clinic|store|office|bank|hotel|motel|daycare|bakery|farm|ranch|mill|airport|site|kitchen|diner|cafe|café|bar|gym|church|call center|center|garage|dealership|company|firm|agency|lab|library|mine|shipyard|yard|port|docks|casino|club|market|supermarket|mall|base|prison|jail|station|depot|post office|hub|laundromat|cannery|packing plant|processing plant|construction site|road crew|crew|dealership|gas station|car wash|nail salon|barbershop|textilera|bodega|f[aá]brica|tienda|escuela|empresa|oficina|restaurante|granja|planta|empacadora|guarder[ií]a|lavander[ií]a|maquiladora|maquila|taller|almac[eé]n|asilo(?: de ancianos)?|hogar de ancianos|cl[ií]nica|hospital|rancho|campo|obra|fairgrounds|conservatory|laundry|department|dept|dairy|orchards?|cafeteria|university|college|county jail|courthouse)';
/**
 * Occupations told with a verb: "I teach third grade", "I drive a school bus", "I clean houses",
 * "I stock shelves", "I own a food truck", "I work nights", "drove log trucks", "trabajo limpiando casas".
 * The workplace after them ("at PS 24", "for Matson") is added by the context pass.
 */
export const WORK_VERB_PHRASE = new RegExp(
  `(?:\\b(?:i|he|she|they|we|and|also|still|now|currently|used to|yo|él|ella)\\s+|(?:^|[,.;:!?(]\\s*))(?:also\\s+|still\\s+|now\\s+|currently\\s+|used to\\s+)?(` +
    `(?<=\\b(?:i|he|she|they|we|also|still|now|to|and)\\s+)(?:teach|teaches|taught|coach|coaches|coached|tutor|tutors|tutored)\\s+(?!(?:me|him|her|them|myself|it|us|you|that|this|to|how)\\b)[\\p{L}\\d'’-]+(?:\\s+(?!(?:at|for|in|and|so|but|to|on|with)\\b)[\\p{L}'’-]+)?` +
    `|(?:drive|drives|drove)\\s+(?:a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+)?(?:trucks?|bus(?:es)?|taxis?|cabs?|forklifts?|ambulances?|semis?|rigs?|limos?|tractors?|delivery vans?|uber|lyft)\\b|(?:drive|drives|drove|deliver|delivers|delivered)\\s+for(?=\\s+(?:the\\s+)?[\\p{Lu}\\d])` +
    `|(?:clean|cleans|cleaned|paint|paints|painted|build|builds|built|frame|frames)\\s+(?:houses|homes|offices|buildings|hotel rooms|schools|apartments)\\b` +
    `|(?:deliver|delivers|delivered)\\s+(?:mail|packages|pizzas?|food|groceries|parcels|newspapers)\\b` +
    `|(?<=\\b(?:i|he|she|they|we)\\s+)(?:work|works|worked)\\s+(?:cleaning|driving|cooking|building|painting|fixing|picking|packing|delivering|selling|serving|roofing|framing|landscaping|sewing|washing|loading|caring for)\\s+(?!(?:my|his|her|their|our|me|him|them|it)\\b)[\\p{L}'’-]+\\b` +
    `|(?:bartend|bartends|bartended|waitress|waitresses|waitressed|babysit|babysits|babysat)\\b` +
    `|(?:braid|braids|braided|cut|cuts|style|styles|do|does)\\s+hair\\b|(?:cut|cuts|weld|welds|welded)\\s+(?:metal|steel|pipe)\\b` +
    `|(?:stock|stocks|stocked)\\s+shelves\\b|(?:wait|waits|waited|bus|buses|bussed)\\s+tables\\b|(?:mow|mows|mowed)\\s+lawns\\b` +
    `|(?:fix|fixes|fixed|repair|repairs|repaired)\\s+(?:cars|trucks|engines|roofs|phones|computers|bikes|air conditioners|elevators)\\b` +
    `|(?:own|owns|owned|run|runs|ran|manage|manages|managed)\\s+(?:(?:a|an|the|my|our|his|her)\\s+|(?!(?:to|into|out|around|over|by|down|up|late|low|through|from|in|on|at|for|away|back|off|errands|a|an|the)\\b))(?:[\\p{L}'’-]+\\s+){0,2}(?:business|company|food truck|truck|firm|practice|front desk|cleaning service|studio|team|crew|gas station|${WORKPLACE_NOUNS})\\b` +
    `|(?:do|does|did)\\s+(?:nails|hair|makeup|lashes|landscaping|construction|roofing|plumbing|drywall|framing|security|maintenance|janitorial work|cleaning|deliveries|home health|childcare|daycare|taxes|bookkeeping|hvac|tile|concrete|masonry)\\b` +
    `|(?:work|works|worked|working)\\s+for\\s+(?:the\\s+)?(?:city|county|state|school district|railroad|post office|parks department|water department)(?:\\s+(?:road|highway|parks|water|sanitation|maintenance)\\s+(?:crew|department|dept))?\\b` +
    `|(?:work|works|worked)\\s+(?:nights|days|overnights?|evenings|weekends|doubles|(?:the\\s+)?(?:early|late|night|day|overnight|graveyard|swing|morning|evening)\\s+shifts?|construction|security|retail|landscaping|maintenance|roofing|demolition|the docks|the line|the register|the counter|the front desk|the floor|\\d{2}s)\\b` +
    `|(?:work|works|worked|working)(?=\\s+(?:at|in|for)\\s+(?:the\\s+|a\\s+|an\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}${WORKPLACE_NOUNS}\\b)` +
    `|(?:trabajo|trabaja|trabajaba|trabajamos)\\s+(?:[\\p{L}]+ando|[\\p{L}]+iendo)(?:\\s+(?!(?:y|pero|porque|en|de|los|las)\\b)[\\p{L}]+)?` +
    `|(?:trabajo|trabaja|trabajaba|trabajamos)\\s+(?:en|de)\\s+(?:la|el|una|un)\\s+${WORKPLACE_NOUNS}(?:\\s+de\\s+\\p{Ll}+)?` +
    `)`,
  'dgiu',
);
/**
 * A workplace named by kind after a verb of work or a shift: "sus papás trabajan en la empacadora",
 * "on shift at the paper mill", "the night shifts at the hospital laundry", "my desk at the county assessor's office".
 */
const WORKPLACE_AFTER = new RegExp(
  `(?:\\b(?:trabajan|trabajaban|trabaj[eé]|trabaj[oó]|trabajaron)\\s+(?:en|de)\\s+(?:la|el|una|un)\\s+|\\b(?:on shift|shifts?|desk|my post|my station)\\s+at\\s+the\\s+)((?:[\\p{L}'’-]+\\s+){0,2}${WORKPLACE_NOUNS}(?:\\s+de\\s+\\p{Ll}+)?)\\b`,
  'dgu',
);
/**
 * Work told with a verb and an employer: "I drive for Yellow Cab", "I tend bar at the Crown & Goose",
 * "driving flatbed for Maverick", "I work housekeeping at Jackson Memorial", "I walk dogs for Rover".
 * Up to three words between the verb and "at/for"; the employer is capitalised (or a known employer,
 * checked by the caller) or a kind of workplace ("at the county fairgrounds").
 */
const JOB_VERB_ORG = new RegExp(
  '\\b((?:(?:drive|drives|drove|driving|deliver|delivers|delivered|delivering|haul|hauls|hauled|hauling|shop|shops|shopped|shopping)(?=\\s+(?:\\S+\\s+){0,3}?for\\s)|walk(?:s|ed|ing)?\\s+dogs|' +
    '(?:tend|tends|tended|tending|spray|sprays|sprayed|spraying|milk|milks|milked|milking|teach|teaches|teaching|taught|tutor|tutors|tutoring|coach|coaches|coaching|bartend|bartends|bartending|stock|stocks|stocking|bag|bags|bagging|cook|cooks|cooking|clean|cleans|cleaning|sew|sews|sewing)|' +
    "(?<=\\b(?:[Ii]|[Hh]e|[Ss]he|[Ww]e|[Tt]hey|also|still|now|currently|to|dey|who|[Ii]['’]m|been|started|start|was|were|is|am)\\s+)(?:work|works|worked|working)(?:\\s+in)?(?=\\s+(?!at\\b|for\\b)))" +
    "(?:\\s+(?!(?:at|for|with|to|from|in|on|the|a|an|my|me|him|her|them|it|us|you|home|back|here|there|out|up|down|off|over|around|today|tonight|tomorrow|yesterday|late|early|all|every|some|this|that|and|so|but|is|was|hard|really|very)\\b)[\\p{L}\\d'’-]+){0,3}" +
    '\\s+(?:at|for|(?<=\\b(?:job|gig|position)\\s+)with)\\s+)' +
    `((?:the\\s+)?(?:[\\p{Lu}\\d][\\p{L}\\d&'’-]*(?:(?<=\\b\\p{Lu}\\p{Ll}?)\\.(?=\\s\\p{Lu}))?)(?:\\s+(?:of\\s+|&\\s+|and\\s+(?!I\\b))?[\\p{Lu}\\d][\\p{L}\\d&'’-]*){0,4}(?:\\s+${WORKPLACE_NOUNS}\\b)?|(?:the|a|an)\\s+(?:\\p{Ll}+\\s+){0,2}${WORKPLACE_NOUNS}\\b|[\\p{Ll}][\\p{Ll}'’&-]*(?:\\s+[\\p{Ll}][\\p{Ll}'’&-]*){0,2})`,
  'dgu',
);
/** Schedule words after "work" that are no job: "nights", "part time", "weekends". */
const SCHEDULE_WORDS =
  /^(?:(?:nights|days|evenings|mornings|weekends|overnights?|doubles|part[- ]time|full[- ]time|part|full|time|mostly|mainly|still|now|there|here|too|also|fulltime|parttime)\s+)+/i;
/** First words that make "… for X" no employer: family, titles, days, holidays. */
const NOT_EMPLOYER_START =
  /^(?:the\s+)?(?:mom|mommy|dad|daddy|mother|father|grandma|grandpa|husband|wife|son|daughter|kids?|family|dr|doctor|mr|mrs|ms|miss|god|jesus|me|you|i|it|him|her|them|us|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|thanksgiving|easter|halloween|work|hours|years|months|weeks|days|a|an|my|his|our|their|your|hire|free|cash|money|school|college|class)\b/i;
/**
 * Spanish shops by their "-ería" ending, owned or worked at: "tengo la barbería Peralta Cuts",
 * "soy de la panadería La Espiga", "trabajo en una carnicería". A bare "de" needs the shop's name.
 */
const SHOP_ES =
  /\b(?:(?:tengo|tiene|tenemos|ten[ií]a|manejo|maneja|administro|trabajo en|trabaja en|trabajaba en|due[nñ][oa] de|encargad[oa] de)\s+(?:la|una|mi|su|nuestra)\s+(\p{Ll}+er[ií]a(?:\s+(?:\p{Lu}[\p{L}'’-]*)(?:\s+\p{Lu}[\p{L}'’-]*){0,3})?)|\b(?:de|en)\s+la\s+(\p{Ll}+er[ií]a\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3}))/gu;
const NOT_SHOP =
  /^(?:arteria|bacteria|histeria|materia|miseria|galer[ií]a|loter[ií]a|bater[ií]a|porquer[ií]a|tonter[ií]a|cirug[ií]a|lavander[ií]a del hospital|cafeter[ií]a del hospital)/i;
/** "la empacadora de Tyson", "la fábrica de Ford": a kind of workplace and whose it is. */
const WORKPLACE_OF_ES =
  /\b((?:la|el|una|un)\s+(?:f[aá]brica|empacadora|planta|maquiladora|maquila|bodega|empresa|compa[nñ][ií]a|constructora|procesadora|almac[eé]n|obra|tienda|oficina)\s+(?:de\s+)?(?:la\s+|el\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})/dgu;
/** Trade and professional schools: "nursing school at Miami Dade", "beauty school". */
const TRAINING_SCHOOL =
  /\b((?:nursing|medical|med|law|dental|beauty|barber|cosmetology|trade|grad|graduate|culinary|pharmacy|vet|veterinary|police|fire|truck driving|cdl|welding|massage|esthetics?)\s+school)\b/gi;
/** Spanish occupations by their endings after "soy": "soy estilista", "soy bodeguero". */
export const SOY_JOB =
  /\b(?:soy|es|era|fue|fui|trabajo de|trabaja de|trabajaba de|trabajar de)\s+(?:un\s+|una\s+)?(\p{Ll}+(?:ista|ero|era|dor|dora|ante|ente|ario|aria|ino|ina))\b/dgiu;
const NOT_SOY_JOB =
  /^(?:urgente|adolescente|brasilero|brasilera|pendiente|presente|ausente|suficiente|caliente|frecuente|permanente|reciente|corriente|siguiente|anterior|soltero|soltera|extranjero|extranjera|primero|primera|sincero|sincera|portador|portadora|fumador|fumadora|paciente|residente|diferente|dependiente|inocente|consciente|importante|elegante|tranquilo|cristiana?|nuev[oa]|entero|entera|verdadero|verdadera|pasajero|pasajera|bebedor|bebedora|madrina|padrino|sobrina|sobrino|prima|primo|vecina|vecino|argentino|argentina|latino|latina|campesino|campesina|ciudadano|ciudadana|hispano|hispana|vegetariano|vegetariana|cubano|cubana|dominicano|dominicana|mexicano|mexicana|peruano|peruana|colombiano|colombiana|venezolano|venezolana|salvadoreño|salvadoreña|hondureño|hondureña|guatemalteco|guatemalteca|americano|americana|diabético|diabética|alérgico|alérgica|asmático|asmática|hipertenso|hipertensa|lo|la|yo|el|ella|una?|mi|su|muy|bien|mal)$/i;
/** "I work in construction", "trabajo en limpieza de oficinas": a line of work. */
const FIELD_OF_WORK =
  /\b(?:work|works|worked|working|trabajo|trabaja|trabajaba)\s+(?:in|en)\s+(?!(?:the|a|an|my|your|our|this|that|it|there|here|pain|person|bed|una|un|la|el|casa|\d)\b)((?:la\s+|el\s+)?[a-záéíóúñ]+(?:\s+(?:services|de\s+[a-záéíóúñ]+))?)\b/dgi;
/** Workplaces named by kind: "the Ford plant", "the Amazon warehouse". */
const WORKPLACE =
  /\s+(?:warehouse|plant|factory|distribution center|fulfillment center|store|mill|refinery|shipyard|depot|office|headquarters|hq)\b/iy;
/** A job title after "I'm a" that is not in the list: agent nouns ("realtor", "lifeguard", "barista"). */
const AGENT_NOUN =
  /\b(?:i['’]?m|i am|im|i work as|work as|he['’]?s|she['’]?s|he is|she is)\s+(?:a|an)\s+((?:(?!(?:and|or|but|so|the|of|to|in|at|for|with|who|that|very|bit|little|big|huge|lot|type|kind|person|patient|bit)\b)[a-z-]+\s+){0,2}(?!(?:for|or|over|under|after|other|never|ever|either|neither|whether|together|later|rather|per|her|their|your|our|sooner|better|worse|longer)\b)[a-z-]+(?:er|or|ist|ian|ant|man|woman|tech|nurse|aide|clerk|guard|agent|officer|chef|cook|rep|owner|maker|smith|wright|hand|keeper))\b/dgi;
const NOT_JOBS =
  /(?:smoker|drinker|vaper|user|member|survivor|believer|worrier|sleeper|eater|runner|swimmer|walker|hiker|biker|gamer|reader|sufferer|caregiver|beginner|fighter|lover|fan|partner|mother|father|grandmother|grandfather|daughter|sister|brother|vegetarian|christian|human|person|diabetic|asthmatic|epileptic|mom|dad|pescatarian|pensioner|foreigner|stranger|newcomer|perfectionist|optimist|pessimist|introvert|extrovert|insomniac|chronic pain patient|patient|left-hander|right-hander|non-smoker|ex-smoker|former smoker|heavy drinker|social drinker|light sleeper|picky eater|student athlete)$/i;

let occCache: { lex: Lexicon; titles: ReadonlySet<string> } | undefined;

export function detectPatterns(text: string, ctx: PatternContext): Span[] {
  const out: Span[] = [];
  collect(out, text, EMAIL, 'EMAIL', 0.99);
  collect(out, text, URL_RE, 'URL', 0.98);
  for (const m of text.matchAll(DOMAIN)) {
    const before = text[m.index - 1];
    if (before === '@' || before === '.') continue;
    out.push(span(m.index, m.index + m[0].length, 'URL', 0.9));
  }
  collect(out, text, IP, 'URL', 0.95);
  collect(out, text, SSN, 'ID', 0.97);
  collect(out, text, PHONE, 'PHONE_OR_FAX', 0.95);
  collect(out, text, PHONE7, 'PHONE_OR_FAX', 0.8);
  collect(out, text, PHONE_LOOSE, 'PHONE_OR_FAX', 0.8);
  collect(out, text, PHONE_WORDS_DIGITS, 'PHONE_OR_FAX', 0.8);
  collect(out, text, PHONE_INTL, 'PHONE_OR_FAX', 0.85);
  collect(out, text, PHONE_SPELLED, 'PHONE_OR_FAX', 0.8);
  collect(out, text, PHONE_LOCAL, 'PHONE_OR_FAX', 0.8, 1);
  for (const m of text.matchAll(ID_LABELLED)) {
    const idx = m.indices?.[1];
    if (!idx) continue;
    // The pattern is case-blind: keep only the chunks that look like an identifier, not words.
    const chunks = (m[1] ?? '').split(/(?=[- ])/);
    let len = 0;
    for (const [k, c] of chunks.entries()) {
      const bare = c.replace(/^[- ]/, '');
      if (k > 0 && !/\d/.test(bare)) break;
      if (k === 0 && /^[a-z]/.test(bare)) break;
      len += c.length;
    }
    if (len) out.push(span(idx[0], idx[0] + len, 'ID', 0.95));
  }
  collect(out, text, ID_HASH, 'ID', 0.9);
  collect(out, text, ID_PREFIXED, 'ID', 0.8);
  collect(out, text, ID_LAST4, 'ID', 0.9, 1);
  collect(out, text, ID_CODE, 'ID', 0.75);
  for (const m of text.matchAll(ID_BARE)) {
    if (DOSE_OR_UNIT.test(m[0])) continue;
    if (/^\d+$/.test(m[0]) && m[0].length < 5) continue;
    out.push(span(m.index, m.index + m[0].length, 'ID', 0.8));
  }
  for (const re of DATE_PATTERNS) collect(out, text, re, 'DATE', 0.93, re.flags.includes('d') ? 1 : undefined);
  for (const m of text.matchAll(SHORT_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (FRACTIONS.has(m[0]) || a < 1 || b < 1 || (a > 12 && b > 12) || a > 31 || b > 31) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    if (/^\s*(?:tabs?|tablets?|pills?|caps?|cups?|doses?|mg|ml|of a|times|x)\b/i.test(after)) continue;
    out.push(span(m.index, m.index + m[0].length, 'DATE', 0.85));
  }
  for (const m of text.matchAll(SPACED_DATE)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if ((a >= 1 && a <= 12 && b >= 1 && b <= 31) || (b >= 1 && b <= 12 && a >= 1 && a <= 31))
      out.push(span(m.index, m.index + m[0].length, 'DATE', 0.75));
  }
  for (const m of text.matchAll(SPACED_ISO)) {
    const [a, b] = [Number(m[2]), Number(m[3])];
    if (a >= 1 && a <= 12 && b >= 1 && b <= 31) out.push(span(m.index, m.index + m[0].length, 'DATE', 0.75));
  }
  collect(out, text, MONTH_ALONE_EN, 'DATE', 0.7);
  collect(out, text, MONTH_ALONE_ES, 'DATE', 0.7, 1);
  for (const re of AGE_PATTERNS) {
    for (const m of text.matchAll(re)) {
      const idx = m.indices?.[1];
      if (!idx || Number(m[1]) > 125) continue;
      // "the pain is 8", "it's 5": a number after a measurement or a time is not an age.
      if (NOT_AGE_BEFORE.test(text.slice(Math.max(0, idx[0] - 30), idx[0]))) continue;
      out.push(span(idx[0], idx[1], 'AGE', 0.9));
    }
  }
  for (const re of ADDRESS_PATTERNS) collect(out, text, re, 'ADDRESS', 0.9, re.flags.includes('d') ? 1 : undefined);
  const words = phraseWords(text);
  detectCities(text, words, ctx.lexicon, out);
  for (const m of text.matchAll(PLACE_CONTEXT)) {
    const idx = m.indices?.[1];
    const words = (m[1] ?? '').toLowerCase();
    if (words.split(' ').some((w) => ctx.lexicon.medical.has(w))) continue;
    if (
      idx &&
      (ctx.lexicon.cities.includes(words) ||
        (/^(?:[A-Z][a-z]+\s?){1,3}$/.test(m[1] ?? '') && !ctx.lexicon.common.has(words.split(' ')[0] ?? '')))
    ) {
      out.push(span(idx[0], idx[1], 'ADDRESS', 0.7));
    }
  }
  if (occCache?.lex !== ctx.lexicon) occCache = { lex: ctx.lexicon, titles: new Set(ctx.lexicon.occupations) };
  detectOccupations(text, occCache.titles, out);
  for (const m of text.matchAll(EMPLOYER)) {
    const idx = m.indices?.[1];
    const org = employerName(m[1] ?? '', text.slice(m.index + m[0].length, m.index + m[0].length + 40));
    // An insurer or a clinic is not an employer: "plan through Aetna".
    const viaPlan = /^(?:plan|insurance|coverage|benefits)\b/i.test(m[0]);
    if (idx && org && !(viaPlan && INSURER.test(org)) && !ctx.lexicon.medical.has(org.toLowerCase()))
      out.push(span(idx[0], idx[0] + org.length, 'PROFESSION', 0.75));
  }
  collect(out, text, FIELD_OF_WORK, 'PROFESSION', 0.6, 1);
  for (const m of text.matchAll(SHOP_ES)) {
    const g = m[1] ?? m[2] ?? '';
    if (!g || NOT_SHOP.test(g)) continue;
    const start = m.index + m[0].length - g.length;
    out.push(span(start, start + g.length, 'PROFESSION', 0.6));
  }
  collect(out, text, WORKPLACE_OF_ES, 'PROFESSION', 0.6, 1);
  collect(out, text, TRAINING_SCHOOL, 'PROFESSION', 0.6);
  collect(out, text, WORK_VERB_PHRASE, 'PROFESSION', 0.6, 1);
  collect(out, text, WORKPLACE_AFTER, 'PROFESSION', 0.6, 1);
  for (const m of text.matchAll(JOB_VERB_ORG)) {
    const org = m[2] ?? '';
    const idx = m.indices?.[2];
    if (!idx || NOT_EMPLOYER_START.test(org)) continue;
    const lowerOrg = org.toLowerCase();
    // A lower-case employer must be a known one ("driving for lyft", "deliver for papa johns").
    let len = org.length;
    if (/^\p{Ll}/u.test(org) && !/^(?:the|a|an)\s/.test(org)) {
      const known = ctx.lexicon.employers.filter((e) => lowerOrg === e || lowerOrg.startsWith(`${e} `));
      const best = known.reduce((a, e) => Math.max(a, e.length), 0);
      if (!best) continue;
      len = best;
    }
    if (org.split(/\s+/).some((w) => ctx.lexicon.medical.has(w.toLowerCase()))) continue;
    // After "work", the job is what follows, less its schedule: "work [nights] stocking at Costco",
    // "work housekeeping at X"; nothing left ("work part time at Target") leaves it to the employer rules.
    let start = m.index;
    const verb = /^(?:work|works|worked|working)(?:\s+in)?\s+/.exec(m[1] ?? '');
    if (verb) {
      const rest = (m[1] ?? '').slice(verb[0].length);
      const sched = SCHEDULE_WORDS.exec(rest);
      const job = rest.slice(sched?.[0].length ?? 0);
      if (/^(?:at|for|with)\s/.test(job)) continue;
      const ing = /(?:^|\s)(\p{L}+ing)\s/u.exec(job);
      const ingAt = ing ? (ing.index ?? 0) + ing[0].length - (ing[1] ?? '').length - 1 : 0;
      start = m.index + verb[0].length + (sched?.[0].length ?? 0) + ingAt;
    }
    out.push(span(start, idx[0] + len, 'PROFESSION', 0.65));
  }
  for (const m of text.matchAll(SOY_JOB)) {
    const idx = m.indices?.[1];
    if (idx && !NOT_SOY_JOB.test(m[1] ?? '') && !ctx.lexicon.medical.has((m[1] ?? '').toLowerCase()))
      out.push(span(idx[0], idx[1], 'PROFESSION', 0.55));
  }
  for (const m of text.matchAll(AGENT_NOUN)) {
    const idx = m.indices?.[1];
    if (idx && !NOT_JOBS.test(m[1] ?? '')) out.push(span(idx[0], idx[1], 'PROFESSION', 0.6));
  }
  detectEmployers(text, words, ctx.lexicon, out);
  detectFacilities(text, ctx.lexicon, out);
  detectTowns(text, ctx.lexicon, out);
  detectStores(text, out);
  return out;
}

/**
 * The employer pattern is case-blind for its trigger words, so its name part is cut back here
 * to the capitalised words ("Target where I work" → "Target"); Spanish "una fábrica de muebles"
 * describes the workplace in lower case and is kept whole.
 */
function employerName(raw: string, after = ''): string {
  if (/^(?:la|el|una|un)\s+[a-záéíóúñ]/.test(raw)) return raw;
  const words = raw.split(/(\s+)/);
  let out = '';
  for (let k = 0; k < words.length; k += 2) {
    const w = words[k] ?? '';
    const ok =
      /^[\p{Lu}\d]/u.test(w) ||
      (k > 0 && /^(?:of|and|&|de)$/.test(w) && /^[\p{Lu}\d]/u.test(words[k + 2] ?? '')) ||
      (k === 0 && /^the$/i.test(w));
    if (!ok) break;
    out += (k ? words[k - 1] : '') + w;
  }
  if (/^the$/i.test(out.trim())) return '';
  // "the Bosch plant", "Hyundai dealership", "JBS meat packing": the kind of workplace after the name.
  const kind = EMPLOYER_KIND.exec(raw.slice(out.length) + (out.length === raw.length ? after : ''));
  return kind && out ? out + kind[0] : out;
}
const EMPLOYER_KIND = new RegExp(
  `^\\s+(?:[a-z]+\\s+){0,2}?(?:${WORKPLACE_NOUNS.slice(3, -1)}|crew|department|dept|district|packing|meatpacking|processing|distribution|assembly line|line)\\b`,
);

const INSURER =
  /\b(?:health|insurance|blue|cross|shield|medicare|medicaid|care|aetna|cigna|humana|united|anthem|kaiser permanente|tricare|marketplace|cobra|portal|mychart|app|website|phone|mail)\b/i;

/** Known employers, only where a workplace is meant: after "at/for/with/from", or before "plant". */
function detectEmployers(text: string, words: readonly PhraseWord[], lex: Lexicon, out: Span[]): void {
  const lower = text.toLowerCase();
  for (const [i, stop] of findPhrases(text, words, lex.employers)) {
    {
      const name = lower.slice(i, stop);
      if (name.length <= 3 && text.slice(i, i + name.length) !== name.toUpperCase()) continue;
      const before = lower.slice(Math.max(0, i - 24), i);
      WORKPLACE.lastIndex = i + name.length;
      const place = WORKPLACE.exec(text);
      const context =
        /\b(?:at|for|with|from|through|thru|in|de|en|para|employer|job)\s+(?:the\s+)?$|\b(?:i|we|he|she|they)\s+(?:work|drive|deliver)\s+(?:at|for)\s+(?:the\s+)?$/.test(
          before,
        );
      if (
        !context &&
        !place &&
        !/^\s+(?:driver|engineer|employee|worker|manager|mechanic|pilot|contractor)\b/i.test(
          text.slice(i + name.length, i + name.length + 12),
        )
      )
        continue;
      out.push(span(i, place ? i + name.length + place[0].length : i + name.length, 'PROFESSION', 0.7));
    }
  }
}

function detectFacilities(text: string, lex: Lexicon, out: Span[]): void {
  for (const m of text.matchAll(CARE_PLACE)) {
    const idx = m.indices?.[1];
    const words = (m[1] ?? '').replace(/\s+&$/, '').split(/\s+/);
    const first = foldWordSimple(words[0] ?? '');
    if (!idx || NOT_PLACE_START.test(first) || lex.medical.has(first)) continue;
    out.push(span(idx[0], idx[0] + words.join(' ').length, 'ADDRESS', 0.6));
  }
  for (const re of [FACILITY, FACILITY_UPPER, LOCAL_SITE]) {
    for (const m of text.matchAll(re)) {
      const lead = (m[0].match(/^(?:(?:St\.?|Saint|Mt\.?|Mount|San|Santa)\s+)/)?.[0] ?? '') + (m[1] ?? '');
      // A name never spans a sentence end or a medication: "Singulair and Flonase. Pharmacy is".
      if (
        /(?<!\b(?:St|Mt|Ft|[A-Z]))\.\s/.test(lead) ||
        lead.split(/\s+/).some((w) => lex.medical.has(w.toLowerCase().replace(/[.,]$/, '')))
      )
        continue;
      const words = lead
        .toLowerCase()
        .replace(/['’]s\b/g, '')
        .split(/[\s.]+/)
        .filter(Boolean);
      const proper = words.some((w) => !GENERIC_FACILITY_WORDS.has(w));
      // "Hospital for Special Surgery": a head followed by its own proper name also counts.
      const named = /\s(?:of|at|in|on|for)\s/.test(m[0].slice(lead.length));
      if (!proper && !named) continue;
      let start = m.index;
      // Leading "The" belongs to the sentence, not the facility name.
      if (/^the\s/i.test(m[0])) start += m[0].search(/\s\S/) + 1;
      out.push(span(start, m.index + m[0].length, 'ADDRESS', 0.85));
    }
  }
}

const foldWordSimple = (w: string) => w.toLowerCase().replace(/['’]s$/, '');
/** Capitalised words after "at" that are not places: days, months, times, titles, pronouns. */
const NOT_PLACE_START =
  /^(?:i|the|a|my|our|his|her|their|this|that|it|dr\.?|mr\.?|mrs\.?|ms\.?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|christmas|thanksgiving|easter|noon|midnight|least|all|first|home|night|work|er|icu|lunes|martes|miércoles|jueves|viernes|sábado|domingo|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|and|but|so)$/;

function detectTowns(text: string, lex: Lexicon, out: Span[]): void {
  for (const m of text.matchAll(TOWN_STATE)) {
    const [, town = '', sep = '', region = ''] = m;
    const comma = sep.includes(',');
    const zip = /\d{5}/.test(m[0]);
    // A sentence end inside the town ("Tomo Eliquis. Ya") means these are not one place name.
    if (/(?<!\b(?:St|Mt|Ft))\.(?:\s|$)/.test(`${town}${sep}`)) continue;
    if (/^[A-Z]{2}$/.test(region)) {
      if (AMBIGUOUS_STATES.has(region) && !comma && !zip) continue;
      if (region === 'ID' && /^\s*[:#]?\s*[A-Z0-9-]*\d/.test(text.slice(m.index + m[0].length))) continue;
    } else if (region.length <= 2 || !(comma && (COUNTRIES.has(region) || new RegExp(`^${STATES}$`).test(region))))
      continue;
    const first = town.split(/\s+/)[0]?.toLowerCase().replace(/[.,]/g, '') ?? '';
    if (
      lex.medical.has(first) ||
      /^(?:the|thanks|thank|hi|hello|dear|yes|no|and|but|so|please|sincerely|regards|dr|mr|mrs|ms)$/.test(first)
    )
      continue;
    out.push(span(m.index, m.index + m[0].length, 'ADDRESS', 0.85));
  }
}

const STORE_BRANDS =
  /\b(?:CVS|Walgreens|Rite[- ]Aid|Walmart|Wal-Mart|Costco|Kroger|Publix|Safeway|Target|H-E-B|HEB|Duane Reade|Wegmans|Meijer|Sam'?s Club|Albertsons|Vons|Ralphs|Giant|Stop & Shop|Hy-Vee|Winn-Dixie|Fred Meyer|King Soopers|Harris Teeter|Food Lion|ShopRite|Jewel-Osco|Smith'?s|Fry'?s|Navarro|Bartell(?: Drugs)?|Save Mart|Raley'?s|Acme|Quest(?: Diagnostics)?|Labcorp|Planet Fitness|Farmacia(?: [A-Z]\w+)?)(?:\s+(?:pharmacy|farmacia|drug(?:store)?|specialty|#\s?\d+))?/giy;
const STORE_LOCATION =
  /\s*(?:,\s*|\s+(?:on|at|in|of|off|by|near|inside|en|de|del|cerca de)\s+(?:the\s+|la\s+|el\s+)?(?:corner of\s+)?|\s+(?=\d))/y;
const LOCATION_STOP =
  /^(?:the|a|an|my|your|our|his|her|their|this|that|it|me|him|them|is|are|was|or|but|so|to|for|with|because|since|if|when|today|tomorrow|yesterday|now|please|pls|thanks|thank|asap|again|instead|before|after|until|as|every|each|all|they|we|i|he|she|you|has|have|had|said|says|closed|open|phone|fax|number|period)$/i;

/**
 * Pharmacies, labs and stores with where they are: "the Walgreens on Rosedale highway",
 * "cvs on maple ave", "Hy-Vee on 8th Street". The brand is found case-blind, then the location
 * is read word by word: capitalised words, numbers, street words, "and"/"&" between them.
 */
function detectStores(text: string, out: Span[]): void {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 32;
    // Quick filter on first letters of the brands above.
    if (
      !'chrwkpstgdamvbnflqjsr'.includes(String.fromCharCode(c)) ||
      (i > 0 && /[\p{L}\d]/u.test(text[i - 1] as string))
    )
      continue;
    STORE_BRANDS.lastIndex = i;
    const m = STORE_BRANDS.exec(text);
    if (!m || /[\p{L}\d]/u.test(text[i + m[0].length] ?? ' ')) continue;
    let end = i + m[0].length;
    STORE_LOCATION.lastIndex = end;
    const loc = STORE_LOCATION.exec(text);
    let located = /#/.test(m[0]);
    if (loc) {
      const words = /[\p{L}\d][\p{L}\d.'’&-]*|&/uy;
      let pos = end + loc[0].length;
      let taken = 0;
      let lastGood = end;
      while (taken < 6) {
        words.lastIndex = pos;
        const w = words.exec(text);
        if (!w || LOCATION_STOP.test(w[0].replace(/\.$/, ''))) break;
        const connector = /^(?:and|&|y)$/i.test(w[0]);
        if (!connector) lastGood = pos + w[0].length;
        taken++;
        // A full stop after a word that is no abbreviation ends the sentence: "de Calexico. Toma".
        if (/\p{L}{4,}\.$/u.test(w[0]) && !/^(?:blvd|pkwy|hwy|ste|apt|expy)\.$/i.test(w[0])) {
          lastGood -= 1;
          break;
        }
        const gap = /^[ \t]+/.exec(text.slice(pos + w[0].length));
        if (!gap) break;
        pos += w[0].length + gap[0].length;
      }
      if (lastGood > end) {
        end = lastGood;
        located = true;
      }
    }
    const brandOnly = text.slice(i, i + m[0].length);
    // A brand alone is a store only when capitalised as a name; "target" or "giant" are words.
    if (!located && brandOnly === brandOnly.toLowerCase()) continue;
    out.push(span(i, end, 'ADDRESS', located ? 0.85 : 0.6));
    i = end;
  }
}

function detectCities(text: string, words: readonly PhraseWord[], lex: Lexicon, out: Span[]): void {
  for (const [i, end] of findPhrases(text, words, lex.cities)) {
    const capital = /\p{Lu}/u.test(text[i] as string);
    const placed = /\b(?:in|from|near|to|en|de|at)\s+$/i.test(text.slice(Math.max(0, i - 6), i));
    if (capital || placed) out.push(span(i, end, 'ADDRESS', 0.75));
  }
}

const PHRASE_WORD = /[\p{L}\d]+(?:[.'’&-][\p{L}\d]+)*\.?/gu;
interface PhraseWord {
  start: number;
  end: number;
  word: string;
}
interface PhraseIndex {
  phrases: ReadonlySet<string>;
  /** First words of the phrases: most words of a message start none and are skipped at once. */
  firsts: ReadonlySet<string>;
}
const phraseIndexes = new WeakMap<readonly string[], PhraseIndex>();
function phraseIndex(list: readonly string[]): PhraseIndex {
  let idx = phraseIndexes.get(list);
  if (!idx) {
    idx = { phrases: new Set(list), firsts: new Set(list.map((p) => p.split(' ')[0] as string)) };
    phraseIndexes.set(list, idx);
  }
  return idx;
}
const phraseWords = (text: string): PhraseWord[] =>
  [...text.matchAll(PHRASE_WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    word: m[0].toLowerCase().replace(/’/g, "'"),
  }));

/**
 * Where phrases of a word list (one to four words, lower case) occur as whole words: a lookup
 * of each run of words in a set, so the cost does not grow with the length of the list.
 */
function findPhrases(text: string, words: readonly PhraseWord[], list: readonly string[]): [number, number][] {
  const { phrases, firsts } = phraseIndex(list);
  const found: [number, number][] = [];
  for (let k = 0; k < words.length; k++) {
    const head = words[k] as PhraseWord;
    if (!firsts.has(head.word) && !firsts.has(head.word.replace(/\.$/, ''))) continue;
    let phrase = '';
    let hit: [number, number] | undefined;
    for (let n = 0; n < 4 && k + n < words.length; n++) {
      const w = words[k + n] as PhraseWord;
      if (n > 0 && !(w.start === (words[k + n - 1] as PhraseWord).end + 1 && text[w.start - 1] === ' ')) break;
      phrase += (n ? ' ' : '') + w.word;
      if (phrases.has(phrase)) hit = [head.start, w.end];
      else if (phrase.endsWith('.') && phrases.has(phrase.slice(0, -1))) hit = [head.start, w.end - 1];
    }
    if (hit) {
      found.push(hit);
      while (k + 1 < words.length && (words[k + 1] as PhraseWord).start < hit[1]) k++;
    }
  }
  return found;
}
