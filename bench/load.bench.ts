/**
 * `npm run bench:load`: a bounded load run against local mode on loopback. Local mode runs in its
 * own process, as `npm start` runs it (so the load generator does not share its event loop).
 * 10,000 distinct messages, each signed as the portal would, posted by autocannon; then every
 * accepted message must end triaged exactly once (one message, one trace, one state item), none
 * in the dead-letter queue. Prints accepted throughput and webhook latency percentiles.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Webhook } from 'standardwebhooks';

const N = Number(process.env.LOAD_MESSAGES ?? 10_000);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 10);
const texts = readFileSync(new URL('../data/corpus/train.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => (JSON.parse(l) as { text: string }).text);

const dataDir = mkdtempSync(join(tmpdir(), 'portal-triage-load-'));
const PORT = Number(process.env.LOAD_PORT ?? 3999);
const child = spawn(process.execPath, ['--no-warnings', '--import', 'tsx', 'bin/triage.ts', 'start'], {
  env: { ...process.env, PORT: String(PORT), DATA_DIR: dataDir },
  stdio: ['ignore', 'ignore', 'pipe'],
});
await new Promise<void>((ok, fail) => {
  let err = '';
  child.stderr.on('data', (d: Buffer) => {
    err += d;
    if (err.includes('local mode on')) ok();
  });
  child.once('exit', () => fail(new Error(`local mode did not start: ${err}`)));
});
const url = new URL(`http://127.0.0.1:${PORT}`);
const secret = readFileSync(join(dataDir, 'webhook-secret'), 'utf8').trim();
const signer = new Webhook(secret);
const getJson = async (path: string) => (await fetch(new URL(path, url))).json();

// Signed ahead of time: the run measures the server, not the signer.
const t0 = new Date();
const requests = Array.from({ length: N }, (_, i) => {
  const body = JSON.stringify({
    messageId: `load-${i}`,
    patientId: `p-${i % 500}`,
    sentAt: '2026-11-20T14:00:00Z',
    body: texts[i % texts.length],
  });
  const id = `msg_load_${i}`;
  return {
    method: 'POST' as const,
    path: '/webhook',
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': String(Math.floor(t0.getTime() / 1000)),
      'webhook-signature': signer.sign(id, t0, body),
    },
    body,
  };
});

let next = 0;
const statuses: Record<number, number> = {};
const result = await autocannon({
  url: url.origin,
  connections: CONNECTIONS,
  amount: N,
  requests: [
    {
      setupRequest: (req) => ({ ...req, ...(requests[next++ % N] as (typeof requests)[number]) }),
      onResponse: (status) => {
        statuses[status] = (statuses[status] ?? 0) + 1;
      },
    },
  ],
});
const accepted = statuses[202] ?? 0;
const wall = result.duration;
console.log(`webhook: ${N} requests, ${CONNECTIONS} connections, ${wall.toFixed(1)} s`);
console.log(`  statuses: ${JSON.stringify(statuses)}`);
console.log(`  accepted throughput: ${(accepted / wall).toFixed(0)} messages/s`);
console.log(
  `  latency ms: p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
);

const t1 = performance.now();
for (;;) {
  const health = (await getJson('/local/health')) as { queue: { pending: number } };
  if (health.queue.pending === 0) break;
  await new Promise((r) => setTimeout(r, 250));
}
const drainS = (performance.now() - t1) / 1000;
const c = (await getJson('/local/counts')) as { messages: number; traces: number; states: number; deadLetter: number };
console.log(`queue drained ${drainS.toFixed(1)} s after the last request`);
console.log(`end state: ${JSON.stringify(c)}`);
const ok = c.messages === accepted && c.traces === accepted && c.states === accepted && c.deadLetter === 0;
console.log(ok ? 'every accepted message triaged exactly once; none lost, none duplicated' : 'MISMATCH');
child.kill('SIGINT');
await new Promise((r) => child.once('exit', r));
rmSync(dataDir, { recursive: true, force: true });
if (!ok) process.exitCode = 1;
