/**
 * `npx tsx scripts/compare-redactors.ts`: measures PHI-redaction building blocks on the labelled
 * TRAINING corpus (data/corpus/train.jsonl; the held-out split is never read).
 *
 * Candidates, each a function text -> PHI spans:
 *   - compromise alone: people() -> NAME, places() and organizations() -> ADDRESS
 *   - @openredaction/openredaction alone, default patterns and the `hipaa` preset
 *   - the project's LocalRedactor (whatever is in the tree when this runs)
 *   - unions of LocalRedactor with compromise and with openredaction
 * For each: character recall/precision (scorePhi), per-type recall, messages with a leak,
 * drug names wrongly redacted (a data/lexicons/drugs.txt token inside a predicted span and
 * outside every labelled span), and latency per message: mean over PASSES timed passes (default 5)
 * after a warm-up, and p99 over messages of each message's median time across the passes.
 * Every candidate's spans get the same trimming (no leading/trailing space or punctuation).
 */
import { readFileSync } from 'node:fs';
import { OpenRedaction } from '@openredaction/openredaction';
import nlp from 'compromise';
import { LocalRedactor } from '../functions/adapters/local/redactor/index.ts';
import { mergeSpans } from '../functions/core/redaction.ts';
import type { PhiSpan, PhiType } from '../functions/core/schemas.ts';
import { LabelledMessage } from '../functions/evaluation/dataset.ts';
import { percentile, scorePhi } from '../functions/evaluation/score.ts';

type Detect = (text: string) => PhiSpan[];

