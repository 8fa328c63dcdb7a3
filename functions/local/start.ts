/**
 * Local mode: the Lambda handlers, unchanged, behind a local HTTP server, a local queue with
 * SQS's semantics, dynalite on disk, and the local redactor and classifier.
 */

import { fork } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { Webhook } from 'standardwebhooks';
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { createTable } from '#adapters/aws/dynamo-table.ts';
import { defaultConfig, type TriageConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';
import { ApprovedReply } from '#core/messages.ts';
import { systemClock } from '#core/ports.ts';
import { makeEscalationWatchHandler } from '../handlers/escalation-watch/handler.ts';
import { makeStaffApiHandler } from '../handlers/staff-api/handler.ts';
import { makeWebhookHandler } from '../handlers/webhook/handler.ts';
import { exportFeedback } from './feedback.ts';
import { FileCache } from './file-cache.ts';
import { FileIdempotencyStore } from './file-idempotency-store.ts';
import { LocalQueue } from './local-queue.ts';
import { jsonLog, silentLog } from './log.ts';
import { MemoryMetrics } from './memory-metrics.ts';
import { createLocalServer } from './server.ts';
import { LocalTokens } from './tokens.ts';
import type { TriageWorkerData, TriageWorkerReply, TriageWorkerRequest } from './triage-worker.ts';

export interface LocalModeOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  config?: TriageConfig;
  /** A Standard Webhooks secret; otherwise the one kept in the data folder (made on first start). */
  secret?: string | undefined;
  /** Log lines to stdout (ids and decisions only, as in Lambda). */
  log?: boolean;
  visibilityTimeoutMs?: number;
}

export interface LocalMode {
  url: string;
  secret: string;
  dataDir: string;
  /** Signs a message as the portal would and posts it to the webhook. */
  send(message: object, opts?: { id?: string }): Promise<{ status: number; body: unknown }>;
  /** Resolves when the queue has processed every accepted message. */
  drain(): Promise<void>;
  /** Items in the table by kind, and the dead-letter queue's depth: what a load run checks. */
  counts(): Promise<{ messages: number; traces: number; states: number; deadLetter: number }>;
  /** Runs the escalation watch once (it also runs every minute). */
  watch(): Promise<{ oldestMinutes: number }>;
  metrics: MemoryMetrics;
  close(): Promise<void>;
}

const TABLE = 'portal-triage';
const lambdaContext = { getRemainingTimeInMillis: () => 30_000, awsRequestId: 'local' } as unknown as Context;

/**
 * 1. The data folder: DynamoDB files, queue files, the webhook secret, the token key, replies.
 * 2. dynalite on disk, and the tables (created once).
 * 3. The handlers, built by the same factories as in Lambda, with local implementations.
 * 4. The queue feeding the triage handler; the escalation watch every minute.
 * 5. The HTTP server on 127.0.0.1 (a port in use is a clear error).
 */
