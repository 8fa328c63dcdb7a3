/** The CLI's local-mode commands against a running local mode: send, token, and start's errors. */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalMode, startLocalMode } from '#local/start.ts';

/** Runs the CLI without blocking the event loop (local mode answers it from this process). */
function triage(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--no-warnings', '--import', 'tsx', 'bin/triage.ts', ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('close', (status) => resolve({ status: status ?? -1, stdout, stderr }));
  });
}

let lm: LocalMode;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portal-triage-cli-'));
  lm = await startLocalMode({ port: 0, dataDir });
});
afterAll(async () => {
  await lm.close();
});

describe('triage send / token / start', () => {
  it('send signs every line of the examples and posts it; local mode accepts them all', async () => {
    const port = new URL(lm.url).port;
    const r = await triage(['send', '--file', 'data/examples/messages.jsonl', '--port', port, '--data-dir', dataDir]);
    expect(r.stdout).toMatch(/^sent 7 message\(s\): 7 × 202$/m);
    expect(r.status).toBe(0);
    await lm.drain();
  });

  it('token prints a token the staff API accepts for its groups', async () => {
    const r = await triage(['token', '--user', 'nina', '--groups', 'nurse', '--data-dir', dataDir]);
    expect(r.status).toBe(0);
    const res = await fetch(`${lm.url}/staff/queues`, { headers: { authorization: `Bearer ${r.stdout.trim()}` } });
    const body = (await res.json()) as { queues: { name: string; pending: number }[] };
    expect(body.queues.map((q) => q.name)).toEqual(['nurse', 'nurse-urgent']);
    expect(body.queues.find((q) => q.name === 'nurse-urgent')?.pending).toBeGreaterThan(0);
  });

  it('start refuses a port in use and a bad PORT with a clear message', async () => {
    const taken = await triage([
      'start',
      '--port',
      new URL(lm.url).port,
      '--data-dir',
      mkdtempSync(join(tmpdir(), 'p-')),
    ]);
    expect(taken.status).toBe(2);
    expect(taken.stderr).toMatch(/port \d+ is already in use/);
    const busy = await triage(['start', '--port', '0', '--data-dir', dataDir]);
    expect(busy.status).toBe(2);
    expect(busy.stderr).toMatch(/is used by another local mode/);
    const bad = await triage(['start'], { PORT: 'eighty', DATA_DIR: dataDir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/PORT: "eighty" is not a port number/);
  });

  it('export-feedback writes staff reassignments as an eval dataset that eval scores', async () => {
    const res = await fetch(`${lm.url}/local/token`, {
      method: 'POST',
      body: JSON.stringify({ user: 'nina', groups: ['nurse'] }),
    });
    const { token: nurse } = (await res.json()) as { token: string };
    const items = (await (
      await fetch(`${lm.url}/staff/queues/nurse/items`, { headers: { authorization: `Bearer ${nurse}` } })
    ).json()) as { items: { id: string; version: number }[] };
    const item = items.items[0] as { id: string; version: number };
    const moved = await fetch(`${lm.url}/staff/messages/${item.id}/reassign`, {
      method: 'POST',
      headers: { authorization: `Bearer ${nurse}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: item.version, bucket: 'billing', queue: 'billing' }),
    });
    expect(moved.status).toBe(200);
    const out = join(mkdtempSync(join(tmpdir(), 'fb-')), 'feedback.jsonl');
    const port = new URL(lm.url).port;
    const r = await triage(['export-feedback', '--out', out, '--port', port, '--data-dir', dataDir]);
    expect(r.stdout).toMatch(/wrote 1 feedback message/);
    const line = JSON.parse(readFileSync(out, 'utf8').trim());
    expect(line).toMatchObject({ id: item.id, expected: { bucket: 'billing' }, tags: ['feedback', 'reassigned'] });
    const scored = await triage(['eval', '--dataset', out]);
    expect(scored.status).toBe(0);
    expect(scored.stdout).toMatch(/messages: 1/);
  });

  it('send without a secret says how to get one', async () => {
    const r = await triage(['send', '--data-dir', mkdtempSync(join(tmpdir(), 'empty-'))], {
      PORTAL_WEBHOOK_SECRET: '',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/start local mode once/);
  });
});