const rows = readFileSync(new URL('../data/corpus/train.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => LabelledMessage.parse(JSON.parse(l)));

const drugs = new Set(
  readFileSync(new URL('../data/lexicons/drugs.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#')),
);

/** Same rule as the local redactor: spans never start or end on white space or punctuation. */
function trim(text: string, spans: PhiSpan[]): PhiSpan[] {
  const out: PhiSpan[] = [];
  for (const s of spans) {
    let { start, end } = s;
    while (start < end && /[\s,;:.!?)("'-]/.test(text[start] as string)) start++;
    while (end > start && /[\s,;:.!?)("'-]/.test(text[end - 1] as string)) end--;
    // A trailing full stop belongs to abbreviations ("St.", "Jr."); keep it when the word is short.
    if (text[end] === '.' && /(?:^|\s)\w{1,3}$/.test(text.slice(start, end))) end++;
    if (end > start) out.push({ start, end, type: s.type });
  }
  return out;
}

// --- compromise ---------------------------------------------------------------------------
interface CompromiseMatch {
  offset: { start: number; length: number };
}
function compromiseSpans(text: string): PhiSpan[] {
  const doc = nlp(text);
  const spans: PhiSpan[] = [];
  const add = (matches: CompromiseMatch[], type: PhiType) => {
    for (const m of matches) spans.push({ start: m.offset.start, end: m.offset.start + m.offset.length, type });
  };
  add(doc.people().json({ offset: true }) as CompromiseMatch[], 'NAME');
  add(doc.places().json({ offset: true }) as CompromiseMatch[], 'ADDRESS');
  add(doc.organizations().json({ offset: true }) as CompromiseMatch[], 'ADDRESS');
  return mergeSpans(trim(text, spans), text.length);
}

// --- openredaction ------------------------------------------------------------------------
/**
 * openredaction types -> Comprehend Medical types. Clinical content and codes that are not
 * identifiers of a person are dropped (redacting them would only hide what triage needs);
 * every other pattern is some identifying number or handle and maps to ID.
 */
const OR_DROP = new Set([
  'DRUG_DOSAGE',
  'BLOOD_TYPE',
  'ALLERGY_INFO',
  'ICD10_CODE',
  'CPT_CODE',
  'GENETIC_MARKER',
  'DNA_SEQUENCE',
  'SALARY_AMOUNT',
  'IATA_AIRPORT_CODE',
  'IATA_AIRLINE_CODE',
  'ICAO_AIRCRAFT_TYPE',
  'GRADUATION_YEAR',
]);
function mapOpenRedaction(type: string): PhiType | undefined {
  if (OR_DROP.has(type)) return undefined;
  if (type === 'NAME') return 'NAME';
  if (type === 'EMAIL') return 'EMAIL';
  if (type.startsWith('DATE') || type === 'CARD_EXPIRY') return 'DATE';
  if (type.startsWith('PHONE')) return 'PHONE_OR_FAX';
  if (type.startsWith('URL') || type === 'IPV4' || type === 'IPV6' || type === 'LINKEDIN_PROFILE') return 'URL';
  if (type.startsWith('ADDRESS') || type === 'ZIP_CODE_US' || type === 'POSTCODE_UK') return 'ADDRESS';
  return 'ID';
}
/** Raw openredaction types seen on the corpus, with characters predicted outside any label. */
const orFalseChars = new Map<string, number>();
function openRedactionDetector(preset?: 'hipaa'): (text: string, gold?: readonly PhiSpan[]) => PhiSpan[] {
  const shield = new OpenRedaction(preset ? { preset } : {});
  return (text, gold) => {
    const spans: PhiSpan[] = [];
    for (const d of shield.detect(text).detections) {
      const type = mapOpenRedaction(d.type);
      if (gold && !preset) {
        let outside = 0;
        for (let i = d.position[0]; i < d.position[1]; i++)
          if (!/\s/.test(text[i] as string) && !gold.some((g) => i >= g.start && i < g.end)) outside++;
        if (outside) orFalseChars.set(d.type, (orFalseChars.get(d.type) ?? 0) + outside);
      }
      if (type) spans.push({ start: d.position[0], end: d.position[1], type });
    }
    return mergeSpans(trim(text, spans), text.length);
  };
}

// --- candidates ---------------------------------------------------------------------------
const local = new LocalRedactor();
const localSpans: Detect = (text) => local.detectSync(text);
const orDefault = openRedactionDetector();
const orHipaa = openRedactionDetector('hipaa');
const union =
  (...ds: Detect[]): Detect =>
  (text) =>
    mergeSpans(
      ds.flatMap((d) => d(text)),
      text.length,
    );

const candidates: [string, Detect][] = [
  ['compromise', compromiseSpans],
  ['openredaction (default)', (t) => orDefault(t)],
  ['openredaction (hipaa)', (t) => orHipaa(t)],
  ['local', localSpans],
  ['local + compromise', union(localSpans, compromiseSpans)],
  ['local + openredaction (default)', union(localSpans, (t) => orDefault(t))],
  ['local + openredaction (hipaa)', union(localSpans, (t) => orHipaa(t))],
];

const TOKEN = /[\p{L}\p{N}]+(?:[-'][\p{L}\p{N}]+)*/gu;
function drugsRedacted(text: string, predicted: readonly PhiSpan[], gold: readonly PhiSpan[]): string[] {
  const hit: string[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const word = m[0].toLowerCase();
    if (!drugs.has(word)) continue;
    const s = m.index;
    const e = s + m[0].length;
    const overlaps = (spans: readonly PhiSpan[]) => spans.some((p) => p.start < e && p.end > s);
    if (overlaps(predicted) && !overlaps(gold)) hit.push(word);
  }
  return hit;
}

const MAIN: PhiType[] = ['NAME', 'DATE', 'ADDRESS', 'PROFESSION', 'PHONE_OR_FAX', 'ID', 'EMAIL', 'AGE', 'URL'];
const WARMUP = 200;
const PASSES = Math.max(1, Number(process.env.PASSES ?? 5));
const pct = (x: number | undefined) => (x === undefined ? '-' : (100 * x).toFixed(1));

interface Result {
  name: string;
  recall: number;
  precision: number;
  byType: Record<string, number | undefined>;
  leaks: number;
  leakKeys: Set<string>;
  drugHits: number;
  drugMessages: number;
  topDrugs: string;
  meanMs: number;
  p99Ms: number;
}
const results: Result[] = [];

for (const [name, detect] of candidates) {
  for (const r of rows.slice(0, WARMUP)) detect(r.text);
  // times[m][pass]: milliseconds for message m in each timed pass (the first pass also scores).
  const times: number[][] = rows.map(() => []);
  const items = rows.map((r, m) => {
    const t0 = performance.now();
    const predicted = detect(r.text);
    times[m]?.push(performance.now() - t0);
    return { id: r.id, text: r.text, expected: r.expected.phi, predicted };
  });
  for (let pass = 1; pass < PASSES; pass++) {
    rows.forEach((r, m) => {
      const t0 = performance.now();
      detect(r.text);
      times[m]?.push(performance.now() - t0);
    });
  }
  const score = scorePhi(items);
  const drugCounts = new Map<string, number>();
  let drugHits = 0;
  let drugMessages = 0;
  for (const it of items) {
    const hits = drugsRedacted(it.text, it.predicted, it.expected);
    drugHits += hits.length;
    if (hits.length) drugMessages++;
    for (const h of hits) drugCounts.set(h, (drugCounts.get(h) ?? 0) + 1);
  }
  results.push({
    name,
    recall: score.charRecall,
    precision: score.charPrecision,
    byType: Object.fromEntries(MAIN.map((t) => [t, score.byType[t]?.recall])),
    leaks: score.messagesWithLeak,
    leakKeys: new Set(score.leaks.map((l) => `${l.id}:${l.start}:${l.type}`)),
    drugHits,
    drugMessages,
    topDrugs: [...drugCounts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([d, n]) => `${d} ${n}`)
      .join(', '),
    meanMs: times.flat().reduce((a, b) => a + b, 0) / (rows.length * PASSES),
    // p99 over messages of each message's median time: a stall caused by other load on the machine
    // in one pass does not count, a message that is slow every time does.
    p99Ms: percentile(
      times.map((t) => percentile(t, 50)),
      99,
    ),
  });
}

// Untimed pass, to attribute openredaction's (default patterns) false positives to its raw types.
for (const r of rows) orDefault(r.text, r.expected.phi);

const labelled = scorePhi(rows.map((r) => ({ id: r.id, text: r.text, expected: r.expected.phi, predicted: [] })));
console.log(
  `PHI redaction on data/corpus/train.jsonl: ${rows.length} messages, ${labelled.labelledChars} labelled PHI chars, ` +
    `${labelled.messagesWithLeak} messages with PHI\n`,
);
const short: Record<string, string> = { PHONE_OR_FAX: 'PHONE', PROFESSION: 'PROF' };
const header = [
  'candidate'.padEnd(32),
  'recall'.padStart(7),
  'prec'.padStart(6),
  ...MAIN.map((t) => (short[t] ?? t).padStart(8)),
  'leaky'.padStart(6),
  'drugs'.padStart(6),
  'ms/msg'.padStart(7),
  'p99 ms'.padStart(7),
].join(' ');
console.log(header);
console.log('-'.repeat(header.length));
for (const r of results) {
  console.log(
    [
      r.name.padEnd(32),
      pct(r.recall).padStart(7),
      pct(r.precision).padStart(6),
      ...MAIN.map((t) => pct(r.byType[t]).padStart(8)),
      String(r.leaks).padStart(6),
      String(r.drugHits).padStart(6),
      r.meanMs.toFixed(3).padStart(7),
      r.p99Ms.toFixed(3).padStart(7),
    ].join(' '),
  );
}
console.log(
  `\nms/msg: mean over ${PASSES} timed passes of the corpus, after ${WARMUP} warm-up messages; ` +
    `p99 ms: 99th percentile over messages of each message's median over the passes.`,
);
console.log(
  'recall/prec: character recall and precision (%); type columns: character recall by type (%);' +
    '\nleaky: messages with any labelled PHI character left visible; drugs: drug-lexicon tokens redacted outside labels.',
);
console.log('\ndrug names redacted (messages; most frequent):');
for (const r of results) console.log(`  ${r.name.padEnd(32)} ${String(r.drugMessages).padStart(4)}  ${r.topDrugs}`);
const base = results.find((r) => r.name === 'local');
console.log('\nlabelled spans that local leaves partly visible and a union covers fully, by type:');
for (const r of results.filter((x) => x.name.startsWith('local +'))) {
  const fixed = new Map<string, number>();
  for (const k of base?.leakKeys ?? []) {
    if (r.leakKeys.has(k)) continue;
    const type = k.split(':')[2] as string;
    fixed.set(type, (fixed.get(type) ?? 0) + 1);
  }
  const list = [...fixed].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`);
  console.log(`  ${r.name.padEnd(32)} ${list.join(', ') || '-'}  (local leaks ${base?.leakKeys.size} spans)`);
}
console.log('\nopenredaction (default) raw types by characters predicted outside labels (top 12):');
for (const [type, n] of [...orFalseChars].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(`  ${type.padEnd(28)} ${String(n).padStart(6)}${mapOpenRedaction(type) ? '' : '  (dropped)'}`);
}
