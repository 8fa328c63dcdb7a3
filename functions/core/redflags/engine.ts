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
const QUOTES: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02bc': "'", '`': "'", '\u201c': '"', '\u201d': '"' };

function fold(text: string): Folded {
  let out = '';
  const map: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const f = QUOTES[c] ?? c.normalize('NFD').replace(COMBINING, '').toLowerCase();
    for (let k = 0; k < f.length; k++) map.push(i);
    out += f;
  }
  map.push(text.length);
  return { text: out, map };
}

/** Key words the rules depend on; a token one edit away from one of them is read as it. */
const KEY_WORDS = `chest pressure tightness heaviness breathe breath breathing suicidal suicide myself stroke drooping droopy
slurred slurring numbness weakness bleeding blood seizure seizures unconscious unresponsive overdose overdosed swallowed
swelling swollen throat tongue pregnant headache migraine fainted fainting passed vomiting allergic anaphylaxis poison
poisoning convulsing newborn fever worst collapsed stopped kicking moving emergency dying heart attack pills
dolor pecho respirar sangrado sangre desmayo desmayo embarazada garganta hinchada morir matarme sobredosis pastillas
convulsiones inconsciente derrame suicidarme`
  .split(/\s+/)
  .filter(Boolean);
/** Real words one edit away from a key word, which must stay as written. */
const KEEP = new Set(['worse', 'breast', 'chess', 'threat', 'moving', 'fevers', 'cheat', 'dying', 'tying', 'lying', 'passes', 'paused', 'stoke', 'strike', 'strokes', 'pill', 'bleeping', 'breeding', 'blooding', 'pleasure', 'heath', 'moving', 'kicking', 'poisons', 'stroker', 'swollen', 'swallow', 'pastilla', 'drooling', 'dropping', 'throats', 'fainter', 'feverish', 'collapse', 'overdue', 'seize', 'seized', 'breathed', 'birth', 'breathes', 'morris', 'mories', 'doler', 'dolores', 'sangria']);
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

function correct(token: string): string | undefined {
  if (token.length < 5 || KEY_SET.has(token) || KEEP.has(token)) return undefined;
  const max = token.length >= 9 ? 2 : 1;
  for (const w of byInitial.get(token[0] as string) ?? []) {
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

const CLAUSE_BREAK = /[.!?;\n]|\b(?:but|however|though|although|pero|aunque|sin embargo)\b/g;
const UNSURE = /\b(?:not sure|no idea|not certain|don'?t know|dont know|no se si|no estoy segur[oa])\b/g;
const NEGATION =
  /\b(?:no|not|never|denies|denied|deny|denying|without|negative for|free of|nor|isn'?t|aren'?t|wasn'?t|weren'?t|don'?t have|dont have|doesn'?t have|didn'?t have|haven'?t had|hasn'?t had|haven'?t been|no longer|sin|nunca|tampoco|ni|ningun\w*|nada de)\b/;
const HISTORY =
  /\b(?:(?:last|past) (?:year|month|spring|summer|fall|autumn|winter|christmas|thanksgiving|decade)|(?:\d+|a few|few|several|many|two|three|four|five|ten) (?:years?|months?|yrs?|decades?) ago|years ago|months ago|in (?:19|20)\d\d|back in|history of|hx of|h\/o|as a (?:kid|child|teen|teenager|baby)|when i was (?:a kid|young|younger|a child|little|pregnant with|\d+)|died (?:of|from)|passed away|el ano pasado|hace (?:\d+|unos|varios|muchos|dos|tres|cuatro|cinco|diez) (?:anos|meses)|en (?:19|20)\d\d|antecedentes?|cuando (?:era|estaba) (?:nin[oa]|joven|chic[oa])|murio de|fallecio)\b/;
const RECENT =
  /\b(?:today|tonight|right now|now|this (?:morning|afternoon|evening)|last night|just now|currently|again|still|keeps|started|hoy|ahora|anoche|esta (?:manana|tarde|noche)|todavia|otra vez|de nuevo)\b/;
const HYPOTHETICAL =
  /\b(?:what (?:should|do|would) (?:i|we) do if|if (?:i|he|she|we|you) (?:ever|get|have|start|develop|experience|notice)|in case|signs? of|symptoms? of|warning signs|risk (?:of|for)|prevent\w*|worried about (?:getting|having)|afraid of (?:getting|having)|screening for|what (?:are|is) the|si (?:llego|llegara|llegase)|en caso de|riesgo de|senales de|sintomas de|prevenir)\b/;
const ANIMAL =
  /\b(?:dog|dogs|puppy|pup|cat|cats|kitten|kitty|pet|pets|bird|parrot|hamster|rabbit|bunny|horse|guinea pig|vet|veterinarian|perr[oa]|perrit[oa]|gat[oa]|gatit[oa]|mascota|veterinari[oa])\b/;
const ROUTINE_AFTER =
  /^\W*(?:disorder|clinic|meds|medication|medications|medicine|follow[- ]?up|prevention|risk|survivor|specialist|neurologist|class|training|awareness|screening|test|testing|x-?ray|ct|mri|scan|echo|monitor|appointment|appt|support group|hotline|education|form|forms|paperwork|precautions?|protocol|plan|action plan|history)\b/;

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

/** Why a match does not count, or undefined when it does. */
function discount(text: string, start: number, end: number): string | undefined {
  const [cs, ce] = clauseBounds(text, start, end);
  const before = text.slice(cs, start).replace(UNSURE, ' ');
  const clause = text.slice(cs, ce);
  const lastWords = before.split(/\s+/).filter(Boolean).slice(-6).join(' ');
  if (NEGATION.test(lastWords)) return 'negated';
  if (HISTORY.test(clause) && !RECENT.test(clause)) return 'historical';
  if (HYPOTHETICAL.test(before)) return 'hypothetical';
  if (ANIMAL.test(clause)) return 'animal';
  if (ROUTINE_AFTER.test(text.slice(end, end + 30))) return 'routine';
  return undefined;
}

interface CompiledRule {
  id: string;
  patterns: RegExp[];
}

export function createRedFlagEngine(extraRules: readonly RedFlagRule[] = []): RedFlagEngine {
  const rules: CompiledRule[] = [...RED_FLAG_RULES, ...extraRules].map((r) => ({
    id: r.id,
    patterns: r.patterns.map((p) => new RegExp(p, 'gu')),
  }));
  return {
    version: `rules-${RED_FLAG_RULES.length}+${extraRules.length}`,
    scan(text) {
      const f = correctTypos(fold(text));
      const hits: RedFlagHit[] = [];
      for (const rule of rules) {
        let found: RedFlagHit | undefined;
        for (const re of rule.patterns) {
          for (const m of f.text.matchAll(re)) {
            const s = m.index;
            const e = s + m[0].length;
            if (discount(f.text, s, e)) continue;
            found = { rule: rule.id, start: f.map[s] as number, end: f.map[e] as number };
            break;
          }
          if (found) break;
        }
        if (found) hits.push(found);
      }
      return hits;
    },
  };
}
