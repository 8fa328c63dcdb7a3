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
const MONTHS_ES = '(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)';
const DAYS_EN = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)';
const DAYS_ES = '(?:lunes|martes|mi[eé]rcoles|jueves|viernes|s[aá]bado|domingo)';
const ORD = '(?:st|nd|rd|th|ro|do|to|vo|mo)';

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+[^\s<>"')\].,;:!?]/gi;
const DOMAIN = /\b[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|org|net|edu|gov|io|health|us|info|co|me|app|care)(?:\/[^\s)]*[^\s).,;:!?])?(?![a-z0-9@])/gi;
const IP = /\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b/g;
const SSN = /\b\d{3}[- ]\d{2}[- ]\d{4}\b/g;
const PHONE =
  /(?<![\d$.,])(?:\+?1[\s.-]*)?(?:\(\s*\d{3}\s*\)|\d{3})[\s.-]*\d{3}[\s.-]*\d{4}(?:\s*(?:x|ext\.?|extension|ext)\s*\d{1,6})?(?![\d%])/gi;
const PHONE7 = /(?<![\d$.,-])\d{3}[-.]\d{4}(?![\d-])/g;

const ID_LABEL =
  '(?:mrn|medical record(?: number| no\\.?| #)?|chart(?: number| no\\.?| #)?|member(?: ?id)?|subscriber(?: ?id)?|id|policy|group|grp|account|acct|rx|prescription|script|claim|invoice|inv|reference|ref|confirmation|conf|case|ticket|order|ssn|social(?: security)?|license|lic|dl|medicaid|medicare|mbi|insurance|patient(?: ?id)?|pt id|pin|card|tracking|authorization|auth|pa|npi|dea|device|serial|expediente|cuenta|p[oó]liza|receta|reclamo|factura|miembro|seguro social|seguro|n[uú]mero de (?:cuenta|miembro|seguro|expediente|receta|reclamo|factura|p[oó]liza|caso))';
const ID_LABELLED = new RegExp(
  `\\b${ID_LABEL}(?:\\s*(?:number|num|no\\.?|n[uú]m(?:ero)?\\.?|#|is|was|es|:|ending(?: in)?|que termina en|terminada en|id))*\\s*[:#]?\\s*((?:[A-Z]{1,4}[- ]?)?\\d[A-Z0-9]*(?:[- ][A-Z0-9]+)*)`,
  'gid',
);
const ID_HASH = /#\s?([A-Z]{0,4}-?\d{3,}[A-Z0-9-]*)/gid;
/** Long digit runs, or letters mixed with at least four digits, that are not doses or money. */
const ID_BARE = /(?<![\w$.,/-])(?=[A-Z0-9-]*\d(?:[A-Z0-9-]*\d){3})[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w/])/gi;
const DOSE_OR_UNIT = /^\d+(?:mg|mcg|ml|iu|units?|hrs?|lbs?|kg|pm|am|k)$/i;

const DATE_PATTERNS: RegExp[] = [
  /\b\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})\b/g,
  /\b(?:19|20)\d{2}[/.-]\d{1,2}[/.-]\d{1,2}\b/g,
  new RegExp(`\\b${MONTHS_EN}\\.?\\s+\\d{1,2}(?:${ORD})?(?:,?\\s+(?:19|20)\\d{2})?\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}(?:${ORD})?\\s+(?:of\\s+)?${MONTHS_EN}\\.?(?:,?\\s+(?:19|20)\\d{2})?\\b`, 'gi'),
  new RegExp(`\\b${MONTHS_EN}\\.?\\s+(?:19|20)\\d{2}\\b`, 'gi'),
  new RegExp(`\\b\\d{1,2}\\s+de\\s+${MONTHS_ES}(?:\\s+(?:de|del)\\s+(?:19|20)\\d{2})?\\b`, 'gi'),
  new RegExp(`\\b${MONTHS_ES}\\s+(?:de\\s+)?(?:19|20)\\d{2}\\b`, 'gi'),
  new RegExp(`\\b${DAYS_EN}\\b`, 'gi'),
  new RegExp(`\\b${DAYS_ES}\\b`, 'gi'),
  /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?(?=\s+(?:\d{1,2}[/-]\d{1,2}|the\s+\d|\d{1,2}(?:st|nd|rd|th)|(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:am|pm)))/gi,
  /\bthe\s+(\d{1,2}(?:st|nd|rd|th))\b(?!\s+(?:time|day of|week|dose|floor|grade|percentile|birthday))/gid,
  /\b(?:dob|d\.o\.b\.?|born|birthdate|birth date|date of birth|fecha de nacimiento|nacid[oa] el|nac\.?)\s*(?:is|was|:|-|el)?\s*(\d{6,8})\b/gid,
];
/** "3/14" without a year: only where it is evidently a date, never a fraction like 1/2. */
const SHORT_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})(?![\d/])/g;
const FRACTIONS = new Set(['1/2', '1/3', '2/3', '1/4', '3/4', '1/8']);
const MONTH_ALONE_EN = /\b(?:January|February|March|April|June|July|August|September|October|November|December)\b/g;
const MONTH_ALONE_ES = new RegExp(`\\b(?:en|de|para|desde|hasta|el mes de)\\s+(${MONTHS_ES})\\b`, 'gid');

