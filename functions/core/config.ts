/**
 * The triage configuration: one zod schema, parsed once at start. An invalid configuration
 * fails fast with a ConfigError whose message names each bad setting.
 */
import { z } from 'zod';
import { ConfigError } from './errors.ts';
import { BUCKETS, type Bucket, describeIssues } from './schemas.ts';

const queueName = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,62}$/, 'a queue name is lower-case letters, digits and dashes, starting with a letter');

const BucketPolicy = z.strictObject({
  queue: queueName,
  /**
   * Confidence at or above which a reply is drafted for staff approval; `null` means this
   * bucket is never drafted (symptoms go to nurses, `other` to a person).
   */
  draftThreshold: z.number().min(0.5).max(1).nullable(),
});

const regexSource = z.string().refine(
  (s) => {
    try {
      new RegExp(s, 'iu');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'not a valid regular expression' },
);

export const TriageConfig = z.strictObject({
  version: z.string().min(1),
  buckets: z.strictObject(
    Object.fromEntries(BUCKETS.map((b) => [b, BucketPolicy])) as Record<Bucket, typeof BucketPolicy>,
  ),
  escalation: z.strictObject({
    queue: queueName,
    /** Minutes within which staff must acknowledge an escalation (alarms read it). */
    acknowledgeWithinMinutes: z.number().int().min(1).max(240),
    /**
     * Site-specific red flags added to the built-in rules. The built-in rules cannot be
     * switched off from configuration: a red flag always escalates.
     */
    extraRules: z
      .array(
        z.strictObject({
          id: z.string().regex(/^[a-z0-9.-]+$/),
          description: z.string().min(1),
          patterns: z.array(regexSource).min(1),
        }),
      )
      .default([]),
  }),
  classifier: z.strictObject({
    /** A classifier slower than this counts as failed and the message goes to review. */
    timeoutMs: z.number().int().min(1).max(60_000),
  }),
  retention: z.strictObject({
    messageDays: z.number().int().min(1).max(3650),
    traceDays: z.number().int().min(1).max(3650),
  }),
});
export type TriageConfig = z.infer<typeof TriageConfig>;
export type TriageConfigInput = z.input<typeof TriageConfig>;

export const defaultConfig: TriageConfig = Object.freeze({
  version: 'default-1',
  buckets: {
    refill: { queue: 'pharmacy', draftThreshold: 0.85 },
    symptom: { queue: 'nurse', draftThreshold: null },
    billing: { queue: 'billing', draftThreshold: 0.85 },
    scheduling: { queue: 'front-desk', draftThreshold: 0.85 },
    other: { queue: 'front-desk', draftThreshold: null },
  },
  escalation: { queue: 'nurse-urgent', acknowledgeWithinMinutes: 15, extraRules: [] },
  classifier: { timeoutMs: 2000 },
  retention: { messageDays: 30, traceDays: 2555 },
}) as TriageConfig;

export function parseConfig(raw: unknown): TriageConfig {
  const r = TriageConfig.safeParse(raw);
  if (!r.success) throw new ConfigError('invalid configuration', describeIssues(r.error));
  return r.data;
}
