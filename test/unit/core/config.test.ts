import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';

// biome-ignore lint/suspicious/noExplicitAny: tests break the configuration on purpose, field by field.
const clone = () => structuredClone(defaultConfig) as unknown as Record<string, any>;

describe('parseConfig', () => {
  it('accepts the embedded default configuration', () => {
    expect(parseConfig(clone())).toEqual(defaultConfig);
  });

  it('names a threshold that is out of range', () => {
    const c = clone();
    c.buckets.refill.draftThreshold = 1.5;
    expect(() => parseConfig(c)).toThrow(ConfigError);
    expect(() => parseConfig(c)).toThrow(/buckets\.refill\.draftThreshold/);
  });

  it('names a missing bucket', () => {
    const c = clone();
    delete c.buckets.billing;
    expect(() => parseConfig(c)).toThrow(/buckets\.billing/);
  });

  it('rejects an unknown setting rather than ignoring a typo', () => {
    const c = clone();
    c.buckets.refill.draftTreshold = 0.9;
    expect(() => parseConfig(c)).toThrow(/buckets\.refill/);
  });

  it('rejects an invalid queue name', () => {
    const c = clone();
    c.escalation.queue = 'Nurse Urgent!';
    expect(() => parseConfig(c)).toThrow(/escalation\.queue/);
  });

  it('rejects an extra red-flag rule whose pattern is not a regular expression', () => {
    const c = clone();
    c.escalation.extraRules = [{ id: 'site.x', description: 'x', patterns: ['(unclosed'] }];
    expect(() => parseConfig(c)).toThrow(/escalation\.extraRules\.0\.patterns\.0: not a valid regular expression/);
  });

  it('lists every bad setting at once', () => {
    const c = clone();
    c.classifier.timeoutMs = 0;
    c.retention.messageDays = -1;
    try {
      parseConfig(c);
      expect.unreachable();
    } catch (e) {
      expect((e as ConfigError).issues.map((i) => i.split(':')[0])).toEqual([
        'classifier.timeoutMs',
        'retention.messageDays',
      ]);
    }
  });
});
