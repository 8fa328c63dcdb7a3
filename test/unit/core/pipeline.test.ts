import { describe, expect, it, vi } from 'vitest';
import { RedactionError, TraceStoreError } from '#core/errors.ts';
import { triage } from '#core/pipeline.ts';
import { fakeClassifier, fakeDeps, fakeRedactor } from '../../fixtures/fakes.ts';

const input = { id: 'm-1', text: 'Hi this is Ana Ruiz, please refill my Xarelto' };
const name = { start: 11, end: 19, type: 'NAME' as const, score: 0.9 };

describe('triage', () => {
  it('gives the classifier redacted text only', async () => {
    const seen: string[] = [];
    const deps = fakeDeps({
      redactor: fakeRedactor([name]),
      classifier: fakeClassifier({ ok: true, bucket: 'refill', confidence: 0.95 }, seen),
    });
    const { decision } = await triage(input, deps);
    expect(seen).toEqual(['Hi this is [NAME_1], please refill my Xarelto']);
    expect(decision).toMatchObject({ route: 'draft', bucket: 'refill', redactedText: seen[0], phi: [name] });
    expect(decision.draft).toMatch(/refill/);
  });

  it('never calls the classifier when redaction fails (fail closed)', async () => {
    const seen: string[] = [];
    const deps = fakeDeps({
      redactor: fakeRedactor(new RedactionError('service down')),
      classifier: fakeClassifier({ ok: true, bucket: 'refill', confidence: 1 }, seen),
    });
    const { decision, trace } = await triage(input, deps);
    expect(seen).toEqual([]);
    expect(decision).toMatchObject({ route: 'review', redactedText: null, draft: null });
    expect(trace.redaction).toMatchObject({ ok: false, error: 'RedactionError' });
    expect(trace.classification.called).toBe(false);
  });

  it('treats spans outside the schema as a redaction failure', async () => {
    const deps = fakeDeps({ redactor: fakeRedactor([{ start: 5, end: 2, type: 'NAME' }]) });
    const { decision } = await triage(input, deps);
    expect(decision.route).toBe('review');
    expect(decision.redactedText).toBeNull();
  });

  it('still escalates a red flag when redaction fails', async () => {
    const deps = fakeDeps({ redactor: fakeRedactor(new Error('boom')) });
    const { decision } = await triage({ id: 'm-2', text: 'my husband has crushing chest pain right now' }, deps);
    expect(decision).toMatchObject({ route: 'escalate', emergency: true, bucket: 'symptom' });
    expect(decision.draft).toMatch(/911/);
  });

  it('escalates a red flag whatever the classifier says', async () => {
    const deps = fakeDeps({ classifier: fakeClassifier({ ok: true, bucket: 'billing', confidence: 0.99 }) });
    const { decision } = await triage({ id: 'm-3', text: 'I want to end my life, also what do I owe' }, deps);
    expect(decision).toMatchObject({ route: 'escalate', bucket: 'symptom', emergency: true });
    expect(decision.reasons).toContain('red flag suicidal-thoughts');
  });

  it('records the classifier’s urgency reading in the trace, and escalates on it', async () => {
    const deps = fakeDeps({
      classifier: fakeClassifier({
        ok: true,
        bucket: 'refill',
        confidence: 0.9,
        emergency: { probability: 0.8, threshold: 0.5 },
      }),
    });
    const { decision, trace } = await triage(input, deps);
    expect(decision.route).toBe('escalate');
    expect(trace.classification.emergency).toEqual({ probability: 0.8, threshold: 0.5 });
  });

  it('routes an invalid classifier output to review', async () => {
    const deps = fakeDeps({ classifier: fakeClassifier({ ok: true, bucket: 'prescriptions', confidence: 2 }) });
    const { decision, trace } = await triage(input, deps);
    expect(decision.route).toBe('review');
    expect(decision.reasons[0]).toMatch(/invalid-output/);
    expect(trace.classification).toMatchObject({ called: true, ok: false, failure: 'invalid-output' });
  });

  it('routes a classifier that throws to review', async () => {
    const deps = fakeDeps({ classifier: fakeClassifier(new Error('throttled')) });
    expect((await triage(input, deps)).decision.reasons[0]).toMatch(/classifier error/);
  });

  it('routes a classifier that does not answer in time to review', async () => {
    vi.useFakeTimers();
    try {
      const deps = fakeDeps({ classifier: fakeClassifier('hang') });
      const pending = triage(input, deps);
      await vi.advanceTimersByTimeAsync(deps.config.classifier.timeoutMs);
      const { decision } = await pending;
      expect(decision.route).toBe('review');
      expect(decision.reasons[0]).toMatch(/timeout/);
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes a trace with spans but no PHI values', async () => {
    const deps = fakeDeps({ redactor: fakeRedactor([name]) });
    const { trace } = await triage(input, deps);
    expect(deps.traceStore.traces.get('m-1')).toEqual(trace);
    expect(trace).toMatchObject({
      messageId: 'm-1',
      createdAt: '2026-11-20T14:03:00.000Z',
      route: 'draft',
      redaction: { ok: true, spans: [{ start: 11, end: 19, type: 'NAME', score: 0.9 }] },
      classification: { classifier: 'fake-classifier', called: true, ok: true, bucket: 'refill', confidence: 0.95 },
      thresholds: { refill: deps.config.buckets.refill.draftThreshold, symptom: null },
    });
    expect(trace.inputSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(trace)).not.toContain('Ana Ruiz');
  });

  it('throws when the trace cannot be written, so the message is retried, not lost', async () => {
    const deps = fakeDeps();
    deps.traceStore.put = async () => {
      throw new Error('disk full');
    };
    await expect(triage(input, deps)).rejects.toBeInstanceOf(TraceStoreError);
  });

  it('drafts in Spanish for a Spanish message', async () => {
    const deps = fakeDeps({ classifier: fakeClassifier({ ok: true, bucket: 'scheduling', confidence: 0.97 }) });
    const { decision } = await triage(
      { id: 'm-4', text: 'Hola, necesito cambiar mi cita para el lunes por favor' },
      deps,
    );
    expect(decision.draft).toMatch(/cita/);
  });
});
