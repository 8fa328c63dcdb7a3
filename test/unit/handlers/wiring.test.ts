/** Each function's environment and the triage function's choice of implementations. */
import { describe, expect, it } from 'vitest';
import { DynamoStore } from '#adapters/aws/dynamo-store.ts';
import { defaultConfig, parseConfig } from '#core/config.ts';
import { configFromEnv, readEnv } from '#handlers/env.ts';
import { awsTriageDeps } from '#handlers/triage/wiring.ts';

const store = new DynamoStore({ tableName: 't' });
const base = { TABLE_NAME: 't', TRIAGE_CONFIG: '{}' };

describe('readEnv', () => {
  it('names every missing or bad variable', () => {
    expect(() => readEnv('webhook', { QUEUE_URL: 'not a url' })).toThrow(
      /QUEUE_URL: .*IDEMPOTENCY_TABLE_NAME: .*WEBHOOK_SECRET_ARN: /,
    );
  });

  it('reads a complete environment', () => {
    expect(readEnv('staffApi', { ...base, EVENT_BUS_NAME: 'bus' })).toEqual({ ...base, EVENT_BUS_NAME: 'bus' });
  });
});

describe('configFromEnv', () => {
  it('rejects JSON that does not parse, and a configuration that does not validate, naming the setting', () => {
    expect(() => configFromEnv('{')).toThrow(/TRIAGE_CONFIG: not valid JSON/);
    const bad = { ...defaultConfig, staff: { groups: { nurse: ['nurses'] } } };
    expect(() => configFromEnv(JSON.stringify(bad))).toThrow(/staff\.groups\.nurse\.0: no bucket or escalation routes/);
  });
});

describe('awsTriageDeps', () => {
  const config = (backends: { redaction: string; classifier: string }) => parseConfig({ ...defaultConfig, backends });

  it('uses the local redactor and classifier when configured so', () => {
    const deps = awsTriageDeps(base, config({ redaction: 'local', classifier: 'local' }), store);
    expect(deps.redactor.name).toBe('local-redactor');
    expect(deps.classifier.name).toBe('local-linear');
    expect(deps.traceStore).toBe(store);
  });

  it('combines Comprehend Medical with the local redactor, and uses Bedrock with the configured model and prompt', () => {
    const deps = awsTriageDeps(
      { ...base, BEDROCK_MODEL_ID: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', BEDROCK_PROMPT_VERSION: 'triage-v1' },
      config({ redaction: 'both', classifier: 'bedrock' }),
      store,
    );
    expect(deps.redactor.name).toBe('combined-both');
    expect(deps.classifier.version).toBe('us.anthropic.claude-haiku-4-5-20251001-v1:0#triage-v1');
  });

  it('fails at start without a model id, or with half a guardrail', () => {
    const c = config({ redaction: 'local', classifier: 'bedrock' });
    expect(() => awsTriageDeps(base, c, store)).toThrow(/BEDROCK_MODEL_ID: required/);
    expect(() => awsTriageDeps({ ...base, BEDROCK_MODEL_ID: 'm', BEDROCK_GUARDRAIL_ID: 'g' }, c, store)).toThrow(
      /set both or neither/,
    );
  });
});
