import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';
import { loadTriageConfig, TRIAGE_CONFIG_MAX_BYTES, triageConfigFrom } from '../../../lib/triage-config.ts';

function file(content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'triage-')), 'triage.json');
  writeFileSync(path, content);
  return path;
}

describe('loadTriageConfig', () => {
  it('fails the synth on an invalid configuration, naming the bad setting', () => {
    const bad = structuredClone(defaultConfig) as unknown as { buckets: { refill: { draftThreshold: number } } };
    bad.buckets.refill.draftThreshold = 1.5;
    const path = file(JSON.stringify(bad));
    expect(() => loadTriageConfig(path)).toThrow(ConfigError);
    expect(() => loadTriageConfig(path)).toThrow(/buckets\.refill\.draftThreshold/);
  });

  it('fails on a file that is not JSON, naming the file', () => {
    const path = file('{');
    expect(() => loadTriageConfig(path)).toThrow(path);
  });

  it('passes the parsed configuration on as compact JSON', () => {
    const loaded = loadTriageConfig(file(JSON.stringify(defaultConfig, null, 2)));
    expect(JSON.parse(loaded.json)).toEqual(defaultConfig);
    expect(loaded.json).not.toContain('\n');
  });

  it('refuses a configuration too large for a Lambda environment variable', () => {
    const rule = (i: number) => ({
      id: `site.rule-${i}`,
      description: 'a long site rule',
      patterns: ['x'.repeat(200)],
    });
    const big = {
      ...defaultConfig,
      escalation: { ...defaultConfig.escalation, extraRules: Array.from({ length: 20 }, (_, i) => rule(i)) },
    };
    expect(() => triageConfigFrom(big)).toThrow(new RegExp(`at most ${TRIAGE_CONFIG_MAX_BYTES}`));
  });
});