const NUM_WORDS =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|hundred)';
const AGE_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b(\\d{1,3}|${NUM_WORDS})(?:\\s*|-)(?:years?|yrs?|yr|y/o|yo|y\\.o\\.?|year|months?|mos?|weeks?|wks?|days?)(?:\\s*|-)(?:old|of age)\\b`,
    'gid',
  ),
  /\b(\d{1,3})\s*(?:yo|y\/o|y\.o\.?|yrs?|yr)\b(?!\s*(?:ago|since|later))/gid,
  /\b(?:age|aged|edad(?: de)?|cumpli[oó]?|turned|turning|turns|will be)\s*:?\s*(\d{1,3})\b(?!\s*(?:mg|%|lbs|pounds|kg|am|pm|min))/gid,
  /\b(?:i'?m|i am|she'?s|he'?s|she is|he is|who is|who'?s|is now)\s+(\d{1,3})\b(?=\s*(?:[,.;!?)]|and\b|now\b|years?\b|yrs?\b|$|y\/o\b|with\b|so\b|but\b))/gid,
  /\b(\d{1,3})\s*(?:años|anos|añitos|meses|semanas)(?:\s+de\s+(?:edad|nacid[oa]))?\b(?!\s+(?:de\s+)?(?:casad|embarazad|trabajand|viviendo|tomando|con\b|sin\b))/gid,
  new RegExp(`\\b(${NUM_WORDS})\\s+(?:años|anos)\\b`, 'gid'),
  /\b(?:tengo|tiene|tienen)\s+(\d{1,3})\s+(?:años|anos)\b/gid,
  /\((\d{1,3})\s*(?:yo|y\/o|[mf])?\)/gid,
];

const STREET_SUFFIX =
  '(?:street|st|avenue|ave|av|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|circle|cir|way|place|pl|terrace|ter|parkway|pkwy|highway|hwy|trail|trl|loop|square|sq|plaza|route|rte|pike|turnpike|row|run|crossing|xing|alley|path|point|pt)';
const UNIT = '(?:,?\\s*(?:apt|apartment|unit|suite|ste|#|bldg|building|floor|fl|lot|room|rm|depto|departamento|interior|int)\\.?\\s*#?\\s*[A-Za-z0-9-]+)';
const STATES =
  '(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC|PR|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico)';
const CAP = "[A-Z][A-Za-z.'’-]*";
const ADDRESS_PATTERNS: RegExp[] = [
  new RegExp(
    `\\b\\d{1,6}[A-Za-z]?\\s+(?:[NSEW]\\.?\\s+|(?:north|south|east|west)\\s+)?(?:[A-Za-z0-9.'’-]+\\s+){0,3}${STREET_SUFFIX}\\b\\.?(?:\\s+(?:[NSEW]|NE|NW|SE|SW)\\b\\.?)?${UNIT}?`,
    'gi',
  ),
  new RegExp(`\\b(?:${CAP}\\s+){0,2}${CAP}\\s+(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Parkway|Pkwy|Highway|Hwy|Terrace|Court|Circle)\\b\\.?${UNIT}?`, 'g'),
  new RegExp(`\\b\\d{1,3}(?:st|nd|rd|th)\\s+(?:street|st|avenue|ave)\\b\\.?`, 'gi'),
  new RegExp(`\\b(?:apt|apartment|unit|suite|ste)\\.?\\s*#?\\s*\\d+[A-Za-z]?\\b`, 'gi'),
  /\b(?:calle|avenida|av\.|avda\.?|camino|carretera|calzada|boulevard|bulevar|colonia|col\.|urbanizaci[oó]n|urb\.|barrio|residencial)\s+(?:[A-Z0-9ÁÉÍÓÚÑ#][\wÁÉÍÓÚÑáéíóúñ.'-]*(?:\s+|,\s*)){0,4}(?:[A-Z0-9ÁÉÍÓÚÑ#][\wÁÉÍÓÚÑáéíóúñ.'-]*)/g,
  new RegExp(`\\b(?:${CAP}\\s+){0,2}${CAP},\\s*${STATES}\\b(?:,?\\s+\\d{5}(?:-\\d{4})?)?`, 'g'),
  new RegExp(`\\b${STATES}\\s+\\d{5}(?:-\\d{4})?\\b`, 'g'),
  /\b(?:zip|zip code|zipcode|c[oó]digo postal|postal code)\s*(?:is|es|:)?\s*(\d{5}(?:-\d{4})?)\b/gid,
  /\b(?:P\.?\s?O\.?\s?Box|apartado postal)\s*#?\s*\d+\b/gi,
  new RegExp(
    `\\b(?:(?:St\\.?|Saint|Mt\\.?|Mount|San|Santa)\\s+)?(?:${CAP}\\s+){0,4}(?:Hospital|Medical Center|Medical Centre|Med Center|Health Center|Health Centre|Health System|Clinic|Clinics|Urgent Care|Pharmacy|Memorial|Regional|Infirmary|Hospice|Rehab(?:ilitation)?(?: Center)?|Nursing Home|Surgery Center|Surgical Center|Imaging(?: Center)?|Laboratory|Labs|Family Practice|Family Medicine|Pediatrics|Dialysis(?: Center)?|Cancer Center|Heart Institute|Womens? Center|Senior Living|Assisted Living|Care Center|Elementary|Middle School|High School|Elementary School|University|College|Academy)\\b(?:\\s+(?:of|at|in|on)\\s+(?:the\\s+)?(?:${CAP}\\s*){1,3})?`,
    'g',
  ),
  /\b(?:Hospital|Cl[ií]nica|Farmacia|Centro de Salud|Centro M[eé]dico|Sanatorio)\s+(?:(?:de|del|de la|de los|San|Santa)\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\wáéíóúñ'-]*){0,3}/g,
  /\b(?:CVS|Walgreens|Rite[- ]Aid|Walmart|Wal-Mart|Costco|Kroger|Publix|Safeway|Target|H-E-B|HEB|Duane Reade|Wegmans|Meijer|Sam'?s Club|Albertsons|Vons|Ralphs|Giant|Stop & Shop|Hy-Vee|Winn-Dixie|Fred Meyer|King Soopers|Harris Teeter|Food Lion|ShopRite|Jewel-Osco|Smith'?s|Fry'?s|Navarro|Farmacia [A-Z]\w+)(?:\s+(?:pharmacy|farmacia|drug(?:store)?|#\s?\d+))?(?:\s+(?:on|at|in|off|by|near|en|de|del|cerca de)\s+(?:the\s+|la\s+|el\s+)?(?:corner of\s+)?[A-Z0-9][\w.'’-]*(?:\s+(?:and|&|y)\s+[A-Z0-9][\w.'’-]*|\s+[A-Z0-9][\w.'’-]*){0,4})/g,
];
const PLACE_CONTEXT =
  /\b(?:live|lives|living|lived|moved|move|moving|located|reside|resides|visiting|traveling|travelling|staying|from|in|near|vivo|vive|vivimos|estoy|estamos|desde|en)\s+(?:in\s+|to\s+|at\s+)?((?:[A-Z][A-Za-z.'’-]+)(?:\s+[A-Z][A-Za-z.'’-]+){0,2})/gd;

export interface PatternContext {
  lexicon: Lexicon;
}

function occupationsRegex(lex: Lexicon): RegExp {
  const alts = [...lex.occupations].sort((a, b) => b.length - a.length).map((o) => o.replace(/[.*+?^${}()|[\]\\']/g, (c) => (c === "'" ? "['’]" : `\\${c}`)));
  const occ = `(?:${alts.join('|')})s?`;
  return new RegExp(
    `\\b(?:i'?m|i am|im|i work as|work as|working as|worked as|job as|career as|retired|she'?s|he'?s|she is|he is|is|was|as|soy|trabajo como|trabajo de|trabaja como|trabaja de|trabajaba como|es|fui)\\s+(?:a\\s+|an\\s+|un\\s+|una\\s+|the\\s+)?(?:retired\\s+|former\\s+|part[- ]time\\s+|full[- ]time\\s+|night[- ]shift\\s+|jubilad[oa]\\s+)?(${occ})\\b`,
    'gid',
  );
}
const EMPLOYER =
  /\b(?:i work (?:at|for)|work (?:at|for)|works (?:at|for)|working (?:at|for)|worked (?:at|for)|employed (?:at|by)|employer is|retired from|job at|trabajo en|trabaja en|trabajo para|trabaja para)\s+((?:the\s+|la\s+|el\s+)?(?:[A-Z0-9][\w&.'’-]*)(?:\s+(?:of\s+|de\s+|&\s+)?[A-Z0-9][\w&.'’-]*){0,4}|(?:la|el)\s+[a-záéíóúñ]+(?:\s+de\s+[a-záéíóúñ]+)?)/gd;

let occCache: { lex: Lexicon; re: RegExp } | undefined;

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
  collect(out, text, ID_LABELLED, 'ID', 0.95, 1);
  collect(out, text, ID_HASH, 'ID', 0.9, 1);
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
  collect(out, text, MONTH_ALONE_EN, 'DATE', 0.7);
  collect(out, text, MONTH_ALONE_ES, 'DATE', 0.7, 1);
  for (const re of AGE_PATTERNS) collect(out, text, re, 'AGE', 0.9, 1);
  for (const re of ADDRESS_PATTERNS) collect(out, text, re, 'ADDRESS', 0.9, re.flags.includes('d') ? 1 : undefined);
  detectCities(text, ctx.lexicon, out);
  for (const m of text.matchAll(PLACE_CONTEXT)) {
    const idx = m.indices?.[1];
    const words = (m[1] ?? '').toLowerCase();
    if (idx && (ctx.lexicon.cities.includes(words) || /^(?:[A-Z][a-z]+\s?){1,3}$/.test(m[1] ?? '') && !ctx.lexicon.common.has(words.split(' ')[0] ?? ''))) {
      out.push(span(idx[0], idx[1], 'ADDRESS', 0.7));
    }
  }
  if (occCache?.lex !== ctx.lexicon) occCache = { lex: ctx.lexicon, re: occupationsRegex(ctx.lexicon) };
  collect(out, text, occCache.re, 'PROFESSION', 0.8, 1);
  collect(out, text, EMPLOYER, 'PROFESSION', 0.75, 1);
  return out;
}

function detectCities(text: string, lex: Lexicon, out: Span[]): void {
  const lower = text.toLowerCase();
  for (const city of lex.cities) {
    let from = 0;
    for (;;) {
      const i = lower.indexOf(city, from);
      if (i < 0) break;
      from = i + city.length;
      const before = lower[i - 1];
      const after = lower[i + city.length];
      if ((before && /[a-z]/.test(before)) || (after && /[a-z]/.test(after))) continue;
      const capital = /[A-Z]/.test(text[i] as string);
      const placed = /\b(?:in|from|near|to|en|de|at)\s+$/i.test(text.slice(Math.max(0, i - 6), i));
      if (capital || placed) out.push(span(i, i + city.length, 'ADDRESS', 0.75));
    }
  }
}
