/**
 * The staff approval UI and the local dashboard in a real Chromium, against local mode started
 * in-process: signed webhook deliveries, the local queue, the triage and staff API handlers, and
 * the pages in web/ served by local mode. Each test sends its own messages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIMENSION_VALUES, METRICS } from '../../functions/handlers/metric-names.ts';
import { startLocalMode } from '../../functions/local/start.ts';
import { launchChromium } from '../fixtures/chromium.ts';

const ROLE_LABELS = {
  nurse: 'Nurse',
  pharmacy: 'Pharmacy',
  'front-desk': 'Front desk',
  billing: 'Billing',
  supervisor: 'Supervisor',
} as const;
type Role = keyof typeof ROLE_LABELS;

const REFILL = {
  messageId: 'm-1',
  patientId: 'p-1',
  sentAt: '2026-11-20T14:00:00Z',
  body: 'Hi, this is Maria Lopez, please refill my lisinopril 10 mg at the CVS on Main St.',
};
const EMERGENCY = {
  messageId: 'm-2',
  patientId: 'p-2',
  sentAt: '2026-11-20T14:01:00Z',
  body: 'I have crushing chest pain right now and my left arm is numb.',
};
const REFILL_2 = {
  messageId: 'm-3',
  patientId: 'p-3',
  sentAt: '2026-11-20T13:55:00Z',
  body: 'Hello, this is James Carter. Could you please refill my metformin 500 mg? I use the Walgreens on Oak Avenue.',
};
const REFILL_3 = {
  messageId: 'm-5',
  patientId: 'p-5',
  sentAt: '2026-11-20T14:04:00Z',
  body: 'Please refill my atorvastatin 20 mg, I am almost out. Thanks, Susan Park',
};
const SCHEDULING = {
  messageId: 'm-6',
  patientId: 'p-6',
  sentAt: '2026-11-20T14:06:00Z',
  body: 'I need to reschedule my appointment next Tuesday with Dr. Patel, can we do Thursday afternoon instead?',
};

type LocalMode = Awaited<ReturnType<typeof startLocalMode>>;

let browser: Browser;
let lm: LocalMode;
let dataDir: string;
const contexts: BrowserContext[] = [];
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

/** Posts messages through the signed webhook and waits until the local queue has triaged them. */
async function deliver(...messages: object[]) {
  for (const m of messages) {
    const res = await lm.send(m);
    expect(res.status, JSON.stringify(res.body)).toBe(202);
  }
  await lm.drain();
}

/** A fresh browser context (its own sessionStorage): one staff member. */
async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => {
    // Chromium logs every 4xx answer; the tests provoke some (400, 401, 403, 409) on purpose.
    if (m.type() === 'error' && !/^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()))
      pageErrors.push(m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(lm.url) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  return page;
}

async function signIn(user: string, roles: Role[]): Promise<Page> {
  const page = await newPage();
  await page.goto(`${lm.url}/`);
  await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  await page.getByLabel('User name').fill(user);
  for (const r of roles) await page.getByLabel(ROLE_LABELS[r], { exact: true }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { name: 'Queues', level: 1 }).waitFor();
  await expect(page.locator('#who-name').textContent()).resolves.toBe(user);
  return page;
}

const nav = (page: Page) => page.getByRole('navigation', { name: 'Queues' });

async function openQueue(page: Page, queue: string) {
  await nav(page)
    .getByRole('link', { name: new RegExp(`^${queue}\\b`) })
    .click();
  await page.getByRole('heading', { name: `Queue: ${queue}`, level: 1 }).waitFor();
  await page.locator('#items li').first().waitFor();
}

async function openMessage(page: Page, id: string) {
  await page.goto(`${lm.url}/#/message/${id}`);
  await page.locator('#message-heading', { hasText: `Message ${id}` }).waitFor();
  await page.locator('#timeline li').first().waitFor();
}

async function pendingCount(page: Page, queue: string): Promise<number> {
  const count = nav(page).locator(`a[data-queue="${queue}"] .count`);
  return Number(await count.getAttribute('data-pending'));
}

const status = (page: Page, text: RegExp) => page.locator('#status', { hasText: text }).waitFor();

