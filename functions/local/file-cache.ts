/**
 * A small key-value cache with the part of the Redis API that Powertools'
 * `CachePersistenceLayer` uses (`get`, `set` with `EX`/`NX`, `del`), kept in memory and in an
 * append-only file, so local mode's idempotency records survive a restart without costing the
 * webhook two DynamoDB writes per delivery.
 */
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';

interface Entry {
  value: string;
  /** Epoch milliseconds; absent = no expiry. */
  expiresAt?: number;
}

export class FileCache {
  readonly #file: string;
  readonly #map = new Map<string, Entry>();
  readonly #now: () => number;

  constructor(file: string, now: () => number = Date.now) {
    this.#file = file;
    this.#now = now;
    if (existsSync(file)) {
      for (const line of readFileSync(file, 'utf8').split('\n')) {
        if (!line) continue;
        const op = JSON.parse(line) as { k: string; v?: string; x?: number };
        if (op.v === undefined) this.#map.delete(op.k);
        else this.#map.set(op.k, { value: op.v, ...(op.x !== undefined ? { expiresAt: op.x } : {}) });
      }
      this.#compact();
    }
  }

  async get(key: string): Promise<string | null> {
    const e = this.#live(key);
    return e ? e.value : null;
  }

  /** Redis SET: `NX` only when absent (null when it was present), `EX` seconds to live. */
  async set(key: string, value: unknown, options: { EX?: number; NX?: boolean } = {}): Promise<string | null> {
    if (options.NX && this.#live(key)) return null;
    const entry: Entry = {
      value: String(value),
      ...(options.EX ? { expiresAt: this.#now() + options.EX * 1000 } : {}),
    };
    this.#map.set(key, entry);
    appendFileSync(this.#file, `${JSON.stringify({ k: key, v: entry.value, x: entry.expiresAt })}\n`);
    return 'OK';
  }

  async del(keys: string[]): Promise<number> {
    let n = 0;
    for (const k of keys) {
      if (this.#map.delete(k)) {
        n++;
        appendFileSync(this.#file, `${JSON.stringify({ k })}\n`);
      }
    }
    return n;
  }

  #live(key: string): Entry | undefined {
    const e = this.#map.get(key);
    if (e?.expiresAt !== undefined && e.expiresAt <= this.#now()) {
      this.#map.delete(key);
      return undefined;
    }
    return e;
  }

  /** Rewrites the file with the live entries only (on start). */
  #compact(): void {
    const lines: string[] = [];
    for (const k of [...this.#map.keys()]) {
      const e = this.#live(k);
      if (e) lines.push(JSON.stringify({ k, v: e.value, x: e.expiresAt }));
    }
    writeFileSync(this.#file, lines.length ? `${lines.join('\n')}\n` : '');
  }
}
