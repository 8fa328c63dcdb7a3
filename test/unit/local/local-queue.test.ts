/** The local queue keeps SQS's semantics: visibility timeout, redelivery, dead-letter queue. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { QueuedMessage } from '#core/messages.ts';
import { LocalQueue } from '#local/local-queue.ts';

const msg = (id: string): QueuedMessage => ({
  webhookId: `wh-${id}`,
  receivedAt: '2026-11-20T14:00:00Z',
  message: { id, text: 'refill please' },
});
const dir = () => mkdtempSync(join(tmpdir(), 'queue-'));
const ids = (e: SQSEvent) => e.Records.map((r) => (JSON.parse(r.body) as QueuedMessage).message.id);

describe('LocalQueue', () => {
  it('delivers each message once when the consumer succeeds', async () => {
    const seen: string[] = [];
    const q = new LocalQueue({
      dir: dir(),
      consumer: async (e) => {
        seen.push(...ids(e));
        return { batchItemFailures: [] };
      },
    });
    q.start();
    await q.send(msg('a'));
    await q.send(msg('b'));
    await q.drain();
    expect(seen.sort()).toEqual(['a', 'b']);
    expect(q.depth()).toEqual({ pending: 0, deadLetter: 0 });
    await q.close();
  });

  it('redelivers a failed record after the visibility timeout, with its receive count', async () => {
    const receives: string[] = [];
    const q = new LocalQueue({
      dir: dir(),
      visibilityTimeoutMs: 20,
      pollMs: 5,
      consumer: async (e) => {
        const r = e.Records[0];
        receives.push(r?.attributes.ApproximateReceiveCount ?? '');
        return { batchItemFailures: receives.length < 2 ? [{ itemIdentifier: r?.messageId ?? '' }] : [] };
      },
    });
    q.start();
    await q.send(msg('c'));
    await q.drain();
    expect(receives).toEqual(['1', '2']);
    await q.close();
  });

  it('moves a message to the dead-letter queue after its last receive, and keeps the others flowing', async () => {
    const q = new LocalQueue({
      dir: dir(),
      visibilityTimeoutMs: 5,
      pollMs: 5,
      maxReceives: 3,
      consumer: async (e) => ({
        batchItemFailures: e.Records.filter((r) => r.body.includes('"poison"')).map((r) => ({
          itemIdentifier: r.messageId,
        })),
      }),
    });
    q.start();
    await q.send(msg('poison'));
    await q.send(msg('fine'));
    await q.drain();
    expect(q.depth()).toEqual({ pending: 0, deadLetter: 1 });
    await q.close();
  });

  it('delivers after a restart what an earlier run accepted but did not finish', async () => {
    const d = dir();
    // Accepted, never consumed (the process stopped before its queue started).
    const never = new LocalQueue({ dir: d, consumer: async () => ({ batchItemFailures: [] }) });
    await never.send(msg('kept'));
    await never.close();
    const seen: string[] = [];
    const second = new LocalQueue({
      dir: d,
      consumer: async (e) => {
        seen.push(...ids(e));
        return { batchItemFailures: [] };
      },
    });
    second.start();
    await second.drain();
    expect(seen).toEqual(['kept']);
    await second.close();
  });
});
