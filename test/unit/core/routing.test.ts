import { describe, expect, it } from 'vitest';
import { defaultConfig, parseConfig } from '#core/config.ts';
import { routePolicy } from '#core/routing.ts';

const ok = (bucket: 'refill' | 'symptom' | 'billing' | 'scheduling' | 'other', confidence: number) => ({
  ok: true as const,
  bucket,
  confidence,
});

describe('routePolicy', () => {
  it('escalates a red flag whatever the model says', () => {
    const d = routePolicy(
      {
        redFlags: [{ rule: 'chest-pain', start: 0, end: 10 }],
        classification: ok('billing', 0.99),
        redactionFailed: false,
      },
      defaultConfig,
    );
    expect(d).toMatchObject({ route: 'escalate', bucket: 'symptom', emergency: true, queue: 'nurse-urgent' });
    expect(d.reasons).toEqual(['red flag chest-pain']);
  });

  it('escalates a red flag even when redaction failed', () => {
    const d = routePolicy(
      { redFlags: [{ rule: 'stroke', start: 0, end: 5 }], classification: undefined, redactionFailed: true },
      defaultConfig,
    );
    expect(d.route).toBe('escalate');
  });

  it('escalates when the classifier reads urgency at or above its threshold', () => {
    const d = routePolicy(
      {
        redFlags: [],
        classification: { ...ok('refill', 0.9), emergency: { probability: 0.7, threshold: 0.4 } },
        redactionFailed: false,
      },
      defaultConfig,
    );
    expect(d).toMatchObject({ route: 'escalate', emergency: true, bucket: 'symptom' });
    expect(d.reasons).toEqual(['classifier urgency 0.70 >= threshold 0.40']);
  });

  it('does not let a low urgency reading change anything', () => {
    const d = routePolicy(
      {
        redFlags: [],
        classification: { ...ok('refill', 0.9), emergency: { probability: 0.1, threshold: 0.4 } },
        redactionFailed: false,
      },
      defaultConfig,
    );
    expect(d.route).toBe('draft');
  });

  const config = parseConfig({
    ...structuredClone(defaultConfig),
    buckets: {
      ...defaultConfig.buckets,
      refill: { queue: 'pharmacy', draftThreshold: 0.85 },
      billing: { queue: 'billing', draftThreshold: 0.85 },
    },
  });

  it('drafts at or above the bucket threshold and names it', () => {
    const d = routePolicy({ redFlags: [], classification: ok('refill', 0.85), redactionFailed: false }, config);
    expect(d).toMatchObject({ route: 'draft', queue: 'pharmacy' });
    expect(d.reasons).toEqual(['bucket refill confidence 0.85 >= threshold 0.85']);
  });

  it('sends a confident result under its threshold to review', () => {
    const d = routePolicy({ redFlags: [], classification: ok('billing', 0.84), redactionFailed: false }, config);
    expect(d).toMatchObject({ route: 'review', bucket: 'billing', queue: 'billing' });
    expect(d.reasons[0]).toMatch(/confidence 0.84 < threshold 0.85/);
  });

  it('sends a non-urgent symptom to the nurse queue for review, however confident', () => {
    const d = routePolicy({ redFlags: [], classification: ok('symptom', 0.99), redactionFailed: false }, defaultConfig);
    expect(d).toMatchObject({ route: 'review', queue: 'nurse', emergency: false });
  });

  it('sends other to review', () => {
    expect(
      routePolicy({ redFlags: [], classification: ok('other', 0.99), redactionFailed: false }, defaultConfig).route,
    ).toBe('review');
  });

  it.each(['timeout', 'error', 'throttled', 'invalid-output'] as const)(
    'sends a classifier %s to review with its reason',
    (reason) => {
      const d = routePolicy(
        { redFlags: [], classification: { ok: false, reason }, redactionFailed: false },
        defaultConfig,
      );
      expect(d.route).toBe('review');
      expect(d.reasons[0]).toContain(reason);
    },
  );

  it('sends a failed redaction to review and says the classifier was not called', () => {
    const d = routePolicy({ redFlags: [], classification: undefined, redactionFailed: true }, defaultConfig);
    expect(d.route).toBe('review');
    expect(d.reasons[0]).toMatch(/fail closed/);
  });
});
