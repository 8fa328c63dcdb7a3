/**
 * Local mode end to end over HTTP: signed messages in, triaged through the local queue into
 * dynalite on disk, read and approved through the staff API with a local token.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LocalMode, startLocalMode } from '#local/start.ts';

const refill = {
  messageId: 'm-1',
  patientId: 'p-1',
  sentAt: '2026-11-20T14:00:00Z',
  body: 'Hi, this is Maria Lopez, please refill my lisinopril 10 mg at the CVS on Main St.',
};
const emergency = {
  messageId: 'm-2',
  patientId: 'p-2',
  sentAt: '2026-11-20T14:01:00Z',
  body: 'I have crushing chest pain right now and my left arm is numb.',
};

let lm: LocalMode;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'portal-triage-'));
  lm = await startLocalMode({ port: 0, dataDir });
});
afterAll(async () => {
  await lm.close();
});

async function token(user: string, groups: string[]): Promise<string> {
  const res = await fetch(`${lm.url}/local/token`, { method: 'POST', body: JSON.stringify({ user, groups }) });
  return ((await res.json()) as { token: string }).token;
}
async function staff(path: string, tok: string, body?: unknown) {
  const res = await fetch(`${lm.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { authorization: `Bearer ${tok}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('local mode', () => {
  it('accepts signed messages, triages them through the queue and lists them in their queues', async () => {
    expect(await lm.send(refill, { id: 'wh-1' })).toEqual({
      status: 202,
      body: { messageId: 'm-1', status: 'queued' },
    });
    expect((await lm.send(emergency, { id: 'wh-2' })).status).toBe(202);
    expect((await lm.send(refill, { id: 'wh-1' })).status).toBe(200);
    await lm.drain();
    const nurse = await token('nina', ['nurse']);
    const queues = await staff('/staff/queues', nurse);
    expect(queues.body).toEqual({
      queues: [
        { name: 'nurse', pending: 0 },
        { name: 'nurse-urgent', pending: 1 },
      ],
    });
    const pharmacist = await token('paul', ['pharmacy']);
    const items = await staff('/staff/queues/pharmacy/items', pharmacist);
    expect((items.body.items as { id: string }[]).map((i) => i.id)).toEqual(['m-1']);
  });

  it('approves a draft, writes the reply for the portal and records the event', async () => {
    const pharmacist = await token('paul', ['pharmacy']);
    const approved = await staff('/staff/messages/m-1/approve', pharmacist, { version: 1 });
    expect(approved.status).toBe(200);
    const replies = readFileSync(join(dataDir, 'replies.jsonl'), 'utf8').trim().split('\n');
    expect(JSON.parse(replies[0] as string)).toMatchObject({ messageId: 'm-1', approvedBy: 'paul', edited: false });
    const view = await staff('/staff/messages/m-1', pharmacist);
    expect(view.body.events).toEqual([expect.objectContaining({ type: 'approve', actor: 'paul' })]);
  });

  it('refuses a request without a valid token (401) and a bad signature (401)', async () => {
    expect((await staff('/staff/queues', 'not-a-token')).status).toBe(401);
    const res = await fetch(`${lm.url}/webhook`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'webhook-id': 'x',
        'webhook-timestamp': '1',
        'webhook-signature': 'v1,x',
      },
      body: JSON.stringify(refill),
    });
    expect(res.status).toBe(401);
  });

  it('counts what happened for the dashboard', async () => {
    const res = await fetch(`${lm.url}/local/metrics`);
    const names = new Set(((await res.json()) as { points: { name: string }[] }).points.map((p) => p.name));
    for (const n of ['WebhookAccepted', 'WebhookDuplicate', 'MessagesTriaged', 'Escalations', 'DraftsApproved']) {
      expect(names).toContain(n);
    }
  });

  it('keeps its data across a restart, and says clearly when the port is taken', async () => {
    const port = Number(new URL(lm.url).port);
    await expect(startLocalMode({ port, dataDir: mkdtempSync(join(tmpdir(), 'portal-triage-')) })).rejects.toThrow(
      /port \d+ is already in use/,
    );
    await lm.close();
    lm = await startLocalMode({ port: 0, dataDir });
    const nurse = await token('nina', ['nurse']);
    const urgent = await staff('/staff/queues/nurse-urgent/items', nurse);
    expect((urgent.body.items as { id: string }[]).map((i) => i.id)).toEqual(['m-2']);
    // A delivery repeated after the restart is still recognised.
    expect((await lm.send(refill, { id: 'wh-1' })).status).toBe(200);
  });
});
