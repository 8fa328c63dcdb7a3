/**
 * Deployment settings (config/deploy.json): what differs between one provider's account and
 * another's, as opposed to the triage configuration (config/triage.json), which decides routes.
 * Parsed once at synth; a bad file fails the synth with a message naming each bad setting.
 */
import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { ConfigError } from '#core/errors.ts';
import { describeIssues } from '#core/schemas.ts';

/** The retention periods CloudWatch Logs accepts. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

const throttle = z.strictObject({
  /** Steady-state requests per second. */
  rateLimit: z.number().check(z.positive(), z.maximum(10_000)),
  burstLimit: z.int().check(z.minimum(1), z.maximum(5_000)),
});

const concurrency = z.int().check(z.minimum(1), z.maximum(1_000));

/**
 * A foundation-model id (`anthropic.claude-haiku-4-5-20251001-v1:0`) or a cross-Region inference
 * profile id, which prefixes a geography (`us.anthropic.…`, `eu.…`, `global.…`).
 */
export const INFERENCE_PROFILE_PREFIXES = ['us', 'us-gov', 'eu', 'apac', 'ca', 'jp', 'au', 'global'] as const;
const modelId = z
  .string()
  .check(
    z.regex(
      /^(?:(?:us|us-gov|eu|apac|ca|jp|au|global)\.)?[a-z0-9-]+\.[a-z0-9][a-z0-9.:-]*$/,
      'a Bedrock model id or cross-Region inference profile id, e.g. us.anthropic.claude-haiku-4-5-20251001-v1:0',
    ),
  );

export const DeployConfig = z.strictObject({
  bedrock: z.strictObject({
    modelId,
    /** The prompt file functions/adapters/aws/prompts/<promptVersion>.md. */
    promptVersion: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')),
    guardrail: z.optional(
      z.strictObject({
        id: z.string().check(z.regex(/^[a-z0-9]{1,64}$/, 'a guardrail id')),
        version: z.string().check(z.regex(/^(?:DRAFT|[1-9][0-9]{0,7})$/, 'DRAFT or a version number')),
      }),
    ),
  }),
  /** Subscribed to the alarm topic (the address must confirm the subscription). */
  alarmEmail: z.optional(z.email()),
  /**
   * The triage queue's event source never runs more functions than this: each message costs up
   * to one DetectPHI call, whose default quota is low. It is also the function's reserved concurrency.
   */
  triageMaxConcurrency: z._default(z.int().check(z.minimum(2), z.maximum(1_000)), 5),
  /** Deliveries of a message before the queue moves it to the dead-letter queue. */
  maxReceiveCount: z._default(z.int().check(z.minimum(1), z.maximum(1_000)), 5),
  /** Retention of every log group (function logs and API access logs). */
  logRetentionDays: z._default(
    z.literal(LOG_RETENTION_DAYS, `one of CloudWatch's retention periods: ${LOG_RETENTION_DAYS.join(', ')}`),
    365,
  ),
  /** The HTTP API's default-stage throttling (the staff routes). */
  apiThrottling: z._default(throttle, { rateLimit: 20, burstLimit: 40 }),
  /** POST /webhook's own throttling: portal deliveries come in bursts after an outage. */
  webhookThrottling: z._default(throttle, { rateLimit: 50, burstLimit: 100 }),
  /**
   * Reserved concurrency of the request-driven functions (the triage function reserves
   * triageMaxConcurrency). An account keeps at least 100 unreserved: a new account with a
   * concurrency quota of 10 must ask for a higher quota before deploying.
   */
  reservedConcurrency: z._default(
    z.strictObject({ webhook: concurrency, staffApi: concurrency, escalationWatch: concurrency }),
    {
      webhook: 20,
      staffApi: 10,
      escalationWatch: 1,
    },
  ),
  alarms: z._default(
    z.strictObject({
      /** Triage p99 latency (ms) that pages when sustained for 15 minutes. */
      triageLatencyP99Ms: z.int().check(z.minimum(100), z.maximum(900_000)),
      /** Percent of a function's invocations that fail before it pages. */
      errorRatePercent: z.number().check(z.positive(), z.maximum(100)),
    }),
    { triageLatencyP99Ms: 10_000, errorRatePercent: 5 },
  ),
  /** Keep the key, tables, queues, secret, user pool, backups and logs when the stacks are deleted. */
  retainOnDelete: z._default(z.boolean(), true),
});
export type DeployConfig = z.infer<typeof DeployConfig>;
export type DeployConfigInput = z.input<typeof DeployConfig>;

export function parseDeployConfig(raw: unknown): DeployConfig {
  const r = DeployConfig.safeParse(raw);
  if (!r.success) throw new ConfigError('invalid deployment configuration', describeIssues(r.error));
  return r.data;
}

export function loadDeployConfig(file: string): DeployConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read the deployment configuration ${file}`, [(e as Error).message]);
  }
  return parseDeployConfig(raw);
}
