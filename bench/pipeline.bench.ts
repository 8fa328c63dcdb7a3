/**
 * `npm run bench`: per-stage latency (p50/p99) and throughput of the offline pipeline over
 * 10,000 messages drawn in turn from the training corpus (lengths and styles as patients write).
 * Stages are timed one by one on the same message so the figures add up to a message's cost.
 */
import { readFileSync } from 'node:fs';
import { LocalClassifier } from '../functions/adapters/local/classifier/index.ts';
import { MemoryTraceStore } from '../functions/adapters/local/memory-trace-store.ts';
import { LocalRedactor } from '../functions/adapters/local/redactor/index.ts';
import { localDeps } from '../functions/adapters/local/wiring.ts';
import { defaultConfig } from '../functions/core/config.ts';
import { triage } from '../functions/core/pipeline.ts';
import { applyPlaceholders } from '../functions/core/redaction.ts';
import { createRedFlagEngine } from '../functions/core/redflags/engine.ts';
import { routePolicy } from '../functions/core/routing.ts';
import { percentile } from '../functions/evaluation/score.ts';

const N = Number(process.env.BENCH_MESSAGES ?? 10_000);
const texts = readFileSync(new URL('../data/corpus/train.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);
const messages = Array.from({ length: N }, (_, i) => texts[i % texts.length] as string);

const redactor = new LocalRedactor();
const rules = createRedFlagEngine();
const classifier = new LocalClassifier();

// Cold start: the first call of each stage loads its word lists or model and compiles its regexes.
const cold: Record<string, number> = {};
for (const [name, run] of [
  ['redact', () => redactor.detectSync(messages[0] as string)],
  ['rules', () => rules.scan(messages[0] as string)],
  ['classify', () => classifier.classifySync(messages[0] as string)],
] as const) {
  const t = performance.now();
  run();
  cold[name] = performance.now() - t;
}
// Warm up: let the JIT settle before measuring.
for (const t of messages.slice(0, 500)) {
  rules.scan(t);
  classifier.classifySync(applyPlaceholders(t, redactor.detectSync(t)));
}

const stages: Record<string, number[]> = { redact: [], rules: [], classify: [], route: [], total: [] };
const started = performance.now();
for (const text of messages) {
  const t0 = performance.now();
  const spans = redactor.detectSync(text);
  const redacted = applyPlaceholders(text, spans);
  const t1 = performance.now();
  const hits = rules.scan(text);
  const t2 = performance.now();
  const c = classifier.classifySync(redacted);
  const t3 = performance.now();
  routePolicy({ redFlags: hits, classification: c, redactionFailed: false }, defaultConfig);
  const t4 = performance.now();
  stages.redact?.push(t1 - t0);
  stages.rules?.push(t2 - t1);
  stages.classify?.push(t3 - t2);
  stages.route?.push(t4 - t3);
  stages.total?.push(t4 - t0);
}
const elapsed = (performance.now() - started) / 1000;

const deps = localDeps({ traceStore: new MemoryTraceStore() });
const e2eStart = performance.now();
for (const [i, text] of messages.entries()) await triage({ id: `b-${i}`, text }, deps);
const e2e = (performance.now() - e2eStart) / 1000;

const fmt = (ms: number) => ms.toFixed(3).padStart(8);
console.log(`pipeline stages over ${N} messages (ms per message)`);
console.log(`${'stage'.padEnd(10)}${'p50'.padStart(8)}${'p99'.padStart(8)}${'max'.padStart(8)}`);
for (const [name, v] of Object.entries(stages))
  console.log(`${name.padEnd(10)}${fmt(percentile(v, 50))}${fmt(percentile(v, 99))}${fmt(Math.max(...v))}`);
console.log(
  `cold start (first call, ms): ${Object.entries(cold)
    .map(([k, v]) => `${k} ${v.toFixed(1)}`)
    .join(', ')}`,
);
console.log(`throughput, stages only: ${Math.round(N / elapsed)} messages/s`);
console.log(`throughput, triage() with drafts and traces: ${Math.round(N / e2e)} messages/s`);
console.log(`heap used: ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`);
