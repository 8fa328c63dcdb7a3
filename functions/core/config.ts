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
    /** Whether the classifier's own urgency reading may add escalations (it never removes one). */
    useClassifierUrgency: z.boolean(),
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
  /**
   * Which implementation serves each port. The pipeline never reads these: the wiring of each
   * entry point does, and the evaluation's cost estimate does.
   */
  backends: z.strictObject({
    redaction: z.enum(['local', 'comprehend', 'both']),
    classifier: z.enum(['local', 'bedrock']),
  }),
  redaction: z.strictObject({
    /** PHI spans scored under this are dropped. Lower hides more; 0 keeps every span. */
    minScore: z.number().min(0).max(1),
  }),
  classifier: z.strictObject({
    /** A classifier slower than this counts as failed and the message goes to review. */
    timeoutMs: z.number().int().min(1).max(60_000),
  }),
  /** Prices for the cost estimate (USD). Check the AWS pricing pages for your region. */
  pricing: z.strictObject({
    comprehendMedicalPerUnit: z.number().min(0),
    bedrockInputPer1kTokens: z.number().min(0),
    bedrockOutputPer1kTokens: z.number().min(0),
    bedrockPromptTokens: z.number().int().min(0),
    bedrockOutputTokens: z.number().int().min(0),
    charsPerToken: z.number().positive(),
  }),
  retention: z.strictObject({
    messageDays: z.number().int().min(1).max(3650),
    traceDays: z.number().int().min(1).max(3650),
  }),
});
export type TriageConfig = z.infer<typeof TriageConfig>;
export type TriageConfigInput = z.input<typeof TriageConfig>;

export const defaultConfig: TriageConfig = Object.freeze({
  version: 'default-4',
  // Draft thresholds from `triage tune --target-precision 0.98` on the development split
  // (rounded up), for the shipped local classifier. Re-tune when the classifier changes.
  buckets: {
    refill: { queue: 'pharmacy', draftThreshold: 0.84 },
    symptom: { queue: 'nurse', draftThreshold: null },
    billing: { queue: 'billing', draftThreshold: 0.6 },
    scheduling: { queue: 'front-desk', draftThreshold: 0.86 },
    other: { queue: 'front-desk', draftThreshold: null },
  },
  escalation: { queue: 'nurse-urgent', acknowledgeWithinMinutes: 15, useClassifierUrgency: true, extraRules: [] },
  backends: { redaction: 'local', classifier: 'local' },
  redaction: { minScore: 0 },
  classifier: { timeoutMs: 2000 },
  pricing: {
    comprehendMedicalPerUnit: 0.0014,
    bedrockInputPer1kTokens: 0.001,
    bedrockOutputPer1kTokens: 0.005,
    bedrockPromptTokens: 450,
    bedrockOutputTokens: 40,
    charsPerToken: 4,
  },
  retention: { messageDays: 30, traceDays: 2555 },
}) as TriageConfig;

export function parseConfig(raw: unknown): TriageConfig {
  const r = TriageConfig.safeParse(raw);
  if (!r.success) throw new ConfigError('invalid configuration', describeIssues(r.error));
  return r.data;
}
