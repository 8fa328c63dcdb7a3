/**
 * `npm run bench` (second part): each Lambda bundle, built with exactly the options the CDK
 * functions use (lib/bundling.ts), measured against its budget, with its largest inputs (from
 * esbuild's metafile) and the time Node takes to load it (the module-scope wiring of a cold start,
 * SDK clients included, no network).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { defaultConfig } from '../functions/core/config.ts';
import { esbuildOptions, FUNCTION_ENTRIES, REPO_ROOT, TRIAGE_ASSET_DIRS } from '../lib/bundling.ts';

/** Minified budgets from issue 4 (the escalation watch has none; it is held to the staff API's). */
const BUDGET_KB: Record<keyof typeof FUNCTION_ENTRIES, number> = {
  webhook: 200,
  triage: 500,
  staffApi: 300,
  escalationWatch: 300,
};

// Inside the repository, so that the bundles resolve the external @aws-sdk/* from node_modules.
const OUT = join(REPO_ROOT, '.bench-bundles');
rmSync(OUT, { recursive: true, force: true });

const config = JSON.stringify(defaultConfig);
const ENV: Record<string, string> = {
  AWS_REGION: 'us-east-1',
  AWS_ACCESS_KEY_ID: 'bench',
  AWS_SECRET_ACCESS_KEY: 'bench',
  QUEUE_URL: 'https://sqs.us-east-1.amazonaws.com/123456789012/triage',
  IDEMPOTENCY_TABLE_NAME: 'idempotency',
  WEBHOOK_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:webhook',
  TABLE_NAME: 'triage',
  EVENT_BUS_NAME: 'triage-bus',
  TRIAGE_CONFIG: config,
  TRIAGE_ASSETS_DIR: join(OUT, 'triage'),
  POWERTOOLS_TRACE_ENABLED: 'false',
};

/** Median of five fresh processes importing the bundle. */
function loadMs(file: string): number {
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const out = execFileSync(
      process.execPath,
      [
        '--no-warnings',
        '--input-type=module',
        '-e',
        `const t = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - t);`,
      ],
      { env: { ...process.env, ...ENV }, encoding: 'utf8' },
    );
    runs.push(Number(out.trim().split('\n').pop()));
  }
  return runs.sort((a, b) => a - b)[2] as number;
}

let over = 0;
console.log('bundle           minified   budget   load (p50 of 5)   largest inputs');
for (const [name, entry] of Object.entries(FUNCTION_ENTRIES) as [keyof typeof FUNCTION_ENTRIES, string][]) {
  const dir = join(OUT, name);
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'index.mjs');
  const result = await build({ ...esbuildOptions(entry, outfile), metafile: true, logLevel: 'error' });
  if (name === 'triage')
    for (const d of TRIAGE_ASSET_DIRS) cpSync(join(REPO_ROOT, d), join(dir, d), { recursive: true });
  const kb = statSync(outfile).size / 1024;
  const inputs = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 3).join('/');
      inputs.set(pkg, (inputs.get(pkg) ?? 0) + bytesInOutput);
    }
  }
  const top = [...inputs]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}K`)
    .join(', ');
  const ok = kb <= BUDGET_KB[name];
  if (!ok) over++;
  console.log(
    `${name.padEnd(16)} ${`${kb.toFixed(1)} KB`.padStart(9)}   ${`${BUDGET_KB[name]} KB`.padStart(6)} ${ok ? ' ' : '!'}  ${`${loadMs(outfile).toFixed(0)} ms`.padStart(8)}          ${top}`,
  );
}
rmSync(OUT, { recursive: true, force: true });
if (over) {
  console.error(`${over} bundle(s) over budget`);
  process.exitCode = 1;
}
