#!/usr/bin/env node
// Validates corpus source files (data/corpus/README.md) without any dependency, so that
// people writing data can check a file before the TypeScript tooling is installed.
import { readFileSync } from 'node:fs';

const BUCKETS = new Set(['refill', 'symptom', 'billing', 'scheduling', 'other']);
const TYPES = new Set(['NAME', 'AGE', 'DATE', 'PHONE_OR_FAX', 'EMAIL', 'ID', 'URL', 'ADDRESS', 'PROFESSION']);
const TAGS = new Set([
  'en',
  'es',
  'sms',
  'typos',
  'voice-to-text',
  'caregiver',
  'third-party',
  'pet',
  'negation',
  'history',
  'multi-intent',
  'hard-negative',
  'manipulation',
  'phi-heavy',
  'long',
  'short',
  'formal',
  'elderly',
  'non-native',
  'mixed-language',
]);
const MARK = /\[\[([A-Z_]+)\|([^\]|[]+)\]\]/g;

let errors = 0;
const ids = new Set();
const counts = {};
for (const file of process.argv.slice(2)) {
  const lines = readFileSync(file, 'utf8').split('\n');
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const where = `${file}:${i + 1}`;
    const fail = (msg) => {
      errors++;
      console.error(`${where}: ${msg}`);
    };
    let row;
    try {
      row = JSON.parse(raw);
    } catch (e) {
      fail(`not JSON (${e.message})`);
      continue;
    }
    if (typeof row.id !== 'string' || !row.id) fail('missing id');
    else if (ids.has(row.id)) fail(`duplicate id ${row.id}`);
    else ids.add(row.id);
    if (!BUCKETS.has(row.bucket)) fail(`bad bucket ${row.bucket}`);
    if (typeof row.emergency !== 'boolean') fail('emergency must be true or false');
    if (row.emergency && row.bucket !== 'symptom') fail('an emergency must have bucket symptom');
    if (!Array.isArray(row.tags) || !['en', 'es'].includes(row.tags[0])) fail('tags must start with en or es');
    else for (const t of row.tags) if (!TAGS.has(t)) fail(`unknown tag ${t}`);
    if (typeof row.text !== 'string' || !row.text.trim()) {
      fail('missing text');
      continue;
    }
    for (const m of row.text.matchAll(MARK)) if (!TYPES.has(m[1])) fail(`unknown PHI type ${m[1]}`);
    const plain = row.text.replace(MARK, '$2');
    if (plain.includes('[[') || plain.includes(']]')) fail('unbalanced or nested [[...]] markup');
    counts[row.bucket] = (counts[row.bucket] ?? 0) + 1;
    if (row.emergency) counts.emergency = (counts.emergency ?? 0) + 1;
  }
}
console.log(`${ids.size} messages`, JSON.stringify(counts));
if (errors) {
  console.error(`${errors} problem(s)`);
  process.exit(1);
}
