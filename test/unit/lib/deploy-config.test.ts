import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '#core/errors.ts';
import { DEPLOY_CONFIG_FILE } from '../../../lib/app.ts';
import { loadDeployConfig, parseDeployConfig } from '../../../lib/deploy-config.ts';

const minimal = { bedrock: { modelId: 'us.anthropic.claude-haiku-4-5-20251001-v1:0', promptVersion: 'triage-v1' } };

describe('parseDeployConfig', () => {
  it('accepts the committed config/deploy.json', () => {
    expect(loadDeployConfig(DEPLOY_CONFIG_FILE).bedrock.promptVersion).toBe('triage-v1');
  });

  it('fills in the defaults: DetectPHI-friendly concurrency, five deliveries, a year of logs, retained data', () => {
    expect(parseDeployConfig(minimal)).toMatchObject({
      triageMaxConcurrency: 5,
      maxReceiveCount: 5,
      logRetentionDays: 365,
      retainOnDelete: true,
      webhookThrottling: { rateLimit: 50, burstLimit: 100 },
    });
  });

  it('names a setting it does not know rather than ignoring a typo', () => {
    expect(() => parseDeployConfig({ ...minimal, maxRecieveCount: 3 })).toThrow(ConfigError);
    expect(() => parseDeployConfig({ ...minimal, maxRecieveCount: 3 })).toThrow(/maxRecieveCount/);
  });

  it('names a model id that is neither a foundation model nor an inference profile', () => {
    expect(() => parseDeployConfig({ bedrock: { ...minimal.bedrock, modelId: 'claude haiku' } })).toThrow(
      /bedrock\.modelId/,
    );
  });

  it('accepts a guardrail only with an id and a version', () => {
    const guardrail = { id: 'abc123', version: 'DRAFT' };
    expect(parseDeployConfig({ bedrock: { ...minimal.bedrock, guardrail } }).bedrock.guardrail).toEqual(guardrail);
    expect(() => parseDeployConfig({ bedrock: { ...minimal.bedrock, guardrail: { id: 'abc123' } } })).toThrow(
      /bedrock\.guardrail\.version/,
    );
  });

  it('refuses a retention CloudWatch Logs does not offer', () => {
    expect(() => parseDeployConfig({ ...minimal, logRetentionDays: 100 })).toThrow(/logRetentionDays/);
  });

  it('refuses a triage concurrency below what an SQS event source accepts', () => {
    expect(() => parseDeployConfig({ ...minimal, triageMaxConcurrency: 1 })).toThrow(/triageMaxConcurrency/);
  });

  it('names the file it cannot read', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'deploy-')), 'deploy.json');
    writeFileSync(file, '{ not json');
    expect(() => loadDeployConfig(file)).toThrow(file);
  });
});
