/**
 * The red-flag engine: deterministic, local, and run on the original text (nothing leaves
 * the process), so that it still works when redaction fails.
 *
 * 1. Fold the text (lower case, no accents, straight quotes) keeping a map to original offsets.
 * 2. Correct likely misspellings of the rules' key words ("chset" → "chest", "sucidal" → "suicidal").
 * 3. Match every rule's patterns.
 * 4. Drop a match that is negated ("no chest pain"), historical ("a stroke in 2019"),
 *    hypothetical ("signs of a stroke"), about an animal ("my dog had a seizure"), or part of a
 *    routine phrase ("seizure meds", "suicide prevention training").
 * 5. Report one hit per rule, naming the rule and where it matched.
 */
import { RED_FLAG_RULES, type RedFlagRule } from './rules.ts';

export interface RedFlagHit {
  rule: string;
  start: number;
  end: number;
}

export interface RedFlagEngine {
  readonly version: string;
  scan(text: string): RedFlagHit[];
}

interface Folded {
  text: string;
  /** map[i] = offset in the original text of folded char i; map[text.length] = original length. */
  map: number[];
}

const COMBINING = /[\u0300-\u036f]/g;
const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u02bc': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
};

function fold(text: string): Folded {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      out.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : (text[i] as string));
      map.push(i);
      continue;
    }
    const c = text[i] as string;
    const f = QUOTES[c] ?? c.normalize('NFD').replace(COMBINING, '').toLowerCase();
    for (let k = 0; k < f.length; k++) map.push(i);
    out.push(f);
  }
  map.push(text.length);
  return { text: out.join(''), map };
}

/** Key words the rules depend on; a token one edit away from one of them is read as it. */
const KEY_WORDS =
  `chest pressure tightness heaviness breathe breath breathing suicidal suicide myself stroke drooping droopy
slurred slurring speech numbness weakness bleeding blood seizure seizures unconscious unresponsive overdose overdosed
swallowed swelling swollen throat tongue pregnant headache migraine fainted fainting passed vomiting allergic anaphylaxis
poison poisoning convulsing newborn fever worst collapsed stopped kicking moving emergency dying heart attack pills
dolor pecho respirar sangrado sangre desmayo embarazada garganta hinchada morir matarme sobredosis pastillas
convulsiones inconsciente derrame suicidarme`
    .split(/\s+/)
    .filter(Boolean);
/** Real words one edit away from a key word, which must stay as written. */
const KEEP = new Set([
  'worse',
  'breast',
  'chess',
  'threat',
  'moving',
  'fevers',
  'cheat',
  'dying',
  'tying',
  'lying',
  'passes',
  'paused',
  'stoke',
  'strike',
  'strokes',
  'pill',
  'bleeping',
  'breeding',
  'blooding',
  'pleasure',
  'heath',
  'kicking',
  'poisons',
  'stroker',
  'swollen',
  'swallow',
  'pastilla',
  'drooling',
  'dropping',
  'throats',
  'fainter',
  'feverish',
  'collapse',
  'overdue',
  'seize',
  'seized',
  'breathed',
  'birth',
  'breathes',
  'morris',
  'mories',
  'doler',
  'dolores',
  'sangria',
  'doing',
  'heard',
  'hears',
  'spelling',
  'stepped',
  'shopped',
  'confusing',
  'confusion',
  'pressures',
  'pasted',
  'passer',
  'tongues',
  'thought',
  'dolar',
  'dolares',
  'mover',
  'moral',
  'sangra',
  'sangro',
  'respira',
  'hearty',
  'hearth',
  'heated',
  'pressed',
  'wrist',
  'first',
  'bloom',
  'blond',
  'blonde',
  'fevered',
  'breaths',
  'breach',
  'breathy',
  'pecho',
  'techo',
  'leche',
  'pecas',
  'droops',
  'stoked',
  'pessary',
  'poisson',
  'emergent',
  'newborns',
  'worsts',
  'worship',
]);
const KEY_SET = new Set(KEY_WORDS);
const byInitial = new Map<string, string[]>();
for (const w of KEY_SET) byInitial.set(w[0] as string, [...(byInitial.get(w[0] as string) ?? []), w]);

