import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LabelledMessage } from '../../../functions/evaluation/dataset.ts';

const root = new URL('../../../', import.meta.url);
const load = (split: string) =>
  readFileSync(new URL(`data/corpus/${split}.jsonl`, root), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => LabelledMessage.parse(JSON.parse(l)));

describe('the labelled corpus', () => {
  const train = load('train');
  const test = load('test');

  it('is compiled from its sources (run npm run corpus)', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-corpus.ts', '--check'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('has at least 1,500 training messages covering every bucket, emergencies and Spanish', () => {
    expect(train.length).toBeGreaterThanOrEqual(1500);
    for (const b of ['refill', 'symptom', 'billing', 'scheduling', 'other'])
      expect(train.some((m) => m.expected.bucket === b)).toBe(true);
    expect(train.filter((m) => m.expected.emergency).length).toBeGreaterThan(100);
    expect(train.filter((m) => m.tags.includes('es')).length).toBeGreaterThan(100);
  });

  it('keeps the held-out split apart: no shared id or text', () => {
    const ids = new Set(train.map((m) => m.id));
    const texts = new Set(train.map((m) => m.text.trim().toLowerCase()));
    expect(test.filter((m) => ids.has(m.id)).map((m) => m.id)).toEqual([]);
    expect(test.filter((m) => texts.has(m.text.trim().toLowerCase())).map((m) => m.id)).toEqual([]);
  });

  it('labels PHI spans inside their text, and emergencies as symptoms', () => {
    for (const m of [...train, ...test]) {
      for (const s of m.expected.phi) expect(s.end <= m.text.length && s.start < s.end, m.id).toBe(true);
      if (m.expected.emergency) expect(m.expected.bucket, m.id).toBe('symptom');
    }
  });
});
