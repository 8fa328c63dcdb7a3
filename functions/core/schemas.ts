/** The data shapes of DESIGN.md, as zod schemas; every type is derived from its schema. */
import * as z from 'zod/mini';
import { ValidationError } from './errors.ts';
import './zod-locale.ts';

export const BUCKETS = ['refill', 'symptom', 'billing', 'scheduling', 'other'] as const;
export const Bucket = z.enum(BUCKETS);
export type Bucket = z.infer<typeof Bucket>;

export const ROUTES = ['draft', 'review', 'escalate'] as const;
export const Route = z.enum(ROUTES);
export type Route = z.infer<typeof Route>;

/** Amazon Comprehend Medical DetectPHI's entity types; both redactors emit exactly these. */
export const PHI_TYPES = [
  'NAME',
  'AGE',
  'DATE',
  'PHONE_OR_FAX',
  'EMAIL',
  'ID',
  'URL',
  'ADDRESS',
  'PROFESSION',
] as const;
export const PhiType = z.enum(PHI_TYPES);
export type PhiType = z.infer<typeof PhiType>;

export const PhiSpan = z
  .object({
    start: z.number().check(z.int(), z.nonnegative()),
    end: z.number().check(z.int(), z.positive()),
    type: PhiType,
    score: z.optional(z.number().check(z.minimum(0), z.maximum(1))),
  })
  .check(z.refine((s) => s.end > s.start, { message: 'end must be after start' }));
export type PhiSpan = z.infer<typeof PhiSpan>;

const nonEmpty = z.string().check(z.trim(), z.minLength(1));

/** Plain JSON portal message. */
export const PortalMessage = z.object({
  messageId: nonEmpty.check(z.maxLength(200)),
  patientId: nonEmpty.check(z.maxLength(200)),
  sentAt: z.iso.datetime({ offset: true }),
  subject: z.optional(z.string().check(z.maxLength(500))),
  body: nonEmpty.check(z.maxLength(20_000)),
  language: z.optional(z.string().check(z.minLength(2), z.maxLength(10))),
});
export type PortalMessage = z.infer<typeof PortalMessage>;

/** The subset of a FHIR R4 Communication that carries a portal message. */
export const FhirCommunication = z.object({
  resourceType: z.literal('Communication'),
  id: nonEmpty.check(z.maxLength(200)),
  status: z.optional(z.string()),
  subject: z.object({ reference: nonEmpty.check(z.maxLength(200)) }),
  sent: z.iso.datetime({ offset: true }),
  topic: z.optional(z.object({ text: z.optional(z.string().check(z.maxLength(500))) })),
  language: z.optional(z.string()),
  payload: z
    .array(z.looseObject({ contentString: z.optional(z.string().check(z.maxLength(20_000))) }))
    .check(z.minLength(1)),
});
export type FhirCommunication = z.infer<typeof FhirCommunication>;

/** The bare form used by datasets and the batch CLI. */
export const TextMessage = z.object({
  id: nonEmpty.check(z.maxLength(200)),
  text: nonEmpty.check(z.maxLength(20_000)),
  language: z.optional(z.string().check(z.minLength(2), z.maxLength(10))),
});

/** What the pipeline triages, whatever form it arrived in. */
export interface TriageInput {
  id: string;
  text: string;
  language?: string | undefined;
  patientId?: string | undefined;
  sentAt?: string | undefined;
  subject?: string | undefined;
}

/** Zod issues as "path: problem" strings: field names and expectations, never the values. */
export function describeIssues(error: z.core.$ZodError): string[] {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(root)'}: ${i.message}`);
}

/**
 * Accepts any of the three message forms and normalises it.
 * The form is chosen by shape (`resourceType`, `messageId`, else `id`+`text`) so that the
 * error lists the fields of the form the sender evidently meant.
 */
export function parseMessage(raw: unknown): TriageInput {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new ValidationError('invalid message', ['(root): expected a JSON object']);
  }
  const obj = raw as Record<string, unknown>;
  if ('resourceType' in obj) {
    const r = FhirCommunication.safeParse(raw);
    if (!r.success) throw new ValidationError('invalid FHIR Communication', describeIssues(r.error));
    const body = r.data.payload
      .map((p) => p.contentString)
      .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
      .join('\n');
    if (!body) throw new ValidationError('invalid FHIR Communication', ['payload: no contentString with text']);
    return {
      id: r.data.id,
      text: body,
      patientId: r.data.subject.reference,
      sentAt: r.data.sent,
      subject: r.data.topic?.text,
      language: r.data.language,
    };
  }
  if ('messageId' in obj) {
    const r = PortalMessage.safeParse(raw);
    if (!r.success) throw new ValidationError('invalid portal message', describeIssues(r.error));
    const { messageId, body, ...rest } = r.data;
    return { id: messageId, text: body, ...rest };
  }
  const r = TextMessage.safeParse(raw);
  if (!r.success) throw new ValidationError('invalid message', describeIssues(r.error));
  return r.data;
}

export const Timings = z.record(z.string(), z.number());

export const Decision = z.object({
  id: z.string(),
  bucket: Bucket,
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  emergency: z.boolean(),
  route: Route,
  queue: z.string(),
  reasons: z.array(z.string()).check(z.minLength(1)),
  redactedText: z.nullable(z.string()),
  phi: z.array(PhiSpan),
  draft: z.nullable(z.string()),
  timings: Timings,
});
export type Decision = z.infer<typeof Decision>;
