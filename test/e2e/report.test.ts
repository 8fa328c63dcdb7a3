import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDeps } from '#adapters/local/wiring.ts';
import { DRUG_NAMES, decide, readDataset, writeReport } from '../../bin/cli/eval.ts';
import { evaluate } from '../../functions/evaluation/evaluate.ts';
import { launchChromium } from '../fixtures/chromium.ts';

let browser: Browser;
let reportUrl: string;

describe('the evaluation report in Chromium', () => {
  beforeAll(async () => {
    // Every fourth message of the development split: all buckets, drafts and emergencies appear.
    const rows = (await readDataset(new URL('../../data/corpus/dev.jsonl', import.meta.url).pathname)).filter(
      (_, i) => i % 4 === 0,
    );
    const deps = localDeps();
    const report = evaluate(await decide(rows, deps), deps.config, { drugNames: DRUG_NAMES });
    const dir = mkdtempSync(join(tmpdir(), 'triage-report-'));
    const [, html] = writeReport(dir, report, 'e2e report');
    reportUrl = pathToFileURL(html as string).href;
    // A missing browser is a failure, not a skip: CI installs Debian's chromium.
    browser = await launchChromium();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('opens from disk without any network request', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(reportUrl);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    await expect(page.title()).resolves.toBe('e2e report');
  });

  it('draws every chart with data', async () => {
    const page = await browser.newPage();
    await page.goto(reportUrl);
    for (const id of ['reliability', 'draft-curve', 'coverage-error', 'phi-recall', 'bucket-f1']) {
      const chart = page.locator(`svg#${id}`);
      const box = await chart.boundingBox();
      expect(box?.width, id).toBeGreaterThan(100);
      expect(box?.height, id).toBeGreaterThan(50);
      const marks = await chart.locator('path.series, rect.bar').count();
      expect(marks, id).toBeGreaterThan(0);
    }
    // Line charts draw real paths: each has several points and a non-empty rendered length.
    const lengths = await page.$$eval('path.series', (paths) =>
      paths.map((p) => (p as unknown as { getTotalLength(): number }).getTotalLength()),
    );
    expect(lengths.every((l) => l > 0)).toBe(true);
    const bars = await page.$$eval('rect.bar', (rects) =>
      rects.map((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width),
    );
    expect(bars.some((w) => w > 0)).toBe(true);
    await expect(page.locator('#confusion tbody tr').count()).resolves.toBe(5);
  });
});