export async function startLocalMode(opts: LocalModeOptions = {}): Promise<LocalMode> {
  const dataDir = resolve(opts.dataDir ?? '.data');
  const config = opts.config ?? defaultConfig;
  mkdirSync(join(dataDir, 'queue'), { recursive: true });
  mkdirSync(join(dataDir, 'dynamo'), { recursive: true });
  const secret = opts.secret ?? localSecret(dataDir);
  verifySecret(secret);
  // Before opening anything: a taken port or a data folder in use are the user's to fix.
  await probePort(opts.port ?? 3000, opts.host ?? '127.0.0.1');
  const unlock = lockDataDir(dataDir);

  const db = await startDynalite(join(dataDir, 'dynamo'));
  const client = new DynamoDBClient({
    endpoint: `http://127.0.0.1:${db.port}`,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await createTable(client, TABLE);
  const doc = DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  const store = new DynamoStore({ client: doc, tableName: TABLE, traceRetentionDays: config.retention.traceDays });

  const metrics = new MemoryMetrics();
  const log = opts.log ? jsonLog((l) => process.stdout.write(`${l}\n`)) : silentLog;
  const triage = await startTriageWorker(
    { endpoint: `http://127.0.0.1:${db.port}`, tableName: TABLE, config },
    metrics,
    opts.log === true,
  );
  const queue = new LocalQueue({
    dir: join(dataDir, 'queue'),
    consumer: (event) => triage.consume(event),
    ...(opts.visibilityTimeoutMs !== undefined ? { visibilityTimeoutMs: opts.visibilityTimeoutMs } : {}),
  });
  const webhook = makeWebhookHandler({
    secrets: { get: async () => [secret] },
    queue,
    idempotencyStore: new FileIdempotencyStore(new FileCache(join(dataDir, 'idempotency.jsonl'))),
    clock: systemClock,
    log,
    metrics: metrics.sink(),
  });
  const staff = makeStaffApiHandler({
    store,
    publisher: { publish: async (r) => appendReply(dataDir, r) },
    config,
    clock: systemClock,
    log,
    metrics: metrics.sink(),
  });
  const watchHandler = makeEscalationWatchHandler({ store, config, clock: systemClock, log, metrics: metrics.sink() });
  const watchTimer = setInterval(() => void watchHandler().catch(() => {}), 60_000);
  watchTimer.unref();

  /** Items in the table by kind, and the dead-letter queue's depth. */
  async function counts() {
    const by: Record<string, number> = { MESSAGE: 0, TRACE: 0, STATE: 0 };
    let startKey: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(
        new ScanCommand({ TableName: TABLE, ProjectionExpression: 'sk', ExclusiveStartKey: startKey }),
      );
      for (const item of out.Items ?? []) {
        const sk = String(item.sk);
        if (sk in by) by[sk] = (by[sk] ?? 0) + 1;
      }
      startKey = out.LastEvaluatedKey;
    } while (startKey);
    return {
      messages: by.MESSAGE ?? 0,
      traces: by.TRACE ?? 0,
      states: by.STATE ?? 0,
      deadLetter: queue.depth().deadLetter,
    };
  }

  const server = createLocalServer({
    webhook: (e) => webhook(e, lambdaContext),
    staff,
    tokens: new LocalTokens(dataDir),
    metrics,
    health: () => ({ ok: true, queue: queue.depth() }),
    feedback: () => exportFeedback(doc, TABLE, store),
    counts: () => counts(),
    webDir: new URL('../../web/', import.meta.url).pathname,
  });
  try {
    await listen(server, opts.port ?? 3000, opts.host ?? '127.0.0.1');
  } catch (e) {
    await queue.close();
    client.destroy();
    await db.stop();
    unlock();
    throw portError(e, opts.port ?? 3000);
  }
  queue.start();
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  const signer = new Webhook(secret);

  return {
    url,
    secret,
    dataDir,
    metrics,
    async send(message, o = {}) {
      const body = JSON.stringify(message);
      const id = o.id ?? `msg_${randomUUID()}`;
      const now = new Date();
      const res = await fetch(`${url}/webhook`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'webhook-id': id,
          'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
          'webhook-signature': signer.sign(id, now, body),
        },
        body,
      });
      return { status: res.status, body: await res.json() };
    },
    drain: () => queue.drain(),
    counts,
    watch: () => watchHandler(),
    async close() {
      clearInterval(watchTimer);
      await close(server);
      await queue.close();
      await triage.stop();
      client.destroy();
      await db.stop();
      unlock();
    },
  };
}

