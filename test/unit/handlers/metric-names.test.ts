/**
 * The code's side of the metric-name agreement (lib's side is test/unit/lib/metric-names.test.ts):
 * every metric the dashboard reads is emitted by some handler, and handlers emit nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { METRICS } from '#handlers/metric-names.ts';

const ROOT = new URL('../../../functions/handlers/', import.meta.url).pathname;
const sources = (readdirSync(ROOT, { recursive: true }) as string[])
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(join(ROOT, f), 'utf8'));

describe('metric names in the handlers', () => {
  it('emits every name of METRICS somewhere, through the constants only', () => {
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bMETRICS\.(\w+)/g)].map((m) => m[1])));
    expect([...used].sort()).toEqual(Object.keys(METRICS).sort());
  });

  it('never adds a metric by a literal name', () => {
    const literal = sources.flatMap((s) => [...s.matchAll(/\.add(?:Metric)?\(\s*['"`]/g)]);
    expect(literal).toEqual([]);
  });
});
