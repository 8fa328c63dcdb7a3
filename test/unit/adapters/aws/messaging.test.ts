/** The SQS queue, the EventBridge publisher and the Secrets Manager secrets, at the SDK boundary. */
import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { SendMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { EventBridgeReplyPublisher } from '#adapters/aws/eventbridge-publisher.ts';
import { SqsMessageQueue } from '#adapters/aws/sqs-queue.ts';
import { SecretsManagerWebhookSecrets } from '#adapters/aws/webhook-secrets.ts';
import type { ApprovedReply, QueuedMessage } from '#core/messages.ts';

const sqs = mockClient(SQSClient);
const events = mockClient(EventBridgeClient);
const secrets = mockClient(SecretsManagerClient);
afterEach(() => {
  sqs.reset();
  events.reset();
  secrets.reset();
});

const message: QueuedMessage = {
  webhookId: 'msg_1',
  receivedAt: '2026-11-20T14:03:00Z',
  message: { id: 'm-1', text: 'refill my inhaler please', patientId: 'p-1' },
};
const reply: ApprovedReply = {
  messageId: 'm-1',
  patientId: 'p-1',
  bucket: 'refill',
  queue: 'pharmacy',
  reply: 'Your refill was sent.',
  edited: false,
  approvedBy: 'paul',
  approvedAt: '2026-11-20T14:30:00Z',
  version: 2,
};

describe('SqsMessageQueue', () => {
  it('sends the validated message as the body, with only the webhook id as an attribute', async () => {
    sqs.on(SendMessageCommand).resolves({ MessageId: 'x' });
    await new SqsMessageQueue({ queueUrl: 'https://sqs.us-east-1.amazonaws.com/1/q', client: new SQSClient({}) }).send(
      message,
    );
    const input = sqs.commandCalls(SendMessageCommand)[0]?.args[0].input;
    expect(input?.QueueUrl).toBe('https://sqs.us-east-1.amazonaws.com/1/q');
    expect(JSON.parse(input?.MessageBody ?? '')).toEqual(message);
    expect(input?.MessageAttributes).toEqual({ webhookId: { DataType: 'String', StringValue: 'msg_1' } });
  });

  it('refuses a message that does not match the contract, and wraps a send failure', async () => {
    const queue = new SqsMessageQueue({ queueUrl: 'https://q', client: new SQSClient({}) });
    await expect(queue.send({ ...message, message: { ...message.message, text: '' } })).rejects.toThrow();
    expect(sqs.commandCalls(SendMessageCommand)).toHaveLength(0);
    sqs.on(SendMessageCommand).rejects(new Error('KMS.AccessDenied'));
    await expect(queue.send(message)).rejects.toMatchObject({ name: 'QueueError' });
  });
});

describe('EventBridgeReplyPublisher', () => {
  it('puts one ReplyApproved event on the bus', async () => {
    events.on(PutEventsCommand).resolves({ FailedEntryCount: 0, Entries: [{ EventId: 'e-1' }] });
    await new EventBridgeReplyPublisher({ eventBusName: 'triage-bus', client: new EventBridgeClient({}) }).publish(
      reply,
    );
    const entry = events.commandCalls(PutEventsCommand)[0]?.args[0].input.Entries?.[0];
    expect(entry).toMatchObject({ EventBusName: 'triage-bus', Source: 'portal-triage', DetailType: 'ReplyApproved' });
    expect(JSON.parse(entry?.Detail ?? '')).toEqual(reply);
  });

  it('fails when PutEvents answers 200 with a failed entry', async () => {
    events.on(PutEventsCommand).resolves({ FailedEntryCount: 1, Entries: [{ ErrorCode: 'InternalFailure' }] });
    const p = new EventBridgeReplyPublisher({ eventBusName: 'b', client: new EventBridgeClient({}) });
    await expect(p.publish(reply)).rejects.toThrow('reply publish failed: InternalFailure');
  });
});

describe('SecretsManagerWebhookSecrets', () => {
  const current = `whsec_${Buffer.from('current-secret-0123456789').toString('base64')}`;
  const previous = `whsec_${Buffer.from('previous-secret-012345678').toString('base64')}`;

  it('returns the current secret, then the previous one during a rotation', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ current, previous }) });
    const s = new SecretsManagerWebhookSecrets({ secretId: 'arn:secret', client: new SecretsManagerClient({}) });
    expect(await s.get()).toEqual([current, previous]);
  });

  it('serves from its cache, and refetches when a refresh is asked', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: JSON.stringify({ current }) });
    const s = new SecretsManagerWebhookSecrets({ secretId: 'arn:secret-2', client: new SecretsManagerClient({}) });
    await s.get();
    await s.get();
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(1);
    await s.get({ refresh: true });
    expect(secrets.commandCalls(GetSecretValueCommand)).toHaveLength(2);
  });

  it('fails closed on a value that is not a Standard Webhooks secret', async () => {
    secrets.on(GetSecretValueCommand).resolves({ SecretString: 'hunter2' });
    const s = new SecretsManagerWebhookSecrets({ secretId: 'arn:secret-3', client: new SecretsManagerClient({}) });
    await expect(s.get()).rejects.toMatchObject({ name: 'ConfigError' });
  });
});
