/** Line-oriented input and output for the CLI, with `-` for stdin/stdout. */
import { createReadStream, createWriteStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Writable } from 'node:stream';
import { defaultConfig, parseConfig, type TriageConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';

export function openLines(path: string): AsyncIterable<string> {
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  return createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
}

export function openOutput(path: string): Writable {
  return path === '-' ? process.stdout : createWriteStream(path, { encoding: 'utf8' });
}

export async function closeOutput(out: Writable): Promise<void> {
  if (out === process.stdout) return;
  await new Promise<void>((resolve, reject) => out.end((err?: Error | null) => (err ? reject(err) : resolve())));
}

/** Writes a line, waiting when the stream's buffer is full so memory stays flat on big files. */
export async function writeLine(out: Writable, line: string): Promise<void> {
  if (!out.write(`${line}\n`)) await new Promise((resolve) => out.once('drain', resolve));
}

export function loadConfig(path: string | undefined): TriageConfig {
  if (!path) return defaultConfig;
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read configuration file ${path}`, [
      (e as Error).name === 'SyntaxError' ? 'not valid JSON' : ((e as NodeJS.ErrnoException).code ?? 'unreadable'),
    ]);
  }
  return parseConfig(raw);
}

/** Progress on stderr, only for a person watching a terminal. */
export function progress(): { tick(n: number): void; done(): void } {
  if (!process.stderr.isTTY) return { tick() {}, done() {} };
  let last = 0;
  return {
    tick(n) {
      const now = Date.now();
      if (now - last < 200) return;
      last = now;
      process.stderr.write(`\r${n} messages…`);
    },
    done() {
      process.stderr.write('\r\x1b[K');
    },
  };
}
