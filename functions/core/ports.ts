/**
 * The ports the pipeline depends on. Implementations live in functions/adapters/{local,aws}.
 * Nothing here may import an AWS SDK.
 */
import type { ApprovedReply, QueuedMessage } from './messages.ts';
import type { Bucket, PhiSpan } from './schemas.ts';
import type { Trace } from './trace.ts';

export interface Redactor {
  readonly name: string;
  readonly version: string;
  /** Finds PHI; offsets index the original text. Throws on failure: the pipeline then fails closed. */
  detect(text: string, opts?: { language?: string | undefined }): Promise<PhiSpan[]>;
}

export type ClassifierFailureReason = 'error' | 'timeout' | 'throttled' | 'invalid-output';

/** Classification can fail as a normal outcome (a model times out), so it is a result, not a throw. */
export type ClassifierResult =
  | {
      ok: true;
      bucket: Bucket;
      confidence: number;
      probabilities?: Partial<Record<Bucket, number>> | undefined;
      /**
       * The classifier's own reading of urgency, when it has one. At or above its threshold it
       * escalates like a red flag; below, it changes nothing: it can add escalations, never remove one.
       */
      emergency?: { probability: number; threshold: number } | undefined;
    }
  | { ok: false; reason: ClassifierFailureReason; detail?: string | undefined };

export interface Classifier {
  readonly name: string;
  readonly version: string;
  /** Receives redacted text only. */
  classify(
    redactedText: string,
    opts?: { language?: string | undefined; signal?: AbortSignal },
  ): Promise<ClassifierResult>;
}

export interface TraceStore {
  put(trace: Trace): Promise<void>;
}

export interface Clock {
  now(): Date;
  /** Monotonic milliseconds, for stage timings. */
  elapsedMs(): number;
}

export const systemClock: Clock = {
  now: () => new Date(),
  elapsedMs: () => performance.now(),
};

/** The queue between the webhook and the triage function (SQS in AWS, a local queue offline). */
export interface MessageQueue {
  send(message: QueuedMessage): Promise<void>;
}

/** Where approved replies go (EventBridge in AWS); the portal integration sends them. */
export interface ReplyPublisher {
  publish(reply: ApprovedReply): Promise<void>;
}
