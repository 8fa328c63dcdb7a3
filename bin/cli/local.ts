/** The CLI's local-mode commands: start, send (the portal simulator) and token. */

import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Webhook } from 'standardwebhooks';
import type { TriageConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';
import { startLocalMode } from '#local/start.ts';
import { LocalTokens } from '#local/tokens.ts';
import { openLines } from './io.ts';

export const DEFAULT_PORT = 3000;
export const DEMO_FILE = 'data/examples/messages.jsonl';

export interface LocalSettings {
  port: number;
  dataDir: string;
  secret: string | undefined;
}

/** PORT, DATA_DIR and PORTAL_WEBHOOK_SECRET, as DESIGN.md names them; flags win. */
export function localSettings(flags: { port?: string | undefined; dataDir?: string | undefined }): LocalSettings {
  const rawPort = flags.port ?? process.env.PORT ?? String(DEFAULT_PORT);
  const port = Number(rawPort);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new ConfigError('invalid port', [`PORT: ${JSON.stringify(rawPort)} is not a port number`]);
  }
  return {
    port,
    dataDir: resolve(flags.dataDir ?? process.env.DATA_DIR ?? '.data'),
    secret: process.env.PORTAL_WEBHOOK_SECRET || undefined,
  };
}

/**
 * 1. Start local mode. 2. Print where to go, the secret, and how to stop.
 * 3. With --demo, send the bundled example messages (an emergency among them).
 * 4. Stop cleanly on Ctrl-C.
 */
export async function runStart(settings: LocalSettings, config: TriageConfig, demo: boolean): Promise<number> {
  const lm = await startLocalMode({ ...settings, config, log: true });
  process.stderr.write(
    [
      '',
      `portal-triage local mode on ${lm.url}`,
      `  staff UI:   ${lm.url}/`,
      `  dashboard:  ${lm.url}/dashboard`,
      `  webhook:    POST ${lm.url}/webhook (Standard Webhooks)`,
      `  secret:     ${lm.secret}   (kept in ${join(lm.dataDir, 'webhook-secret')} unless PORTAL_WEBHOOK_SECRET is set)`,
      `  data:       ${lm.dataDir}`,
      `  send messages: npm run -s triage -- send --file ${DEMO_FILE}`,
      '  stop: Ctrl-C',
      '',
    ].join('\n'),
  );
  if (demo) {
    for await (const line of openLines(DEMO_FILE)) if (line.trim()) await lm.send(JSON.parse(line));
    process.stderr.write(`demo: sent the messages of ${DEMO_FILE}\n`);
  }
  await new Promise<void>((done) => {
    const stop = () => {
      process.stderr.write('stopping…\n');
      void lm.close().then(done);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** Signs each line of a JSONL file as the portal would and posts it; `rate` messages per second. */
export async function runSend(
  opts: { file: string; rate: number | undefined; url: string; secret: string },
  out: (line: string) => void,
): Promise<number> {
  const signer = new Webhook(opts.secret);
  const counts: Record<number, number> = {};
  const gap = opts.rate ? 1000 / opts.rate : 0;
  let n = 0;
  const started = Date.now();
  for await (const line of openLines(opts.file)) {
    if (!line.trim()) continue;
    if (gap) {
      const wait = started + n * gap - Date.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    }
    n++;
    const id = `msg_${randomUUID()}`;
    const now = new Date();
    const res = await fetch(`${opts.url}/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': id,
        'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
        'webhook-signature': signer.sign(id, now, line),
      },
      body: line,
    });
    counts[res.status] = (counts[res.status] ?? 0) + 1;
    if (res.status >= 300) out(`line ${n}: ${res.status} ${await res.text()}`);
    else await res.arrayBuffer();
  }
  out(
    `sent ${n} message(s): ${Object.entries(counts)
      .map(([s, c]) => `${c} × ${s}`)
      .join(', ')}`,
  );
  return Object.keys(counts).every((s) => Number(s) < 300) ? 0 : 1;
}

/** The secret local mode uses: PORTAL_WEBHOOK_SECRET, else the one in the data folder. */
export function localSecret(settings: LocalSettings): string {
  if (settings.secret) return settings.secret;
  const file = join(settings.dataDir, 'webhook-secret');
  if (!existsSync(file)) {
    throw new ConfigError('no webhook secret', ['start local mode once (npm start), or set PORTAL_WEBHOOK_SECRET']);
  }
  return readFileSync(file, 'utf8').trim();
}

export async function runToken(settings: LocalSettings, user: string, groups: string[]): Promise<string> {
  return new LocalTokens(settings.dataDir).issue(user, groups);
}

/** Fetches the feedback dataset from a running local mode and writes it as JSONL. */
export async function runExportFeedback(settings: LocalSettings, outFile: string): Promise<string> {
  const token = await new LocalTokens(settings.dataDir).issue('feedback-export', ['supervisor'], 1);
  let res: Response;
  try {
    res = await fetch(`http://127.0.0.1:${settings.port}/local/feedback`, {
      headers: { authorization: `Bearer ${token}` },
    });
  } catch {
    throw new ConfigError('local mode is not running', [
      `PORT: nothing answers on ${settings.port}; start it with npm start`,
    ]);
  }
  if (!res.ok) throw new ConfigError('feedback export refused', [`local mode answered ${res.status}`]);
  const { lines } = (await res.json()) as { lines: unknown[] };
  writeFileSync(outFile, lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
  return `wrote ${lines.length} feedback message(s) to ${outFile}; score them with: npm run -s triage -- eval --dataset ${outFile}`;
}
