/**
 * The trace: everything that decided a message's route, for compliance. It holds offsets and
 * types of PHI, never values; the redacted text lives in the decision, the original only in the
 * message item.
 */
import type { Bucket, PhiType, Route } from './schemas.ts';

export interface Trace {
  messageId: string;
  createdAt: string;
  /** sha256 of the original text: proves which text was triaged without storing it here. */
  inputSha256: string;
  configVersion: string;
  redaction: {
    redactor: string;
    version: string;
    ok: boolean;
    error?: string;
    spans: { start: number; end: number; type: PhiType; score?: number | undefined }[];
  };
  redFlags: { engine: string; hits: { rule: string; start: number; end: number }[] };
  classification: {
    classifier: string;
    version: string;
    called: boolean;
    ok: boolean;
    failure?: string;
    bucket?: Bucket;
    confidence?: number;
    probabilities?: Partial<Record<Bucket, number>> | undefined;
    emergency?: { probability: number; threshold: number } | undefined;
  };
  thresholds: Partial<Record<Bucket, number | null>>;
  route: Route;
  bucket: Bucket;
  queue: string;
  emergency: boolean;
  reasons: string[];
  draftTemplate: string | null;
  /** The drafted text staff approve or edit: template text only, never a value from the message. */
  draft: string | null;
  draftsVersion: string;
  timings: Record<string, number>;
}
