/**
 * Powertools Idempotency's persistence for local mode: records in memory and in an append-only
 * file (FileCache), with the DynamoDB layer's rules, so the webhook answers a repeat exactly as in
 * Lambda without two database writes a delivery. (Powertools' own cache layer drops the payload
 * hash when it completes a record, which would turn every repeat into a 409.)
 */
import { IdempotencyItemAlreadyExistsError, IdempotencyItemNotFoundError } from '@aws-lambda-powertools/idempotency';
import { BasePersistenceLayer, IdempotencyRecord } from '@aws-lambda-powertools/idempotency/persistence';
import type { FileCache } from './file-cache.ts';

interface Stored {
  status: string;
  expiry?: number | undefined;
  inProgressExpiry?: number | undefined;
  data?: unknown;
  hash?: string | undefined;
}

export class FileIdempotencyStore extends BasePersistenceLayer {
  readonly #cache: FileCache;

  constructor(cache: FileCache) {
    super();
    this.#cache = cache;
  }

  async _getRecord(idempotencyKey: string): Promise<IdempotencyRecord> {
    const raw = await this.#cache.get(idempotencyKey);
    if (raw === null) throw new IdempotencyItemNotFoundError('Item does not exist in persistence store');
    return toRecord(idempotencyKey, JSON.parse(raw) as Stored);
  }

  /**
   * Puts an in-progress record when there is none, or the one there has expired, or it is an
   * in-progress record whose invocation ran out of time (the DynamoDB layer's condition).
   */
  async _putRecord(record: IdempotencyRecord): Promise<void> {
    const raw = await this.#cache.get(record.idempotencyKey);
    if (raw !== null) {
      const existing = JSON.parse(raw) as Stored;
      const nowS = Date.now() / 1000;
      const expired = existing.expiry !== undefined && existing.expiry < nowS;
      const orphan =
        existing.status === 'INPROGRESS' &&
        existing.inProgressExpiry !== undefined &&
        existing.inProgressExpiry < Date.now();
      if (!expired && !orphan) {
        throw new IdempotencyItemAlreadyExistsError(
          `Failed to put record for already existing idempotency key: ${record.idempotencyKey}`,
          toRecord(record.idempotencyKey, existing),
        );
      }
    }
    await this.#write(record);
  }

  async _updateRecord(record: IdempotencyRecord): Promise<void> {
    await this.#write(record);
  }

  async _deleteRecord(record: IdempotencyRecord): Promise<void> {
    await this.#cache.del([record.idempotencyKey]);
  }

  async #write(record: IdempotencyRecord): Promise<void> {
    const stored: Stored = {
      status: record.getStatus(),
      expiry: record.expiryTimestamp,
      inProgressExpiry: record.inProgressExpiryTimestamp,
      data: record.responseData,
      hash: record.payloadHash,
    };
    const ttl = record.expiryTimestamp ? Math.max(1, Math.ceil(record.expiryTimestamp - Date.now() / 1000)) : undefined;
    await this.#cache.set(record.idempotencyKey, JSON.stringify(stored), ttl ? { EX: ttl } : {});
  }
}

function toRecord(idempotencyKey: string, s: Stored): IdempotencyRecord {
  return new IdempotencyRecord({
    idempotencyKey,
    status: s.status as never,
    expiryTimestamp: s.expiry,
    inProgressExpiryTimestamp: s.inProgressExpiry,
    responseData: s.data as never,
    payloadHash: s.hash,
  });
}
