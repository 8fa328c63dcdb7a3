/**
 * The whole app as `cdk synth` builds it: real bundles, the committed configuration files, and
 * cdk-nag's AWS Solutions, HIPAA Security and Serverless packs with nothing left unacknowledged.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultConfig } from '#core/config.ts';
import type { FunctionName } from '../../../functions/handlers/env.ts';
import { buildApp } from '../../../lib/app.ts';
import { TRIAGE_ASSET_DIRS } from '../../../lib/bundling.ts';
import { parseDeployConfig } from '../../../lib/deploy-config.ts';
import { triageConfigFrom } from '../../../lib/triage-config.ts';
import { logicalId, type Synthesized, synthesize } from './synth.ts';

const FUNCTION_PREFIX: Record<FunctionName, string> = {
  webhook: 'WebhookFunction',
  triage: 'TriageFunction',
  staffApi: 'StaffApiFunction',
  escalationWatch: 'EscalationWatchFunction',
};

const violations = (s: Synthesized) => s.validationReport.pluginReports.flatMap((r) => r.violations ?? []);

describe('the app as committed (config/deploy.json, config/triage.json), bundled for real', () => {
  let s: Synthesized;
  beforeAll(() => {
    s = synthesize({ bundle: true, configFiles: true });
  });

  it('leaves no cdk-nag finding unacknowledged, error or warning', () => {
    expect(violations(s)).toEqual([]);
  });

  it('leaves no CDK warning either', () => {
    for (const stack of [s.stateful, s.stateless]) {
      expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue()), stack.stackName).toEqual([]);
    }
  });

  it('ships each function as one ESM bundle with its source map', () => {
    for (const name of Object.keys(FUNCTION_PREFIX) as FunctionName[]) {
      const dir = assetDir(s, name);
      expect(readdirSync(dir), name).toEqual(expect.arrayContaining(['index.mjs', 'index.mjs.map']));
    }
  });

  it('copies the lexicons, the models and the prompts into the triage bundle, under their repository paths', () => {
    const dir = assetDir(s, 'triage');
    for (const d of TRIAGE_ASSET_DIRS) expect(existsSync(join(dir, d)), d).toBe(true);
    expect(readdirSync(join(dir, 'data/model')).sort()).toEqual(['classifier.json', 'phi-tagger.json']);
    expect(existsSync(join(dir, 'functions/adapters/aws/prompts/triage-v1.md'))).toBe(true);
    expect(existsSync(join(assetDir(s, 'webhook'), 'data'))).toBe(false);
  });
});

describe('the app with every backend, a guardrail and an alarm address (the most resources and permissions)', () => {
  it('leaves no cdk-nag finding unacknowledged, error or warning', () => {
    const s = synthesize({
      deploy: {
        alarmEmail: 'oncall@example.org',
        bedrock: {
          modelId: 'global.anthropic.claude-haiku-4-5-20251001-v1:0',
          promptVersion: 'triage-v1',
          guardrail: { id: 'abc123', version: '1' },
        },
      },
    });
    expect(violations(s)).toEqual([]);
  });
});

describe('cdk-nag', () => {
  it('is wired in: an unencrypted queue without TLS or a dead-letter queue fails the synth', () => {
    const { app, stateful } = buildApp({
      deploy: parseDeployConfig({
        bedrock: { modelId: 'anthropic.claude-haiku-4-5-20251001-v1:0', promptVersion: 'triage-v1' },
      }),
      triage: triageConfigFrom(defaultConfig),
      appProps: { context: { 'aws:cdk:bundling-stacks': [] } },
    });
    new sqs.Queue(stateful, 'NonCompliant', { encryption: sqs.QueueEncryption.UNENCRYPTED });
    expect(() => app.synth()).toThrow(
      /AwsSolutions-SQS4[\s\S]*Serverless-SQSRedrivePolicy|Serverless-SQSRedrivePolicy[\s\S]*AwsSolutions-SQS4/,
    );
  });
});

/** The staged asset directory of one function's code. */
function assetDir(s: Synthesized, name: FunctionName): string {
  const id = logicalId(s.statelessTemplate, 'AWS::Lambda::Function', FUNCTION_PREFIX[name]);
  const code = s.statelessTemplate.findResources('AWS::Lambda::Function')[id]?.Properties?.Code as { S3Key: string };
  return join(s.assembly.directory, `asset.${code.S3Key.replace(/\.zip$/, '')}`);
}
