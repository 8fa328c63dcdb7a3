/**
 * `triage eval --dataset FILE [--report DIR] [--config FILE] [--show-text]`: scores the pipeline on
 * a labelled JSONL set, prints a summary and, with --report, writes report.json and report.html.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '#core/errors.ts';
import { type TriageDeps, triage } from '#core/pipeline.ts';
import { describeIssues } from '#core/schemas.ts';
import { LabelledMessage } from '../../functions/evaluation/dataset.ts';
import { type EvalInput, type EvalReport, evaluate } from '../../functions/evaluation/evaluate.ts';
import { renderReportHtml } from '../../functions/evaluation/report-html.ts';
import { parseJson } from './batch.ts';
import { openLines, progress } from './io.ts';

export const DRUG_NAMES: ReadonlySet<string> = new Set(
  readFileSync(new URL('../../data/lexicons/drugs.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
);

export async function readDataset(path: string): Promise<LabelledMessage[]> {
  const rows: LabelledMessage[] = [];
  let lineNo = 0;
  for await (const line of openLines(path)) {
    lineNo++;
    if (!line.trim()) continue;
    const r = LabelledMessage.safeParse(parseJson(line));
    if (!r.success)
      throw new ValidationError(`dataset line ${lineNo} is not a labelled message`, describeIssues(r.error));
    rows.push(r.data);
  }
  return rows;
}

/** Runs the pipeline over labelled messages, in order. */
export async function decide(rows: LabelledMessage[], deps: TriageDeps): Promise<EvalInput[]> {
  const bar = progress();
  const out: EvalInput[] = [];
  for (const [i, row] of rows.entries()) {
    const { decision } = await triage({ id: row.id, text: row.text }, deps);
    out.push({ row, decision });
    bar.tick(i + 1);
  }
  bar.done();
  return out;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

export function summarise(r: EvalReport): string {
  const e = r.emergency;
  const lines = [
    `messages: ${r.messages} (configuration ${r.configVersion})`,
    `emergency recall: ${pct(e.recall)} (${e.positives - e.missed.length}/${e.positives}); false alarms: ${pct(e.falseAlarmRate)} (${e.falseAlarms.length}/${e.negatives})`,
    `bucket accuracy: ${pct(r.buckets.accuracy)}; macro-F1: ${r.buckets.macroF1.toFixed(3)}`,
    `PHI character recall: ${(r.phi.charRecall * 100).toFixed(2)}%; precision: ${pct(r.phi.charPrecision)}; messages with PHI left: ${r.phi.messagesWithLeak} of ${r.phi.messagesWithPhi}; drug names redacted: ${r.phi.drugNamesRedacted.length}`,
    `PHI recall by type: ${Object.entries(r.phi.recallByType)
      .map(([t, v]) => `${t} ${pct(v.recall)}`)
      .join(', ')}`,
    `calibration ECE: ${r.calibration.ece.toFixed(3)}`,
    `draft route: coverage ${pct(r.draftRoute.coverage)} of all messages, error ${pct(r.draftRoute.errorRate)} of drafts`,
    `latency p50/p99 ms: ${Object.entries(r.latency)
      .map(([s, v]) => `${s.replace(/Ms$/, '')} ${v.p50}/${v.p99}`)
      .join(', ')}`,
    `estimated cost per 1,000 messages: $${r.cost.configured.toFixed(2)} on the configured back ends; $${r.cost.allAws.toFixed(2)} on Comprehend Medical + Bedrock`,
  ];
  if (e.missed.length) lines.push(`missed emergencies: ${e.missed.join(', ')}`);
  return lines.join('\n');
}

export function writeReport(dir: string, report: EvalReport, title: string, before?: EvalReport): string[] {
  mkdirSync(dir, { recursive: true });
  const json = join(dir, 'report.json');
  const html = join(dir, 'report.html');
  writeFileSync(json, `${JSON.stringify(before ? { before, after: report } : report, null, 2)}\n`);
  writeFileSync(
    html,
    renderReportHtml(report, { title, generatedAt: new Date().toISOString(), ...(before ? { before } : {}) }),
  );
  return [json, html];
}

export async function runEval(
  opts: { dataset: string; report?: string | undefined; showText?: boolean | undefined },
  deps: TriageDeps,
) {
  const items = await decide(await readDataset(opts.dataset), deps);
  const report = evaluate(items, deps.config, { showText: opts.showText ?? false, drugNames: DRUG_NAMES });
  let summary = summarise(report);
  if (opts.report) {
    const files = writeReport(opts.report, report, `portal-triage evaluation: ${opts.dataset}`);
    summary += `\nreport: ${files.join(', ')}`;
  }
  return { report, summary };
}
