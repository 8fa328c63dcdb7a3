/**
 * `triage eval --dataset FILE [--report DIR] [--config FILE]`: scores the pipeline on a labelled
 * JSONL set and prints a summary; with --report, writes report.json there.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ValidationError } from '#core/errors.ts';
import { type TriageDeps, triage } from '#core/pipeline.ts';
import type { Decision } from '#core/schemas.ts';
import { describeIssues } from '#core/schemas.ts';
import { LabelledMessage } from '../../functions/evaluation/dataset.ts';
import { calibration, percentile, scoreBuckets, scoreEmergencies, scorePhi } from '../../functions/evaluation/score.ts';
import { parseJson } from './batch.ts';
import { openLines, progress } from './io.ts';

const DRUGS = new Set(
  readFileSync(new URL('../../data/lexicons/drugs.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean),
);

export async function runEval(opts: { dataset: string; report?: string | undefined }, deps: TriageDeps) {
  const rows: LabelledMessage[] = [];
  let lineNo = 0;
  for await (const line of openLines(opts.dataset)) {
    lineNo++;
    if (!line.trim()) continue;
    const r = LabelledMessage.safeParse(parseJson(line));
    if (!r.success)
      throw new ValidationError(`dataset line ${lineNo} is not a labelled message`, describeIssues(r.error));
    rows.push(r.data);
  }
  const bar = progress();
  const results: { row: LabelledMessage; decision: Decision }[] = [];
  for (const [i, row] of rows.entries()) {
    const { decision } = await triage({ id: row.id, text: row.text }, deps);
    results.push({ row, decision });
    bar.tick(i + 1);
  }
  bar.done();

  const phi = scorePhi(
    results.map(({ row, decision }) => ({
      id: row.id,
      text: row.text,
      expected: row.expected.phi,
      predicted: decision.phi,
    })),
  );
  const emergency = scoreEmergencies(
    results.map(({ row, decision }) => ({
      id: row.id,
      expected: row.expected.emergency,
      predicted: decision.emergency,
    })),
  );
  const buckets = scoreBuckets(
    results.map(({ row, decision }) => ({ expected: row.expected.bucket, predicted: decision.bucket })),
  );
  const calib = calibration(
    results
      .filter(({ decision }) => !decision.emergency)
      .map(({ row, decision }) => ({
        confidence: decision.confidence,
        correct: decision.bucket === row.expected.bucket,
      })),
  );
  const drafted = results.filter(({ decision }) => decision.route === 'draft');
  const draftErrors = drafted.filter(
    ({ row, decision }) => row.expected.emergency || row.expected.bucket !== decision.bucket,
  ).length;
  const drugsRedacted: { id: string; start: number; end: number }[] = [];
  for (const { row, decision } of results) {
    for (const m of row.text.matchAll(/[A-Za-z][A-Za-z-]+/g)) {
      if (!DRUGS.has(m[0].toLowerCase())) continue;
      const [s, e] = [m.index, m.index + m[0].length];
      const inside = (spans: readonly { start: number; end: number }[]) => spans.some((p) => p.start < e && p.end > s);
      if (inside(decision.phi) && !inside(row.expected.phi)) drugsRedacted.push({ id: row.id, start: s, end: e });
    }
  }
  const stages = ['redactMs', 'rulesMs', 'classifyMs'] as const;
  const latency = Object.fromEntries(
    stages.map((s) => {
      const v = results.map(({ decision }) => decision.timings[s] ?? 0);
      return [s, { p50: percentile(v, 50), p99: percentile(v, 99) }];
    }),
  );
  const report = {
    dataset: opts.dataset,
    messages: rows.length,
    configVersion: deps.config.version,
    classifier: { name: deps.classifier.name, version: deps.classifier.version },
    redactor: { name: deps.redactor.name, version: deps.redactor.version },
    emergency,
    buckets,
    phi: { ...phi, drugNamesRedacted: drugsRedacted },
    calibration: calib,
    draftRoute: {
      coverage: drafted.length / Math.max(1, rows.length),
      errorRate: drafted.length ? draftErrors / drafted.length : 0,
      drafted: drafted.length,
    },
    latency,
  };
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  const lines = [
    `messages: ${rows.length}`,
    `emergency recall: ${pct(emergency.recall)} (${emergency.positives - emergency.missed.length}/${emergency.positives}); false alarms: ${pct(emergency.falseAlarmRate)} (${emergency.falseAlarms.length}/${emergency.negatives})`,
    `bucket accuracy: ${pct(buckets.accuracy)}; macro-F1: ${buckets.macroF1.toFixed(3)}`,
    `PHI character recall: ${pct(phi.charRecall)}; precision: ${pct(phi.charPrecision)}; messages with PHI left: ${phi.messagesWithLeak}; drug names redacted: ${drugsRedacted.length}`,
    `PHI recall by type: ${Object.entries(phi.byType)
      .map(([t, v]) => `${t} ${pct(v.recall)}`)
      .join(', ')}`,
    `calibration ECE: ${calib.ece.toFixed(3)}`,
    `draft route: coverage ${pct(report.draftRoute.coverage)}, error ${pct(report.draftRoute.errorRate)}`,
    `latency p50/p99 ms: ${stages.map((s) => `${s.replace('Ms', '')} ${latency[s]?.p50}/${latency[s]?.p99}`).join(', ')}`,
  ];
  if (emergency.missed.length) lines.push(`missed emergencies: ${emergency.missed.join(', ')}`);
  if (opts.report) {
    mkdirSync(opts.report, { recursive: true });
    writeFileSync(join(opts.report, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
    lines.push(`report: ${join(opts.report, 'report.json')}`);
  }
  return { report, summary: lines.join('\n') };
}