/** The triage handler in a worker thread (triage-worker.ts), fed by the queue. */
async function startTriageWorker(
  data: TriageWorkerData,
  metrics: MemoryMetrics,
  printLogs: boolean,
): Promise<{ consume(event: SQSEvent): Promise<SQSBatchResponse>; stop(): Promise<void> }> {
  // The .mjs entry registers tsx's loader in the worker, then loads triage-worker.ts.
  const worker = new Worker(new URL('./triage-worker.mjs', import.meta.url), {
    workerData: JSON.parse(JSON.stringify(data)),
  });
  const pending = new Map<number, { ok(r: SQSBatchResponse): void; fail(e: Error): void }>();
  let next = 0;
  await new Promise<void>((ok, fail) => {
    worker.once('error', fail);
    worker.on('message', function ready(m: TriageWorkerReply) {
      if ('ready' in m) {
        worker.off('message', ready);
        worker.off('error', fail);
        ok();
      }
    });
  });
  worker.on('message', (m: TriageWorkerReply) => {
    if ('ready' in m) return;
    metrics.points.push(...m.points);
    if (printLogs) for (const l of m.logs) process.stdout.write(`${l}\n`);
    const p = pending.get(m.id);
    pending.delete(m.id);
    if (m.error !== undefined) p?.fail(new Error(m.error));
    else p?.ok({ batchItemFailures: m.failures ?? [] });
  });
  worker.on('error', (e) => {
    for (const p of pending.values()) p.fail(e);
    pending.clear();
  });
  return {
    consume: (event) =>
      new Promise((ok, fail) => {
        const id = next++;
        pending.set(id, { ok, fail });
        worker.postMessage({ id, event } satisfies TriageWorkerRequest);
      }),
    stop: async () => {
      await worker.terminate();
    },
  };
}

/** dynalite on disk in a child process (see dynalite-child.cjs). */
async function startDynalite(path: string): Promise<{ port: number; stop(): Promise<void> }> {
  const child = fork(new URL('./dynalite-child.cjs', import.meta.url).pathname, [path], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((ok, fail) => {
    child.once('message', (m) => ok((m as { port: number }).port));
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`dynalite exited with ${code}`)));
  });
  return {
    port,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.disconnect();
      }),
  };
}

function portError(e: unknown, port: number): unknown {
  return (e as { code?: string }).code === 'EADDRINUSE'
    ? new ConfigError(`port ${port} is already in use`, ['PORT: choose a free port'])
    : e;
}

/** Fails with a clear error when the port is taken (port 0 asks for any free port). */
async function probePort(port: number, host: string): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  try {
    await listen(probe, port, host);
  } catch (e) {
    throw portError(e, port);
  }
  await close(probe);
}

/**
 * One local mode per data folder: dynalite's files allow one process. The lock names its
 * process, so one left by a crash is taken over.
 */
function lockDataDir(dataDir: string): () => void {
  const file = join(dataDir, 'local-mode.pid');
  if (existsSync(file)) {
    const pid = Number(readFileSync(file, 'utf8'));
    if (pid && pid !== process.pid && alive(pid)) {
      throw new ConfigError('data folder in use', [`DATA_DIR: ${dataDir} is used by another local mode (pid ${pid})`]);
    }
  }
  writeFileSync(file, String(process.pid));
  return () => rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The secret kept in the data folder, made on first start. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'webhook-secret');
  if (!existsSync(file)) writeFileSync(file, `whsec_${randomBytes(24).toString('base64')}\n`, { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

function verifySecret(secret: string): void {
  try {
    new Webhook(secret);
  } catch {
    throw new ConfigError('invalid webhook secret', ['PORTAL_WEBHOOK_SECRET: a Standard Webhooks secret (whsec_…)']);
  }
  if (!secret.startsWith('whsec_')) {
    throw new ConfigError('invalid webhook secret', ['PORTAL_WEBHOOK_SECRET: a Standard Webhooks secret (whsec_…)']);
  }
}

/** The portal's side of `ReplyApproved` in local mode: one line per approved reply. */
function appendReply(dataDir: string, reply: ApprovedReply): void {
  appendFileSync(join(dataDir, 'replies.jsonl'), `${JSON.stringify(ApprovedReply.parse(reply))}\n`);
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
}

function close(server: Server): Promise<void> {
  return new Promise((ok) => {
    server.close(() => ok());
    server.closeAllConnections?.();
  });
}
