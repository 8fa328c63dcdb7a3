/**
 * Staff corrections as labels: every reassignment and every edited draft becomes a line of the
 * eval dataset (DESIGN.md's format), so `triage eval` measures the pipeline on what staff changed.
 */
import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoStore, MessageView } from '#adapters/aws/dynamo-store.ts';
import type { LabelledMessage } from '../evaluation/dataset.ts';

export type FeedbackLine = LabelledMessage & {
  feedback: {
    actions: { type: string; actor: string; at: string; details: unknown }[];
    triaged: { bucket: string; queue: string; route: string };
  };
};

/**
 * 1. Find the messages with a reassignment or an edited approval (a scan: local mode only; the
 *    Lambda roles have no Scan permission).
 * 2. For each, read the message and its trace; one whose text has expired is left out.
 * 3. The label is the bucket staff left it in; the emergency flag and the PHI spans are the
 *    pipeline's own (staff do not relabel them), so score buckets on this set, not PHI.
 */
export async function exportFeedback(
  doc: DynamoDBDocumentClient,
  tableName: string,
  store: DynamoStore,
): Promise<FeedbackLine[]> {
  const ids = new Set<string>();
  let startKey: Record<string, unknown> | undefined;
  do {
    const out = await doc.send(
      new ScanCommand({
        TableName: tableName,
        FilterExpression: 'begins_with(sk, :event) AND (#type = :reassign OR #type = :edit)',
        ExpressionAttributeNames: { '#type': 'type' },
        ExpressionAttributeValues: { ':event': 'EVENT#', ':reassign': 'reassign', ':edit': 'edit-approve' },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of out.Items ?? []) ids.add(String(item.id));
    startKey = out.LastEvaluatedKey;
  } while (startKey);

  const lines: FeedbackLine[] = [];
  for (const id of [...ids].sort()) {
    const view = await store.getMessage(id);
    const line = view && toLine(view);
    if (line) lines.push(line);
  }
  return lines;
}

function toLine({ message, trace, state, events }: MessageView): FeedbackLine | null {
  if (!message || !trace || !state) return null;
  const corrections = events.filter((e) => e.type === 'reassign' || e.type === 'edit-approve');
  return {
    id: message.id,
    text: message.text,
    expected: {
      bucket: state.bucket,
      emergency: trace.emergency,
      phi: trace.redaction.spans.map(({ start, end, type }) => ({ start, end, type })),
    },
    tags: ['feedback', ...new Set(corrections.map((e) => (e.type === 'reassign' ? 'reassigned' : 'edited')))],
    feedback: {
      actions: corrections.map((e) => ({ type: e.type, actor: e.actor, at: e.at, details: e.details })),
      triaged: { bucket: trace.bucket, queue: trace.queue, route: trace.route },
    },
  };
}
