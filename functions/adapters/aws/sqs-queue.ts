/** The message queue on SQS: one validated message per SQS message. */
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { QueuedMessage } from '#core/messages.ts';
import type { MessageQueue } from '#core/ports.ts';

export class QueueError extends Error {
  override name = 'QueueError';
}

export class SqsMessageQueue implements MessageQueue {
  readonly #client: SQSClient;
  readonly #queueUrl: string;

  constructor(opts: { queueUrl: string; client?: SQSClient }) {
    this.#client = opts.client ?? new SQSClient({});
    this.#queueUrl = opts.queueUrl;
  }

  /** Validates before sending, so the triage function never receives a shape it cannot read. */
  async send(message: QueuedMessage): Promise<void> {
    const body = JSON.stringify(QueuedMessage.parse(message));
    try {
      await this.#client.send(
        new SendMessageCommand({
          QueueUrl: this.#queueUrl,
          MessageBody: body,
          // Ids only: attributes show up in consoles and tools that do not expect PHI.
          MessageAttributes: { webhookId: { DataType: 'String', StringValue: message.webhookId } },
        }),
      );
    } catch (e) {
      throw new QueueError('queue send failed', { cause: e });
    }
  }
}
