/**
 * A queue with SQS's semantics for local mode: a received message is hidden for the visibility
 * timeout; the consumer reports failed records (partial batch response); a failed message comes
 * back after the timeout, and after `maxReceives` receives it moves to the dead-letter queue.
 * Messages are files in a folder, so a restart loses none that was accepted.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { QueuedMessage } from '#core/messages.ts';
import type { MessageQueue } from '#core/ports.ts';

export type Consumer = (event: SQSEvent) => Promise<SQSBatchResponse>;

export interface LocalQueueOptions {
  dir: string;
  consumer: Consumer;
  visibilityTimeoutMs?: number;
  maxReceives?: number;
  batchSize?: number;
  /** How often an idle queue looks for visible messages. */
  pollMs?: number;
}

interface Entry {
  id: string;
  body: string;
  sentAt: number;
  receives: number;
  visibleAt: number;
}

export class LocalQueue implements MessageQueue {
  readonly #dir: string;
  readonly #dlq: string;
  readonly #consumer: Consumer;
  readonly #visibility: number;
  readonly #maxReceives: number;
  readonly #batchSize: number;
  readonly #pollMs: number;
  readonly #entries = new Map<string, Entry>();
  #timer: NodeJS.Timeout | undefined;
  #running = false;
  #closed = false;
  #idle: (() => void)[] = [];

  constructor(opts: LocalQueueOptions) {
    this.#dir = opts.dir;
    this.#dlq = join(opts.dir, 'dead-letter');
    this.#consumer = opts.consumer;
    this.#visibility = opts.visibilityTimeoutMs ?? 30_000;
    this.#maxReceives = opts.maxReceives ?? 5;
    this.#batchSize = opts.batchSize ?? 10;
    this.#pollMs = opts.pollMs ?? 200;
    mkdirSync(this.#dlq, { recursive: true });
    // Messages left by an earlier run are delivered again, as SQS would after their timeout.
    for (const f of readdirSync(this.#dir).filter((n) => n.endsWith('.json'))) {
      const entry = JSON.parse(readFileSync(join(this.#dir, f), 'utf8')) as Entry;
      this.#entries.set(entry.id, { ...entry, visibleAt: 0 });
    }
  }

  async send(message: QueuedMessage): Promise<void> {
    if (this.#closed) throw new Error('queue closed');
    const body = JSON.stringify(QueuedMessage.parse(message));
    const entry: Entry = { id: randomUUID(), body, sentAt: Date.now(), receives: 0, visibleAt: 0 };
    writeFileSync(this.#file(entry.id), JSON.stringify(entry));
    this.#entries.set(entry.id, entry);
    this.#kick();
  }

  /** Messages waiting or in flight, and messages in the dead-letter queue. */
  depth(): { pending: number; deadLetter: number } {
    return { pending: this.#entries.size, deadLetter: readdirSync(this.#dlq).length };
  }

  start(): void {
    this.#kick();
  }

  /** Resolves when no message is waiting, in flight or hidden for a retry. */
  drain(): Promise<void> {
    if (this.#entries.size === 0 && !this.#running) return Promise.resolve();
    return new Promise((resolve) => this.#idle.push(resolve));
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearTimeout(this.#timer);
    while (this.#running) await new Promise((r) => setTimeout(r, 10));
  }

  #file(id: string) {
    return join(this.#dir, `${id}.json`);
  }

  #kick() {
    if (this.#closed || this.#running) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => void this.#poll(), 0);
  }

  /**
   * 1. Take up to a batch of visible messages, hide them and count the receive.
   * 2. Hand them to the consumer as an SQS event.
   * 3. Delete those it did not report as failed; a reported one stays hidden until its timeout,
   *    or moves to the dead-letter queue after its last receive. A consumer that throws fails all.
   */
  async #poll(): Promise<void> {
    if (this.#closed) return;
    this.#running = true;
    try {
      const now = Date.now();
      const batch = [...this.#entries.values()].filter((e) => e.visibleAt <= now).slice(0, this.#batchSize);
      if (batch.length) {
        for (const e of batch) {
          e.receives++;
          e.visibleAt = now + this.#visibility;
        }
        let failed: Set<string>;
        try {
          const out = await this.#consumer({ Records: batch.map(record) });
          failed = new Set(out.batchItemFailures.map((f) => f.itemIdentifier));
        } catch {
          failed = new Set(batch.map((e) => e.id));
        }
        for (const e of batch) {
          if (!failed.has(e.id)) {
            this.#entries.delete(e.id);
            rmSync(this.#file(e.id), { force: true });
          } else if (e.receives >= this.#maxReceives) {
            this.#entries.delete(e.id);
            renameSync(this.#file(e.id), join(this.#dlq, `${e.id}.json`));
          } else writeFileSync(this.#file(e.id), JSON.stringify(e));
        }
      }
    } finally {
      this.#running = false;
    }
    if (this.#closed) return;
    if (this.#entries.size === 0) {
      for (const resolve of this.#idle.splice(0)) resolve();
    }
    const visibleNow = [...this.#entries.values()].some((e) => e.visibleAt <= Date.now());
    this.#timer = setTimeout(() => void this.#poll(), visibleNow ? 0 : this.#pollMs);
  }
}

function record(e: Entry): SQSRecord {
  return {
    messageId: e.id,
    receiptHandle: e.id,
    body: e.body,
    attributes: {
      ApproximateReceiveCount: String(e.receives),
      SentTimestamp: String(e.sentAt),
      SenderId: 'local',
      ApproximateFirstReceiveTimestamp: String(Date.now()),
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:triage',
    awsRegion: 'local',
  };
}