/** Optimal string alignment distance, bounded: returns max+1 as soon as it exceeds max. */
function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const prev = rows[i - 1] as number[];
    let best = Number.POSITIVE_INFINITY;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        v = Math.min(v, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Length of the common prefix of two words. */
function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function correct(token: string): string | undefined {
  if (token.length < 5 || KEY_SET.has(token) || KEEP.has(token)) return undefined;
  const max = token.length >= 10 ? 2 : 1;
  for (const w of byInitial.get(token[0] as string) ?? []) {
    // A difference only in the last two letters is an inflection ("respira", "hinchado", "doing"), not a typo.
    if (commonPrefix(token, w) >= Math.min(token.length, w.length) - 2) continue;
    if (editDistance(token, w, max) <= max) return w;
  }
  return undefined;
}

function correctTypos(f: Folded): Folded {
  let out = '';
  const map: number[] = [];
  let last = 0;
  for (const m of f.text.matchAll(/[a-z]+/g)) {
    const fix = correct(m[0]);
    if (!fix) continue;
    const s = m.index;
    const e = s + m[0].length;
    out += f.text.slice(last, s);
    for (let i = last; i < s; i++) map.push(f.map[i] as number);
    out += fix;
    for (let k = 0; k < fix.length; k++) map.push(f.map[s + Math.min(k, m[0].length - 1)] as number);
    last = e;
  }
  if (last === 0) return f;
  out += f.text.slice(last);
  for (let i = last; i <= f.text.length; i++) map.push(f.map[i] as number);
  return { text: out, map };
}

const CLAUSE_BREAK =
  /[.!?;\n]|\b(?:but|however|though|although|except|and now|pero|aunque|sin embargo|excepto|y ahora)\b/g;
const UNSURE =
  /\b(?:not (?:sure|certain)|no idea|(?:don'?t|do not|dont) know|can'?t tell|no se si|no estoy segur[oa])(?: (?:if|whether|what|si))?\b/g;
/** A negator governs the next few words of its clause ("no fever or chest pain"). */
const NEGATION =
  /\b(?:no|not|never|nobody|no one|none|neither|nothing like|nothing to do with|not related to|unrelated to|unlike|nada como|nor|denies|denied|deny|denying|without|negative for|free of|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t|dont|doesn'?t|doesnt|didn'?t|didnt|do not|does not|did not|haven'?t|havent|hasn'?t|hasnt|have not|has not|no longer|sin|nunca|tampoco|ni|nadie|ningun\w*|nada de)\b/;
/**
 * Words after which a negator no longer applies ("no fever, now my chest hurts"): a new
 * subject, or a comma opening a new clause ("no habla bien, se le cae la boca").
 */
const NEGATION_STOP =
  /\b(?:now|then|because|since|so|when|while|until|yet|also|and now|ahora|porque|cuando|y ahora|ya)\b|(?:,|\band|\by)\s*(?=(?:my|his|her|he|she|i|i'?m|im|we|they|it|it'?s|its|there|this|that|mi|su|el|ella|se|me|le|nos|les|esta|estoy|tiene|tengo|siento|quiero|quisiera|necesito|creo|pienso|y)\b)/g;
/** A match that is itself a negated phrase ("no quiero vivir", "don't want to live"). */
const NEGATOR_LED =
  /^(?:no|not|never|don'?t|dont|do not|doesn'?t|does not|didn'?t|no longer|can'?t|cannot|ya no|nunca)\b/;
/** Only an explicit denial of what follows cancels a negated phrase ("I never said I don't want to live"). */
const DENIAL_BEFORE =
  /\b(?:not|never|no|didn'?t|don'?t|doesn'?t|nunca)\s+(?:say|said|saying|mean|meant|that|think|thought|digo|dije|es que|dice|dijo)\s+(?:that\s+|que\s+)?(?:i\s+|he\s+|she\s+)?$/;
/** A negation written after the symptom, mostly Spanish ("dolor de pecho no tengo"). */
const POST_NEGATION =
  /^\W{0,3}(?:no (?:tengo|tiene|tenia|he tenido|ha tenido|hay|siento)|(?:i )?(?:don'?t|do not) have (?:that|any|it)|not present|none(?! of))\b/;
const HISTORY =
  /\b(?:(?:last|past) (?:week|year|month|spring|summer|fall|autumn|winter|christmas|thanksgiving|decade)|(?:\d+|a few|few|several|many|two|three|four|five|ten|a couple of?) (?:weeks?|years?|months?|yrs?|decades?) ago|(?:a|an|one|about a|like a|over a|more than a) (?:week|month|year) ago|last (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend)|in the past\b(?! (?:\w+ )?(?:hours?|days?|minutes?|mins?|hrs?|24|night|week))|years ago|months ago|weeks ago|a while ago|long ago|(?:in|from) (?:19|20)\d\d|back in|(?:last|in|this past) (?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b(?! (?:\d|first|1st|2nd|3rd))|this (?:past )?(?:month|year)|(?:in |el |en )?(?:january|february|march|april|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre),? (?:(?:of |de )?\d{1,2}(?:st|nd|rd|th)?,? )?(?:de |del )?(?:19|20)\d\d|(?:el|en) (?:febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) pasado|in (?:high school|college|middle school|grade school|elementary school|the (?:army|navy|military|service))|that was (?:when|the (?:day|time))|(?<!\b(?:am|'m|is|are|was|were|be|been|get|gets|got|getting|gotten) )used to\b(?! (?:it|this|that)\b)|my late (?:husband|wife|father|mother|dad|mom|son|daughter|brother|sister)|(?:family )?history of|family history|hx of|h\/o|as a (?:kid|child|teen|teenager|baby)|when (?:i|he|she) was (?:a kid|young|younger|a child|a teen|a teenager|in (?:high school|college|middle school)|little|pregnant with|\d+)|in my (?:teens|twenties|20s)|at (?:age )?\d\d\b(?! ?(?:am|pm|h\b|:|o'?clock|min|weeks?|wks?))|died (?:of|from)|passed away|el ano pasado|la semana pasada|el mes pasado|hace (?:como |mas de |casi |unos |unas |varios |varias |muchos )?(?:\d+|un|una|dos|tres|cuatro|cinco|diez|un par de) (?:anos?|mes|meses|semanas?)|hace (?:unos|varios|muchos) (?:anos|meses)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana) pasado|en el pasado|en (?:el )?(?:19|20)\d\d|antecedentes?|de (?:nin[oa]|chic[oa]|pequen[oa]|joven)|cuando (?:era|estaba) (?:nin[oa]|joven|chic[oa])|murio de|fallecio)\b/g;
const RECENT =
  /\b(?:today|tonight|right now|now(?! (?:i'?m |i am |he'?s |she'?s |it'?s |all )?(?:fine|ok|okay|good|better|great|normal)\b)|just now|this (?:morning|afternoon|evening|time)|last night|currently|again|still|keeps|keep (?:having|getting|thinking|feeling)|lately|these days|this week|started|same as (?:before|last time)|like (?:the one|last time|before)|hoy|ahora(?! (?:estoy|esta|estamos) (?:muy |bien )?(?:bien|perfecto|mejor))|ahorita|orita|horita|anoche|esta (?:manana|tarde|noche)|todavia|otra vez|de nuevo|ultimamente|estos dias|sigo|sigue)\b/g;
/** Hypothetical or general questions, when they lead straight into the match. */
const HYPOTHETICAL_BEFORE =
  /(?:\b(?:what (?:should|do|would) (?:i|we) do if|if (?:i|he|she|we|you|they|(?:a|an|my|the|your|someone|somebody)(?: \w+){0,3}) (?:ever\b|(?:were to |is |was |are )?(?:get|gets|got|have|has|had|having|start|develop|experience|notice))|(?:can|could|might|may) be (?:a |an )?|(?:dreamt|dreamed|dream|dreaming|nightmare)\w* (?:\w+ ){0,4}|(?:paranoid|scared|afraid|worried|nervous) (?:about|of) (?:having |getting )?(?:a |an )?|in case|signs? of|symptoms? of|warning signs|risk (?:of|for)|prevent\w*|worried about (?:getting|having)|afraid of (?:getting|having)|screening for|what (?:are|is) the|what (?:does|do|would) (?:a |an |the )?|si (?:llego|llegara|llegase)|(?:que|como) (?:hago|hacemos|debo hacer|deberia hacer|hacer) si (?:me|le|nos|tengo|tiene|vuelvo|vuelve)?|en caso de|riesgo de|senales de|sintomas de|prevenir|how (?:to|do (?:i|we|you)|can (?:i|we)|would (?:i|we)|should (?:i|we)) (?:recogni[sz]e|spot|tell|identify|know)|what (?:to|should (?:i|we)) (?:watch|look) (?:out )?for|(?:project|paper|essay|assignment|presentation|report|lecture|research|course|class|module) (?:on|about)|teach\w* (?:\w+ )?(?:about|to recognize|how to)|como (?:reconocer|identificar)|(?:proyecto|tarea|trabajo|clase) (?:sobre|de))\b.*|\b(?:(?:can|could|does|do|will|would|might|may) (?:\w+ ){0,4}(?:cause|causes|give (?:you|me|him|her|someone)|lead to|trigger|bring on|increase (?:the )?risk of)|(?:puede|pueden|podria|podrian) (?:causar|provocar|dar)|(?:if|whether) (?:i|you|he|she|they|we)(?: have|'ve| has|'s)? ever (?:had|been|experienced)|\b(?:take|takes|taking|taken|took|on|prescribed|tomo|toma|tomando|tomaba) \S+(?: \S+)? (?:for|para) (?:my |his |her |the |la |las |los |el |mis |sus )?|is it possible to|can (?:you|someone|a person|one|people|kids|children|adults)|could (?:you|someone|a person|one)|how (?:do|does|would|could) (?:you|someone|one)|(?:read|heard|learn(?:ed|t)?|seen) (?:something |an article |a post |stories )?(?:about|that)|lei (?:algo )?(?:sobre|que))(?: \S+){0,3} ?)$/s;
/** Figures of speech leading into a match ("nearly had a heart attack", "give me a stroke"). */
const IDIOM_BEFORE =
  /\b(?:about (?:had|have) (?:a |an )?|(?:nearly|almost|practically|about to|casi) (?:(?:had|have|gave|give|got|me|le|da|dio|did|was)\s)*(?:a |an |un |una )?|(?:give|gives|giving|gave|going to give|gonna give) (?:me|him|her|us|you) (?:a |an )?|(?:me|le) va a dar (?:un |una )?)$/;
const IDIOM_AFTER =
  /^\W*(?:laughing|(?:from|with) laugh\w*|with (?:all )?(?:the |this |that |my )?(?:soda|sugar|junk food|fast food|food|overtime|work|stress|cigarettes|smoking|candy|coffee|pop|energy drinks|beer|chips|sweets)|of (?:luck|genius|midnight|fate|the pen|embarrass\w*|laughter|boredom|curiosity)|con tant[oa]s|de(?:l| la)? (?:risa|verguenza|pena|aburrimiento|coraje|susto|un susto|disgusto|hambre|cansancio))\b/;
/** A joke owned up to right after the match ("my chest hurts (jk it doesn't)"). */
const JOKE_AFTER = /^\W{0,3}(?:jk|j\/k|just kidding|kidding|just joking|es broma|no es cierto)\b/;
/** Laughing: "lol" just before and a joke or laughter in the same sentence ("lol i can't breathe, his joke had me crying"). */
const LAUGH_BEFORE = /\b(?:lol|lmao|lmfao|rofl|haha\w*|jaja\w*)\W+(?:\w+\W+){0,2}$/;
const LAUGH_NEAR = /\b(?:joke|jokes|joking|laugh\w*|hilarious|so funny|cracking up|chiste|risa)\b/;
/** A past event named as a landmark ("since my heart attack", "recovering from her stroke"). */
const SINCE_BEFORE =
  /\b(?:(?:since|ever since|recovering from|recovered from|recovery from|survived|survivor of|desde|despues de) (?:my|his|her|their|the|a|an|mi|su|el|la) |despues del )$/;
/**
 * "after my stroke", "before his heart attack": a landmark when the match is the event's bare
 * name; a longer match carries current signs ("after my c-section the incision is leaking pus").
 */
const AFTER_BEFORE = /\b(?:after|before) (?:my|his|her|their) $/;
const ANIMAL =
  /\b(?:dog|dogs|puppy|pup|cat|cats|kitten|kitty|pet|pets|bird|parrot|hamster|rabbit|bunny|horse|guinea pig|ferret|chihuahua|poodle|beagle|terrier|labrador|retriever|collie|rottweiler|great dane|doberman|greyhound|spaniel|cockatiel|tortoise|turtle|lizard|iguana|pitbull|pit bull|dachshund|yorkie|corgi|bulldog|schnauzer|pug|shih tzu|shepherd|husky|mutt|maltese|pomeranian|cocker|vet|veterinarian|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|veterinari[oa])\b(?! (?:bowl|dish|food|leash|toys?|bed|door|gate|crate|hair|fur|walk|walker|sitter|park|treats?|poop|cage|litter))/;
/** The vet anywhere in the clause means the patient is an animal. */
const VET = /\b(?:vet|vets|veterinarian|animal hospital|veterinari[oa])\b/;
/** A person's relation near an animal word means the person is the subject ("the neighbours' dog bit my son"). */
const PERSON =
  /\b(?:son|daughter|grandson|granddaughter|nephew|niece|boy|girl|husband|wife|baby|child|kid|mom|dad|mother|father|me|i|hijo|hija|nieto|nieta|esposo|esposa)\b/;
/** An animal that bit or attacked: the person it hurt is the patient ("le mordio el perro"). */
const ANIMAL_AGENT =
  /\b(?:bit|bites|bitten|biting|attacked|mauled|scratched|mordio|morder|mordida|mordido|ataco|atacado|arano|rasguno)\b/;
const ROUTINE_AFTER =
  /^\W*(?:disorder|clinic|meds?|medication|medications|medicine|follow[- ]?up|prevention|risk|survivor|specialist|neurologist|class|training|awareness|screening|test|testing|x-?ray|ct|mri|scan|echo|monitor|appointment|appt|support group|hotline|education|form|forms|paperwork|precautions?|protocol|plan|action plan|history|free|rehab|recovery|unit|recognition|questions?|warning signs|polic(?:y|ies))\b/;

function clauseBounds(text: string, start: number, end: number): [number, number] {
  let s = 0;
  let e = text.length;
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    if (m.index < start) s = m.index + m[0].length;
    else if (m.index >= end) {
      e = m.index;
      break;
    }
  }
  return [s, e];
}

/** The sentence around a match. */
function sentenceOf(text: string, start: number, end: number): string {
  const s = Math.max(
    text.lastIndexOf('.', start),
    text.lastIndexOf('!', start),
    text.lastIndexOf('?', start),
    text.lastIndexOf('\n', start),
  );
  const m = /[.!?\n]/.exec(text.slice(end));
  return text.slice(s + 1, m ? end + m.index : text.length);
}

/** True when a negator governs the words just before `at` (within its clause). */
function negatedAt(text: string, at: number): boolean {
  const [cs] = clauseBounds(text, at, at);
  // An earlier negator does not reach into a phrase that carries its own ("ya no aguanto, no quiero vivir").
  if (NEGATOR_LED.test(text.slice(at, at + 12))) return DENIAL_BEFORE.test(text.slice(Math.max(cs, at - 40), at));
  const from = Math.max(cs, at - 80);
  // The window runs a little past `at` so that a stop can look at the match's first word.
  let cut = 0;
  for (const m of text.slice(from, at + 12).matchAll(NEGATION_STOP)) {
    if (m.index + m[0].length <= at - from) cut = m.index + m[0].length;
  }
  const before = text.slice(from + cut, at).replace(UNSURE, ' ');
  const lastWords = before.split(/\s+/).filter(Boolean).slice(-5).join(' ');
  return NEGATION.test(lastWords);
}

/** A time marker counted in days or weeks ("3 weeks ago", "hace una semana"). */
const SHORT_AGO = /\b(?:days?|weeks?|wks?|dias?|semanas?)\b/;

/**
 * The nearest time marker to the match within its clause decides whether it is history.
 * Short markers (days, weeks) inside [skipFrom, skipTo) are ignored: they date the context of a
 * two-part match, not its symptom ("gave birth 2 weeks ago, now a severe headache").
 */
function historical(clause: string, at: number, skipFrom = 0, skipTo = 0): boolean {
  let best = Number.POSITIVE_INFINITY;
  let isHistory = false;
  for (const [re, hist] of [
    [HISTORY, true],
    [RECENT, false],
  ] as const) {
    for (const m of clause.matchAll(re)) {
      if (hist && /(?:since|desde|for|durante) $/.test(clause.slice(Math.max(0, m.index - 7), m.index))) continue;
      if (hist && m.index >= skipFrom && m.index < skipTo && SHORT_AGO.test(m[0])) continue;
      const d = m.index >= at ? m.index - at : at - (m.index + m[0].length);
      if (d < best || (d === best && !hist)) {
        best = d;
        isHistory = hist;
      }
    }
  }
  return isHistory;
}

interface CompiledRule {
  id: string;
  /** All the patterns in one expression: a rule none of whose patterns occurs is skipped at once. */
  any: RegExp;
  patterns: RegExp[];
  notBefore?: RegExp;
  notAfter?: RegExp;
  notNear?: RegExp;
}

/** Why a match does not count, or undefined when it does. */
function discount(text: string, start: number, end: number, key: number, rule: CompiledRule): string | undefined {
  const [cs, ce] = clauseBounds(text, start, end);
  const clause = text.slice(cs, ce);
  const before = text.slice(cs, start);
  if (negatedAt(text, start) || (key > start && negatedAt(text, key))) return 'negated';
  if (POST_NEGATION.test(text.slice(end, end + 30))) return 'negated';
  if (SINCE_BEFORE.test(before.slice(-40))) return 'historical';
  if (end - start <= 25 && AFTER_BEFORE.test(before.slice(-40))) return 'historical';
  if (key > start) {
    // A two-part match (context … symptom) is as old as its symptom ("had my baby 3 weeks ago … now a severe headache").
    const [ks, ke] = clauseBounds(text, key, key);
    if (historical(text.slice(ks, ke), key - ks, start - ks, key - ks)) return 'historical';
  } else if (historical(clause, start - cs)) {
    // A match that runs into a later clause counts when that clause is current ("in 2018 ... BUT this time").
    const [es, ee] = clauseBounds(text, end - 1, end);
    if (es <= cs || historical(text.slice(es, ee), 0)) return 'historical';
  }
  if (HYPOTHETICAL_BEFORE.test(before.slice(-80))) return 'hypothetical';
  if (IDIOM_BEFORE.test(before.slice(-40)) || IDIOM_AFTER.test(text.slice(end, end + 30))) return 'idiom';
  if (JOKE_AFTER.test(text.slice(end, end + 20))) return 'joke';
  if (LAUGH_BEFORE.test(before.slice(-30)) && LAUGH_NEAR.test(sentenceOf(text, start, end))) return 'joke';
  // Only an animal named before the symptom is its subject ("my dog had a seizure"); one named
  // after it is context ("the whole family has headaches and the dog is sluggish too").
  const animal = ANIMAL.exec(text.slice(cs, Math.max(start, key) + 1));
  if (
    animal &&
    !PERSON.test(text.slice(cs + animal.index + animal[0].length, start)) &&
    !ANIMAL_AGENT.test(sentenceOf(text, start, end))
  ) {
    return 'animal';
  }
  if (VET.test(clause) && !PERSON.test(before)) return 'animal';
  if (ROUTINE_AFTER.test(text.slice(end, end + 30))) return 'routine';
  if (rule.notBefore?.test(text.slice(Math.max(0, start - 60), start))) return 'excluded';
  if (rule.notAfter?.test(text.slice(end, end + 150))) return 'excluded';
  if (rule.notNear?.test(text.slice(Math.max(0, start - 150), end + 150))) return 'excluded';
  return undefined;
}

export interface RedFlagMatch extends RedFlagHit {
  /** Why the match was discounted, or undefined when it escalates. */
  discounted?: string;
}

function compile(rules: readonly RedFlagRule[]): CompiledRule[] {
  return rules.map((r) => ({
    id: r.id,
    any: new RegExp(r.patterns.map((p) => `(?:${p.replaceAll('(?<k>', '(?:')})`).join('|'), 'u'),
    patterns: r.patterns.map((p) => new RegExp(p, 'gdu')),
    ...(r.notBefore ? { notBefore: new RegExp(`(?:${r.notBefore})$`, 'u') } : {}),
    ...(r.notAfter ? { notAfter: new RegExp(`^(?:${r.notAfter})`, 'u') } : {}),
    ...(r.notNear ? { notNear: new RegExp(r.notNear, 'u') } : {}),
  }));
}

/**
 * A message that reports the event already checked and over ("went to urgent care, EKG normal,
 * fine now") is a follow-up, unless it says the trouble is back or worse.
 */
const EVALUATED =
  /\b(?:(?:er|e\.r|ed|emergency room|urgent care|urgencias|emergencias|hospital|doctor|cardiologist|they)\b[^.!?\n]{0,80}\b(?<!\bi )(?:said|say|says|told|dijeron|dijo|cleared|ruled (?:it )?out|evaluated|diagnosed|gave me)|(?:ekg|ecg|troponins?|ct|mri|scan|stress test|tests?|labs|estudios|analisis)\b[^.!?\n]{0,40}\b(?:normal|negative|clear|fine|bien|salio bien|came back (?:clear|normal|fine)))\b/;
const RESOLVED =
  /\b(?:gone|went away|resolved|no recurrence|(?:fine|okay|ok|perfect|normal|good|perfecto|bien) now|totally fine|back to normal|all good|ya (?:se (?:me |le )?quito|esta bien|estoy bien)|ahora (?:esta|estoy) (?:bien|perfecto)|no tengo nada|se (?:me |le )?quito)\b/;
const WORSE_AGAIN =
  /\b(?:(?:happened|happening|started|hurts?|hurting|bleeding|feel\w*|having it|doing it|came back|coming back) again|again (?:today|tonight|now|this)|is back|back again|worse|returned|still (?:having|hurts|there|bleeding)|but (?:now|still|my \w+ (?:feels|is|hurts|keeps))|otra vez|de nuevo|regreso|volvio|peor)\b/;
function clearedFollowUp(text: string): boolean {
  return EVALUATED.test(text) && RESOLVED.test(text) && !WORSE_AGAIN.test(text);
}

function* matches(rules: CompiledRule[], text: string, firstOnly: boolean): Generator<RedFlagMatch> {
  const f = correctTypos(fold(text));
  const cleared = clearedFollowUp(f.text);
  nextRule: for (const rule of rules) {
    if (!rule.any.test(f.text)) continue;
    for (const re of rule.patterns) {
      for (const m of f.text.matchAll(re)) {
        const s = m.index;
        const e = s + m[0].length;
        const key = m.indices?.groups?.k?.[0] ?? s;
        const why = discount(f.text, s, e, key, rule) ?? (cleared ? 'evaluated' : undefined);
        yield {
          rule: rule.id,
          start: f.map[s] as number,
          end: f.map[e] as number,
          ...(why ? { discounted: why } : {}),
        };
        if (firstOnly && !why) continue nextRule;
      }
    }
  }
}

/** Every match of every rule, with the reason it was discounted: for tuning and tests. */
export function explainRedFlags(text: string, extraRules: readonly RedFlagRule[] = []): RedFlagMatch[] {
  return [...matches(compile([...RED_FLAG_RULES, ...extraRules]), text, false)];
}

export function createRedFlagEngine(extraRules: readonly RedFlagRule[] = []): RedFlagEngine {
  const rules = compile([...RED_FLAG_RULES, ...extraRules]);
  return {
    version: `rules-${RED_FLAG_RULES.length}+${extraRules.length}`,
    scan(text) {
      const hits: RedFlagHit[] = [];
      for (const m of matches(rules, text, true)) {
        if (!m.discounted) hits.push({ rule: m.rule, start: m.start, end: m.end });
      }
      return hits;
    },
  };
}
