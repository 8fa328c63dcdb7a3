/**
 * The triage configuration: one zod schema, parsed once at start. An invalid configuration
 * fails fast with a ConfigError whose message names each bad setting.
 */
import * as z from 'zod/mini';
import { ConfigError } from './errors.ts';
import { BUCKETS, type Bucket, describeIssues } from './schemas.ts';

const queueName = z
  .string()
  .check(
    z.regex(/^[a-z][a-z0-9-]{0,62}$/, 'a queue name is lower-case letters, digits and dashes, starting with a letter'),
  );

const BucketPolicy = z.strictObject({
  queue: queueName,
  /**
   * Confidence at or above which a reply is drafted for staff approval; `null` means this
   * bucket is never drafted (symptoms go to nurses, `other` to a person).
   */
  draftThreshold: z.nullable(z.number().check(z.minimum(0.5), z.maximum(1))),
});

const regexSource = z.string().check(
  z.refine(
    (s) => {
      try {
        new RegExp(s, 'iu');
        return true;
      } catch {
        return false;
      }
    },
    { message: 'not a valid regular expression' },
  ),
);

/** Default staff groups (the CDK user pool makes one Cognito group per key) and the queues each may act on. */
const DEFAULT_STAFF_GROUPS: Record<string, string[]> = {
  nurse: ['nurse', 'nurse-urgent'],
  pharmacy: ['pharmacy'],
  'front-desk': ['front-desk'],
  billing: ['billing'],
  supervisor: ['*'],
};

export const TriageConfig = z
  .strictObject({
    version: z.string().check(z.minLength(1)),
    buckets: z.strictObject(
      Object.fromEntries(BUCKETS.map((b) => [b, BucketPolicy])) as Record<Bucket, typeof BucketPolicy>,
    ),
    escalation: z.strictObject({
      queue: queueName,
      /** Minutes within which staff must acknowledge an escalation (alarms read it). */
      acknowledgeWithinMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(240)),
      /** Whether the classifier's own urgency reading may add escalations (it never removes one). */
      useClassifierUrgency: z.boolean(),
      /**
       * Site-specific red flags added to the built-in rules. The built-in rules cannot be
       * switched off from configuration: a red flag always escalates.
       */
      extraRules: z._default(
        z.array(
          z.strictObject({
            id: z.string().check(z.regex(/^[a-z0-9.-]+$/)),
            description: z.string().check(z.minLength(1)),
            patterns: z.array(regexSource).check(z.minLength(1)),
          }),
        ),
        [],
      ),
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
      minScore: z.number().check(z.minimum(0), z.maximum(1)),
      /**
       * A message that is not English, when Comprehend Medical (English only) would read it: the
       * local redactor reads it (`local`), or redaction fails and the message goes to review (`fail`).
       */
      nonEnglish: z._default(z.enum(['local', 'fail']), 'local'),
    }),
    classifier: z.strictObject({
      /** A classifier slower than this counts as failed and the message goes to review. */
      timeoutMs: z.number().check(z.int(), z.minimum(1), z.maximum(60_000)),
    }),
    /** Prices for the cost estimate (USD). Check the AWS pricing pages for your region. */
    pricing: z.strictObject({
      comprehendMedicalPerUnit: z.number().check(z.minimum(0)),
      bedrockInputPer1kTokens: z.number().check(z.minimum(0)),
      bedrockOutputPer1kTokens: z.number().check(z.minimum(0)),
      bedrockPromptTokens: z.number().check(z.int(), z.minimum(0)),
      bedrockOutputTokens: z.number().check(z.int(), z.minimum(0)),
      charsPerToken: z.number().check(z.positive()),
    }),
    retention: z.strictObject({
      messageDays: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
      traceDays: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
    }),
    /**
     * Staff access: each group (a Cognito group, or a local token's group) and the queues its
     * members may see and act on; `*` is every queue.
     */
    staff: z._default(
      z.strictObject({
        groups: z.record(
          z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,128}$/)),
          z.array(z.union([queueName, z.literal('*')])),
        ),
      }),
      { groups: DEFAULT_STAFF_GROUPS },
    ),
  })
  .check((ctx) => {
    // A group naming a queue no bucket routes to is a typo that would hide a queue from its staff.
    const c = ctx.value;
    const queues = new Set([c.escalation.queue, ...Object.values(c.buckets).map((b) => b.queue)]);
    for (const [group, list] of Object.entries(c.staff.groups)) {
      list.forEach((q, i) => {
        if (q !== '*' && !queues.has(q)) {
          ctx.issues.push({
            code: 'custom',
            input: q,
            path: ['staff', 'groups', group, i],
            message: `no bucket or escalation routes to queue "${q}"`,
          });
        }
      });
    }
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
  redaction: { minScore: 0, nonEnglish: 'local' },
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
  staff: { groups: DEFAULT_STAFF_GROUPS },
}) as TriageConfig;

export function parseConfig(raw: unknown): TriageConfig {
  const r = TriageConfig.safeParse(raw);
  if (!r.success) throw new ConfigError('invalid configuration', describeIssues(r.error));
  return r.data;
}
