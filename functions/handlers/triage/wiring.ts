/**
 * Chooses the triage function's implementations from the configuration: the one place that
 * decides which port runs on AWS and which runs locally inside the function.
 */
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

export function awsTriageDeps(env: Env<'triage'>, config: TriageConfig, store: DynamoStore): TriageDeps {
  return {
    redactor: redactorFor(config),
    redFlags: createRedFlagEngine(config.escalation.extraRules),
    classifier: classifierFor(env, config),
    traceStore: store,
    clock: systemClock,
    config,
  };
}

function redactorFor(config: TriageConfig): Redactor {
  const local = new LocalRedactor();
  if (config.backends.redaction === 'local') return local;
  return new CombinedRedactor({
    primary: new ComprehendRedactor({ minScore: config.redaction.minScore }),
    secondary: local,
    mode: config.backends.redaction,
    nonEnglish: config.redaction.nonEnglish,
  });
}

function classifierFor(env: Env<'triage'>, config: TriageConfig): Classifier {
  if (config.backends.classifier === 'local') return new LocalClassifier();
  const issues: string[] = [];
  if (!env.BEDROCK_MODEL_ID) issues.push('BEDROCK_MODEL_ID: required when backends.classifier is bedrock');
  if (!env.BEDROCK_GUARDRAIL_ID !== !env.BEDROCK_GUARDRAIL_VERSION) {
    issues.push('BEDROCK_GUARDRAIL_ID, BEDROCK_GUARDRAIL_VERSION: set both or neither');
  }
  if (issues.length) throw new ConfigError('invalid environment for the triage function', issues);
  return new BedrockClassifier({
    modelId: env.BEDROCK_MODEL_ID as string,
    ...(env.BEDROCK_PROMPT_VERSION ? { promptVersion: env.BEDROCK_PROMPT_VERSION } : {}),
    ...(env.BEDROCK_GUARDRAIL_ID && env.BEDROCK_GUARDRAIL_VERSION
      ? { guardrail: { id: env.BEDROCK_GUARDRAIL_ID, version: env.BEDROCK_GUARDRAIL_VERSION } }
      : {}),
    timeoutMs: config.classifier.timeoutMs,
  });
}
