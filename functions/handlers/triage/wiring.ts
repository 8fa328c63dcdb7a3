/**
 * Chooses the triage function's implementations from the configuration: the one place that
 * decides which port runs on AWS and which runs locally inside the function.
 */
import type { Tracer } from '@aws-lambda-powertools/tracer';
import { BedrockRuntimeClient } from '@aws-sdk/client-bedrock-runtime';
import { ComprehendMedicalClient } from '@aws-sdk/client-comprehendmedical';
import { BedrockClassifier } from '#adapters/aws/bedrock-classifier.ts';
import { ComprehendRedactor } from '#adapters/aws/comprehend-redactor.ts';
import type { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { CombinedRedactor } from '#adapters/combined-redactor.ts';
import { LocalClassifier } from '#adapters/local/classifier/index.ts';
import { LocalRedactor } from '#adapters/local/redactor/index.ts';
import type { TriageConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';
import type { TriageDeps } from '#core/pipeline.ts';
import { type Classifier, type Redactor, systemClock } from '#core/ports.ts';
import { createRedFlagEngine } from '#core/redflags/engine.ts';
import type { Env } from '../env.ts';

/** Each AWS client is wrapped by the tracer, when given, so X-Ray shows every DetectPHI and Converse call. */
type Trace = <T>(client: T) => T;

export function awsTriageDeps(
  env: Env<'triage'>,
  config: TriageConfig,
  store: DynamoStore,
  tracer?: Pick<Tracer, 'captureAWSv3Client'>,
): TriageDeps {
  const traced: Trace = (client) => (tracer ? tracer.captureAWSv3Client(client) : client);
  return {
    redactor: redactorFor(config, traced),
    redFlags: createRedFlagEngine(config.escalation.extraRules),
    classifier: classifierFor(env, config, traced),
    traceStore: store,
    clock: systemClock,
    config,
  };
}

function redactorFor(config: TriageConfig, traced: Trace): Redactor {
  const local = new LocalRedactor();
  if (config.backends.redaction === 'local') return local;
  return new CombinedRedactor({
    // SDK retries off: the adapter counts its own attempts, with backoff, on throttling.
    primary: new ComprehendRedactor({
      minScore: config.redaction.minScore,
      client: traced(new ComprehendMedicalClient({ maxAttempts: 1 })),
    }),
    secondary: local,
    mode: config.backends.redaction,
    nonEnglish: config.redaction.nonEnglish,
  });
}

function classifierFor(env: Env<'triage'>, config: TriageConfig, traced: Trace): Classifier {
  if (config.backends.classifier === 'local') return new LocalClassifier();
  const issues: string[] = [];
  if (!env.BEDROCK_MODEL_ID) issues.push('BEDROCK_MODEL_ID: required when backends.classifier is bedrock');
  if (!env.BEDROCK_GUARDRAIL_ID !== !env.BEDROCK_GUARDRAIL_VERSION) {
    issues.push('BEDROCK_GUARDRAIL_ID, BEDROCK_GUARDRAIL_VERSION: set both or neither');
  }
  if (issues.length) throw new ConfigError('invalid environment for the triage function', issues);
  return new BedrockClassifier({
    client: traced(new BedrockRuntimeClient({})),
    modelId: env.BEDROCK_MODEL_ID as string,
    ...(env.BEDROCK_PROMPT_VERSION ? { promptVersion: env.BEDROCK_PROMPT_VERSION } : {}),
    ...(env.BEDROCK_GUARDRAIL_ID && env.BEDROCK_GUARDRAIL_VERSION
      ? { guardrail: { id: env.BEDROCK_GUARDRAIL_ID, version: env.BEDROCK_GUARDRAIL_VERSION } }
      : {}),
    timeoutMs: config.classifier.timeoutMs,
  });
}
