/**
 * The triage table, as plain data: CDK (lib/), the integration tests and local mode all build
 * the same table from this one definition, so their keys and index cannot drift apart.
 *
 * Items (one partition per message, `pk = MSG#<id>`):
 * - `sk = MESSAGE`: the original body; expires by TTL after the configured retention.
 * - `sk = TRACE`: the decision and everything that made it; no original text.
 * - `sk = STATE`: the current status, a projection of the trace and the events. While pending it
 *   carries `gsi1pk`/`gsi1sk`, so the queue index is sparse: it holds pending items only.
 * - `sk = EVENT#<seq>`: every staff action, append-only, each with its actor and time.
 */
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { TriageError } from '#core/errors.ts';

export const tableDefinition = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  billingMode: 'PAY_PER_REQUEST',
  /** Epoch seconds. DynamoDB deletes an expired item within days, not at once: reads must check it. */
  timeToLiveAttribute: 'expiresAt',
  queueIndex: {
    indexName: 'queue-pending',
    partitionKey: { name: 'gsi1pk', type: 'S' },
    sortKey: { name: 'gsi1sk', type: 'S' },
    projectionType: 'ALL',
  },
} as const;

export type TableDefinition = typeof tableDefinition;

/** The CreateTable request for this definition (dynalite and DynamoDB Local accept it as is). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const d = tableDefinition;
  const i = d.queueIndex;
  return {
    TableName: tableName,
    BillingMode: d.billingMode,
    AttributeDefinitions: [d.partitionKey, d.sortKey, i.partitionKey, i.sortKey].map((k) => ({
      AttributeName: k.name,
      AttributeType: k.type,
    })),
    KeySchema: [
      { AttributeName: d.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: d.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: i.indexName,
        KeySchema: [
          { AttributeName: i.partitionKey.name, KeyType: 'HASH' },
          { AttributeName: i.sortKey.name, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: i.projectionType },
      },
    ],
  };
}

/**
 * Creates the table for tests and local mode, and waits until it and its index are ACTIVE.
 * 1. CreateTable; a table that already exists is fine (local mode restarts on the same folder).
 * 2. Poll DescribeTable until the table and the index are ACTIVE, for a bounded number of tries.
 *
 * TTL is not switched on here: dynalite has no UpdateTimeToLive and nothing local expires items.
 * In AWS, CDK sets `timeToLiveAttribute` from `tableDefinition`.
 */
export async function createTable(
  client: DynamoDBClient,
  tableName: string,
  opts: { sleep?: (ms: number) => Promise<void>; maxPolls?: number } = {},
): Promise<void> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxPolls = opts.maxPolls ?? 50;
  try {
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  } catch (e) {
    if ((e as { name?: string }).name !== 'ResourceInUseException') {
      throw new TriageError('table creation failed', { cause: e });
    }
  }
  for (let poll = 0; poll < maxPolls; poll++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    const indexesActive = (Table?.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE');
    if (Table?.TableStatus === 'ACTIVE' && indexesActive) return;
    await sleep(100);
  }
  throw new TriageError('table did not become active');
}
