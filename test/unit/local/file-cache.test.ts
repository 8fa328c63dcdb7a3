/** The file-backed cache behind local mode's idempotency records. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileCache } from '#local/file-cache.ts';

const file = () => join(mkdtempSync(join(tmpdir(), 'cache-')), 'c.jsonl');

describe('FileCache', () => {
  it('sets only when absent with NX, and forgets a value once it expires', async () => {
    let now = 1_000_000;
    const c = new FileCache(file(), () => now);
    expect(await c.set('k', 'a', { NX: true, EX: 10 })).toBe('OK');
    expect(await c.set('k', 'b', { NX: true })).toBeNull();
    expect(await c.get('k')).toBe('a');
    now += 11_000;
    expect(await c.get('k')).toBeNull();
    expect(await c.set('k', 'c', { NX: true })).toBe('OK');
  });

  it('keeps live values and deletions across a restart', async () => {
    const f = file();
    const c = new FileCache(f);
    await c.set('kept', 'v', { EX: 3600 });
    await c.set('gone', 'v');
    expect(await c.del(['gone', 'never'])).toBe(1);
    const again = new FileCache(f);
    expect(await again.get('kept')).toBe('v');
    expect(await again.get('gone')).toBeNull();
  });
});
