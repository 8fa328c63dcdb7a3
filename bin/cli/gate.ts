/**
 * `triage baseline --dataset FILE [--config FILE] [--out FILE]` records the figures the gate holds
 * to; `triage gate --dataset FILE [--baseline FILE] [--config FILE]` checks them (exit 1 on a drop).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import type { TriageDeps } from '#core/pipeline.ts';
import { evaluate } from '../../functions/evaluation/evaluate.ts';
import { Baseline, baselineOf, gate } from '../../functions/evaluation/gate.ts';
import { DRUG_NAMES, decide, readDataset } from './eval.ts';

export const DEFAULT_BASELINE = 'data/eval/baseline.json';

async function reportOn(dataset: string, deps: TriageDeps) {
  return evaluate(await decide(await readDataset(dataset), deps), deps.config, { drugNames: DRUG_NAMES });
}

export async function runBaseline(opts: { dataset: string; out: string }, deps: TriageDeps): Promise<string> {
  const report = await reportOn(opts.dataset, deps);
  const baseline = baselineOf(report, {
    dataset: opts.dataset,
    classifierVersion: deps.classifier.version,
    createdAt: new Date().toISOString(),
  });
  writeFileSync(opts.out, `${JSON.stringify(baseline, null, 2)}\n`);
  return `baseline written to ${opts.out}: ${JSON.stringify(baseline)}`;
}

export async function runGate(
  opts: { dataset: string; baseline: string },
  deps: TriageDeps,
): Promise<{ ok: boolean; text: string }> {
  const baseline = Baseline.parse(JSON.parse(readFileSync(opts.baseline, 'utf8')));
  const failures = gate(await reportOn(opts.dataset, deps), baseline);
  return {
    ok: failures.length === 0,
    text: failures.length ? `gate failed:\n${failures.map((f) => `  - ${f}`).join('\n')}` : 'gate passed',
  };
}
