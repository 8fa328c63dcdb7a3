/**
 * Each function's environment: one schema per function, read once at cold start. A missing or
 * bad variable fails the start with a ConfigError naming it (never a silent default for a
 * resource name). lib/ sets exactly these names, and a test checks it.
 */
import * as z from 'zod/mini';
import { parseConfig, type TriageConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';
import { describeIssues } from '#core/schemas.ts';

const name = z.string().check(z.trim(), z.minLength(1));
const url = z.url();

export const ENV = {
  webhook: z.object({
    QUEUE_URL: url,
    IDEMPOTENCY_TABLE_NAME: name,
    WEBHOOK_SECRET_ARN: name,
  }),
  triage: z.object({
    TABLE_NAME: name,
    /** The triage configuration as JSON (functions/core/config.ts), validated at synth and at start. */
    TRIAGE_CONFIG: name,
    /** Where the local redactor's lexicons and models and the prompts were copied (the bundle). */
    TRIAGE_ASSETS_DIR: z.optional(name),
    /** Required when the configuration's `backends.classifier` is `bedrock`. */
    BEDROCK_MODEL_ID: z.optional(name),
    BEDROCK_PROMPT_VERSION: z.optional(name),
    /** Both or neither. */
    BEDROCK_GUARDRAIL_ID: z.optional(name),
    BEDROCK_GUARDRAIL_VERSION: z.optional(name),
  }),
  staffApi: z.object({
    TABLE_NAME: name,
    EVENT_BUS_NAME: name,
    TRIAGE_CONFIG: name,
  }),
  escalationWatch: z.object({
    TABLE_NAME: name,
    TRIAGE_CONFIG: name,
  }),
} as const;

export type FunctionName = keyof typeof ENV;
export type Env<F extends FunctionName> = z.infer<(typeof ENV)[F]>;

export function readEnv<F extends FunctionName>(fn: F, env: NodeJS.ProcessEnv = process.env): Env<F> {
  const r = ENV[fn].safeParse(env);
  if (!r.success) throw new ConfigError(`invalid environment for the ${fn} function`, describeIssues(r.error));
  return r.data as Env<F>;
}

/** TRIAGE_CONFIG holds the configuration as JSON: parse it, then validate it (naming bad settings). */
export function configFromEnv(json: string): TriageConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new ConfigError('invalid configuration', ['TRIAGE_CONFIG: not valid JSON']);
  }
  return parseConfig(raw);
}
