/**
 * `triage tune --dataset FILE --target-precision P [--config FILE] [--out FILE] [--report DIR]`:
 * proposes per-bucket draft thresholds reaching precision P at the highest coverage, writes them
 * as a configuration file, and shows the draft route before and after.
 * Tune on a development set, never on the held-out test split.
 */
import { writeFileSync } from 'node:fs';
import type { TriageDeps } from '#core/pipeline.ts';
import { evaluate } from '../../functions/evaluation/evaluate.ts';
import { tuneThresholds } from '../../functions/evaluation/tune.ts';
import { DRUG_NAMES, decide, readDataset, writeReport } from './eval.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export async function runTune(
  opts: { dataset: string; targetPrecision: number; out: string; report?: string | undefined },
  deps: TriageDeps,
  depsFor: (config: TriageDeps['config']) => TriageDeps,
): Promise<string> {
  const rows = await readDataset(opts.dataset);
  const decided = await decide(rows, deps);
  const before = evaluate(decided, deps.config, { drugNames: DRUG_NAMES });
  const { config, buckets } = tuneThresholds(decided, deps.config, opts.targetPrecision);
  writeFileSync(opts.out, `${JSON.stringify(config, null, 2)}\n`);
  const after = evaluate(await decide(rows, depsFor(config)), config, { drugNames: DRUG_NAMES });
  const lines = [
    `target precision ${opts.targetPrecision} on ${rows.length} messages from ${opts.dataset}`,
    ...buckets.map(
      (b) =>
        `  ${b.bucket.padEnd(11)} threshold ${String(b.before).padEnd(5)} → ${String(b.after).padEnd(5)} ` +
        (b.reachable
          ? `(precision ${pct(b.precision)}, drafts ${pct(b.coverage)} of all messages)`
          : '(target not reachable: drafts nothing)'),
    ),
    `draft route before: coverage ${pct(before.draftRoute.coverage)}, error ${pct(before.draftRoute.errorRate)}`,
    `draft route after:  coverage ${pct(after.draftRoute.coverage)}, error ${pct(after.draftRoute.errorRate)}`,
    `configuration written to ${opts.out}`,
  ];
  if (opts.report)
    lines.push(
      `report: ${writeReport(opts.report, after, `portal-triage threshold tuning: ${opts.dataset}`, before).join(', ')}`,
    );
  return lines.join('\n');
}
