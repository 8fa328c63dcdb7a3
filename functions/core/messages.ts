/**
 * What travels between the functions: the queued message (webhook → queue → triage) and the
 * approved reply (staff API → event bus → portal integration). zod/mini keeps the bundles small.
 */
import * as z from 'zod/mini';
import { Bucket } from './schemas.ts';

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const isoTime = z.iso.datetime({ offset: true });

/** A validated portal message, normalised to the pipeline's input, with its delivery's id. */
export const QueuedMessage = z.strictObject({
  webhookId: text(200),
  receivedAt: isoTime,
  message: z.strictObject({
    id: text(200),
    text: text(20_000),
    language: z.optional(z.string().check(z.minLength(2), z.maxLength(10))),
    patientId: z.optional(text(200)),
    sentAt: z.optional(isoTime),
    subject: z.optional(z.string().check(z.maxLength(500))),
  }),
});
export type QueuedMessage = z.infer<typeof QueuedMessage>;

/** The `ReplyApproved` event's detail: the reply a staff member approved, ready to send. */
export const ApprovedReply = z.strictObject({
  messageId: text(200),
  patientId: z.optional(text(200)),
  bucket: Bucket,
  queue: text(63),
  reply: text(20_000),
  edited: z.boolean(),
  approvedBy: text(200),
  approvedAt: isoTime,
  /** The message's version after the approval: consumers can drop a repeated event. */
  version: z.number().check(z.int(), z.minimum(1)),
});
export type ApprovedReply = z.infer<typeof ApprovedReply>;

export const REPLY_APPROVED = { source: 'portal-triage', detailType: 'ReplyApproved' } as const;
