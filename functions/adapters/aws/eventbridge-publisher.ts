/** Approved replies as `ReplyApproved` events on an EventBridge bus. */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { ApprovedReply, REPLY_APPROVED } from '#core/messages.ts';
import type { ReplyPublisher } from '#core/ports.ts';

export class PublishError extends Error {
  override name = 'PublishError';
}

export class EventBridgeReplyPublisher implements ReplyPublisher {
  readonly #client: EventBridgeClient;
  readonly #bus: string;

  constructor(opts: { eventBusName: string; client?: EventBridgeClient }) {
    this.#client = opts.client ?? new EventBridgeClient({});
    this.#bus = opts.eventBusName;
  }

  /**
   * PutEvents answers 200 even when an entry fails: the failure is in `FailedEntryCount` and the
   * entry's `ErrorCode`, so both are checked.
   */
  async publish(reply: ApprovedReply): Promise<void> {
    const detail = ApprovedReply.parse(reply);
    let out: { FailedEntryCount?: number | undefined; Entries?: { ErrorCode?: string | undefined }[] | undefined };
    try {
      out = await this.#client.send(
        new PutEventsCommand({
          Entries: [
            {
              EventBusName: this.#bus,
              Source: REPLY_APPROVED.source,
              DetailType: REPLY_APPROVED.detailType,
              Detail: JSON.stringify(detail),
            },
          ],
        }),
      );
    } catch (e) {
      throw new PublishError('reply publish failed', { cause: e });
    }
    const code = out.Entries?.[0]?.ErrorCode;
    if ((out.FailedEntryCount ?? 0) > 0 || code) throw new PublishError(`reply publish failed: ${code ?? 'unknown'}`);
  }
}