describe('the staff approval UI and the dashboard in Chromium, against local mode', () => {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'triage-e2e-'));
    lm = await startLocalMode({ port: 0, dataDir });
    // A missing browser is a failure, not a skip: CI installs Debian's chromium.
    browser = await launchChromium();
  }, 120_000);

  afterEach(async () => {
    for (const c of contexts.splice(0)) await c.close();
    // Every page stayed on local mode's origin (no CDN, no network) and threw nothing.
    expect(foreignRequests.splice(0)).toEqual([]);
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await lm?.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('a signed message arrives and appears in its queue, with its PHI highlighted by type', async () => {
    await deliver(REFILL);
    const page = await signIn('paula', ['pharmacy']);

    // Pharmacy sees only its queue, with the message counted and listed.
    await expect(nav(page).getByRole('link').allTextContents()).resolves.toEqual([
      expect.stringMatching(/^pharmacy\b/),
    ]);
    expect(await pendingCount(page, 'pharmacy')).toBeGreaterThanOrEqual(1);
    await openQueue(page, 'pharmacy');
    const row = page.locator('#items li[data-id="m-1"]');
    await expect(row.textContent()).resolves.toMatch(/refill · draft · draft ready/);
    await expect(row.getAttribute('data-emergency')).resolves.toBe('false');

    // The message view: the original text as sent, PHI spans marked by type, the redacted text.
    await row.getByRole('link').click();
    await page.locator('#message-heading', { hasText: 'Message m-1' }).waitFor();
    await expect(page.locator('#original-text').textContent()).resolves.toBe(REFILL.body);
    const names = await page.locator('#phi-text mark[data-phi-type="NAME"]').allTextContents();
    expect(names.join(' ')).toContain('Maria Lopez');
    // Marks carry the type as text, not colour alone; the marked text still reads as the original.
    await expect(
      page.locator('#phi-text mark[data-phi-type="NAME"] .phi-label').first().textContent(),
    ).resolves.toMatch(/NAME/);
    const redacted = await page.locator('#redacted-text').textContent();
    expect(redacted).toContain('[NAME_1]');
    expect(redacted).toContain('lisinopril 10 mg');
    expect(redacted).not.toContain('Maria');
    await expect(page.locator('#reasons li').allTextContents()).resolves.toEqual([expect.stringMatching(/refill/)]);
    await expect(page.locator('#timeline li[data-kind="triaged"]').textContent()).resolves.toMatch(
      /Triaged: draft to pharmacy/,
    );
    // The nurse does not see pharmacy's queue.
    const nurse = await signIn('nina', ['nurse']);
    await expect(nav(nurse).locator('a[data-queue="pharmacy"]').count()).resolves.toBe(0);
  });

  it('shows sign-in again for a refused token, and says when a queue is not allowed', async () => {
    const page = await signIn('nina', ['nurse']);
    await page.goto(`${lm.url}/#/queue/pharmacy`);
    await page.locator('#alert', { hasText: 'not allowed on this queue' }).waitFor();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.getByText('Sign in with an existing token').click();
    await page.getByLabel('Bearer token (JWT)').fill('eyJhbGciOiJub25lIn0.eyJ1c2VybmFtZSI6Im1hbGxvcnkifQ.forged');
    await page.getByRole('button', { name: 'Use this token' }).click();
    await page.locator('#alert', { hasText: 'Sign in again' }).waitFor();
    await expect(page.getByRole('heading', { name: 'Sign in', level: 1 }).isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => sessionStorage.length)).resolves.toBe(0);
  });

  it('pins an emergency above older work, and a nurse acknowledges it from the keyboard', async () => {
    // An older, non-urgent item moved into the urgent queue by a supervisor (a reassignment).
    await deliver(REFILL_2);
    const sam = await signIn('sam', ['supervisor']);
    await openMessage(sam, 'm-3');
    await sam.getByLabel('Queue', { exact: true }).selectOption('nurse-urgent');
    await sam.getByRole('button', { name: 'Reassign' }).click();
    await status(sam, /Reassigned/);
    await sam.locator('#timeline li[data-event-type="reassign"][data-actor="sam"]').waitFor();
    // The reassignment is a label: it shows up in the exported feedback dataset.
    const { token } = (await (
      await fetch(`${lm.url}/local/token`, {
        method: 'POST',
        body: JSON.stringify({ user: 'sam', groups: ['supervisor'] }),
      })
    ).json()) as { token: string };
    const feedback = (await (
      await fetch(`${lm.url}/local/feedback`, { headers: { authorization: `Bearer ${token}` } })
    ).json()) as { lines: { id: string; tags: string[]; feedback: { actions: { type: string; actor: string }[] } }[] };
    expect(feedback.lines.find((l) => l.id === 'm-3')).toMatchObject({
      tags: ['feedback', 'reassigned'],
      feedback: { actions: [{ type: 'reassign', actor: 'sam' }] },
    });

    await deliver(EMERGENCY);
    const nina = await signIn('nina', ['nurse']);
    expect(await pendingCount(nina, 'nurse-urgent')).toBe(2);
    await openQueue(nina, 'nurse-urgent');
    const rows = nina.locator('#items li');
    await expect(rows.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-id')))).resolves.toEqual([
      'm-2',
      'm-3',
    ]);
    // Highlighted by a text label, not colour alone.
    await expect(rows.nth(0).textContent()).resolves.toContain('EMERGENCY');
    await expect(rows.nth(1).textContent()).resolves.not.toContain('EMERGENCY');

    await rows.nth(0).getByRole('link').click();
    await nina.locator('#message-heading', { hasText: 'Message m-2' }).waitFor();
    await expect(nina.locator('#message-heading').textContent()).resolves.toContain('EMERGENCY');
    await expect(nina.locator('[data-trace="red-flags"]').textContent()).resolves.toMatch(/chest/);
    const ack = nina.getByRole('button', { name: 'Acknowledge escalation' });
    await ack.focus();
    await nina.keyboard.press('Enter');
    await status(nina, /Escalation acknowledged/);
    const event = nina.locator('#timeline li[data-event-type="acknowledge"]');
    await expect(event.getAttribute('data-actor')).resolves.toBe('nina');
    await expect(event.textContent()).resolves.toMatch(/Acknowledged by nina/);
    await expect(nina.locator('.facts[data-status]').first().getAttribute('data-status')).resolves.toBe('acknowledged');
    await expect(nina.locator('#closed-note').isVisible()).resolves.toBe(true);
    expect(await pendingCount(nina, 'nurse-urgent')).toBe(1);
  });

  it('edits a draft and approves it; the edit is in the trace timeline', async () => {
    const page = await signIn('paula', ['pharmacy']);
    await openMessage(page, 'm-1');

    // Every form control is labelled, and the page has its landmarks.
    type Control = {
      id: string;
      outerHTML: string;
      labels: { length: number } | null;
      getAttribute(n: string): string | null;
    };
    const unlabelled = await page.$$eval('input, select, textarea', (els) =>
      (els as unknown as Control[])
        .filter((e) => !e.labels?.length && !e.getAttribute('aria-label'))
        .map((e) => e.id || e.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    for (const role of ['banner', 'navigation', 'main'] as const) {
      await expect(page.getByRole(role).first().isVisible()).resolves.toBe(true);
    }

    const draft = page.getByLabel('Reply to the patient');
    const drafted = await draft.inputValue();
    expect(drafted.length).toBeGreaterThan(20);

    // A placeholder left in the reply is refused (400) and the issue is shown.
    await draft.fill('Hi [NAME_1], your refill is on its way.');
    await page.getByRole('button', { name: 'Approve and send' }).click();
    await page.locator('#alert', { hasText: /placeholder/ }).waitFor();

    const edited = 'Your lisinopril 10 mg refill has been sent to your pharmacy and will be ready tomorrow after 2 pm.';
    await draft.fill(edited);
    await page.getByRole('button', { name: 'Approve and send' }).click();
    await status(page, /Edited reply approved: message m-1/);
    const event = page.locator('#timeline li[data-event-type="edit-approve"]');
    await event.waitFor();
    await expect(event.getAttribute('data-actor')).resolves.toBe('paula');
    await expect(event.textContent()).resolves.toContain('Edited and approved by paula');
    await expect(event.locator('details').textContent()).resolves.toContain(edited);
    await expect(page.locator('.facts[data-status]').first().getAttribute('data-status')).resolves.toBe('approved');
    await expect(page.locator('#approve-form').count()).resolves.toBe(0);
    await expect(page.locator('#alert').textContent()).resolves.toBe('');
  });

  it('two staff race to approve the same version: one wins, the other is told someone acted first', async () => {
    await deliver(REFILL_3);
    const a = await signIn('paula', ['pharmacy']);
    const b = await signIn('pete', ['pharmacy']);
    await openMessage(a, 'm-5');
    await openMessage(b, 'm-5');
    await expect(a.locator('.facts[data-status]').first().textContent()).resolves.toMatch(/Version\s*1/);

    // Both click at once on version 1.
    await Promise.all([
      a.getByRole('button', { name: 'Approve and send' }).click(),
      b.getByRole('button', { name: 'Approve and send' }).click(),
    ]);
    const outcome = async (p: Page) => {
      // Locators, not a string predicate: local mode's CSP forbids eval in the page.
      await p
        .locator('#status', { hasText: /message m-5/ })
        .or(p.locator('#alert:not(:empty)'))
        .first()
        .waitFor();
      return {
        alert: (await p.locator('#alert').textContent()) ?? '',
        status: (await p.locator('#status').textContent()) ?? '',
      };
    };
    const results = [await outcome(a), await outcome(b)];
    const told = results.filter((r) => r.alert.includes('Someone else acted on this message first'));
    const won = results.filter((r) => /Approved: message m-5/.test(r.status));
    expect(told).toHaveLength(1);
    expect(won).toHaveLength(1);

    // The loser's view was reloaded: approved, one approval in the timeline, no actions left.
    const loser = results[0] === told[0] ? a : b;
    const winner = loser === a ? 'pete' : 'paula';
    await loser.locator('#closed-note').waitFor();
    await expect(loser.locator('#timeline li[data-kind="event"]').count()).resolves.toBe(1);
    await expect(loser.locator('#timeline li[data-event-type="approve"]').getAttribute('data-actor')).resolves.toBe(
      winner,
    );
  });

  it('the dashboard draws its charts from the local metrics and keeps them live', async () => {
    const page = await newPage();
    await page.goto(`${lm.url}/dashboard.html?refresh=1`);
    await page.locator('[data-chart="volume-bucket"]:not([data-points="0"])').waitFor();
    // Hold the charts still while they are measured: pause, then one last refresh to wait on.
    const pause = page.getByRole('button', { name: 'Pause live updates' });
    await pause.click();
    await expect(pause.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.getByRole('button', { name: 'Refresh now' }).click();
    await page.locator('#status', { hasText: 'Dashboard refreshed.' }).waitFor({ state: 'attached' });

    // The page reads the metric names the handlers emit (served from metric-names.ts).
    const copy = await page.evaluate(
      `import(new URL('./metrics.js', location.href).href).then((m) => ({ METRICS: m.METRICS, DIMENSION_VALUES: m.DIMENSION_VALUES }))`,
    );
    expect(copy).toEqual({ METRICS, DIMENSION_VALUES });

    const withData = [
      'volume-bucket',
      'volume-route',
      'latency',
      'confidence',
      'escalations',
      'time-to-acknowledge',
      'override-rate',
      'staff-actions',
      'webhook',
    ];
    for (const name of [...withData, 'fallbacks']) {
      const fig = page.locator(`figure[data-chart="${name}"]`);
      await expect(fig.locator('figcaption').textContent(), name).resolves.not.toBe('');
      await expect(fig.locator('svg > title').textContent(), name).resolves.not.toBe('');
      const box = await fig.locator('svg').boundingBox();
      expect(box?.width, name).toBeGreaterThan(200);
      expect(box?.height, name).toBeGreaterThan(80);
    }
    for (const name of withData) {
      const fig = page.locator(`figure[data-chart="${name}"]`);
      expect(Number(await fig.getAttribute('data-points')), name).toBeGreaterThan(0);
      const heights = await fig
        .locator('rect.bar')
        .evaluateAll((rects) => rects.map((r) => (r as unknown as { getBBox(): { height: number } }).getBBox().height));
      expect(
        heights.some((h) => h > 0),
        name,
      ).toBe(true);
    }
    // Four messages triaged so far in this file (m-1, m-3, m-2, m-5), by bucket and by route.
    await expect(
      page
        .locator('[data-chart="volume-bucket"] rect.bar')
        .evaluateAll((rs) => rs.reduce((sum, r) => sum + Number(r.getAttribute('data-value')), 0)),
    ).resolves.toBe(4);
    const latencyBars = await page
      .locator('[data-chart="latency"] rect.bar')
      .evaluateAll((rs) => rs.map((r) => r.getAttribute('data-series')));
    expect(latencyBars.filter((s) => s === 'p50')).toHaveLength(4);
    expect(latencyBars.filter((s) => s === 'p99')).toHaveLength(4);
    // One edit and one reassignment over four messages triaged.
    await expect(page.locator('[data-chart="override-rate"] svg > desc').textContent()).resolves.toMatch(
      /^Override rate 50% of 4 messages triaged/,
    );

    // Live again: a new message shows up without reloading the page.
    await pause.click();
    await expect(pause.getAttribute('aria-pressed')).resolves.toBe('false');
    await deliver(SCHEDULING);
    await page.locator('[data-chart="volume-bucket"][data-points="5"]').waitFor({ timeout: 15_000 });
    await expect(
      page.locator('[data-chart="volume-bucket"] rect.bar[data-series="scheduling"]').count(),
    ).resolves.toBeGreaterThan(0);
  });
});
