import { describe, expect, it } from 'vitest';
import { CombinedRedactor, isEnglish, type RedactionMode } from '#adapters/combined-redactor.ts';
import { RedactionError } from '#core/errors.ts';
import type { Redactor } from '#core/ports.ts';
import type { PhiSpan } from '#core/schemas.ts';

/** A redactor that records the texts it saw and answers with fixed spans or an error. */
function fake(name: string, behaviour: PhiSpan[] | Error): Redactor & { calls: string[] } {
  const calls: string[] = [];
  return {
    name,
    version: '1',
    calls,
    detect: async (text: string) => {
      calls.push(text);
      if (behaviour instanceof Error) throw behaviour;
      return behaviour;
    },
  };
}

const ENGLISH = 'Hi, this is Ignatius Vandermolen, please call me at 503-555-0148 about my refill.';
const SPANISH = 'Hola, necesito una cita con el doctor para mi hijo Mateo, gracias.';
const NAME: PhiSpan = { start: 12, end: 32, type: 'NAME', score: 0.99 };
const PHONE: PhiSpan = { start: 52, end: 64, type: 'PHONE_OR_FAX', score: 0.9 };

function combined(mode: RedactionMode, primary: Redactor, secondary: Redactor, nonEnglish?: 'local' | 'fail') {
  return new CombinedRedactor({ primary, secondary, mode, ...(nonEnglish ? { nonEnglish } : {}) });
}

describe('CombinedRedactor: modes', () => {
  it('uses only the primary in comprehend mode', async () => {
    const primary = fake('comprehend-medical', [NAME]);
    const secondary = fake('local-redactor', [PHONE]);
    expect(await combined('comprehend', primary, secondary).detect(ENGLISH)).toEqual([NAME]);
    expect(primary.calls).toEqual([ENGLISH]);
    expect(secondary.calls).toEqual([]);
  });

  it('uses only the secondary in local mode, whatever the language', async () => {
    const primary = fake('comprehend-medical', [NAME]);
    const secondary = fake('local-redactor', [PHONE]);
    expect(await combined('local', primary, secondary, 'fail').detect(SPANISH)).toEqual([PHONE]);
    expect(primary.calls).toEqual([]);
  });

  it('unions the spans of both in both mode', async () => {
    const primary = fake('comprehend-medical', [NAME]);
    const secondary = fake('local-redactor', [PHONE]);
    const spans = await combined('both', primary, secondary).detect(ENGLISH);
    expect(spans).toEqual([NAME, PHONE]);
    expect(primary.calls).toEqual([ENGLISH]);
    expect(secondary.calls).toEqual([ENGLISH]);
  });

  it('merges overlapping spans from the two sides so the wider one is hidden', async () => {
    const primary = fake('comprehend-medical', [{ start: 12, end: 20, type: 'NAME', score: 0.9 }]);
    const secondary = fake('local-redactor', [{ start: 12, end: 32, type: 'NAME', score: 0.8 }]);
    const spans = await combined('both', primary, secondary).detect(ENGLISH);
    expect(spans).toEqual([{ start: 12, end: 32, type: 'NAME', score: 0.8 }]);
  });

  it.each(['primary', 'secondary'] as const)('fails closed in both mode when the %s fails', async (side) => {
    const failure = new RedactionError('DetectPHI failed (TooManyRequestsException) after 5 attempt(s)');
    const primary = fake('comprehend-medical', side === 'primary' ? failure : [NAME]);
    const secondary = fake('local-redactor', side === 'secondary' ? failure : [PHONE]);
    await expect(combined('both', primary, secondary).detect(ENGLISH)).rejects.toBe(failure);
  });

  it('turns any other failure into a RedactionError with the cause and no text', async () => {
    const cause = new TypeError(`cannot read ${ENGLISH}`);
    const error = await combined('comprehend', fake('comprehend-medical', cause), fake('local-redactor', []))
      .detect(ENGLISH)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedactionError);
    expect((error as RedactionError).cause).toBe(cause);
    expect((error as RedactionError).message).not.toContain('Vandermolen');
  });

  it('names the mode and both versions, for the trace', () => {
    const r = combined('both', fake('comprehend-medical', []), fake('local-redactor', []));
    expect(r.name).toBe('combined-both');
    expect(r.version).toBe('comprehend-medical@1+local-redactor@1');
  });
});

describe('CombinedRedactor: language policy', () => {
  it.each(['comprehend', 'both'] as const)(
    'routes a message declared non-English to the local redactor in %s mode',
    async (mode) => {
      const primary = fake('comprehend-medical', [NAME]);
      const secondary = fake('local-redactor', [PHONE]);
      expect(await combined(mode, primary, secondary, 'local').detect(ENGLISH, { language: 'es-MX' })).toEqual([PHONE]);
      expect(primary.calls).toEqual([]);
    },
  );

  it('routes a message that reads as Spanish to the local redactor when no language is given', async () => {
    const primary = fake('comprehend-medical', [NAME]);
    const secondary = fake('local-redactor', [PHONE]);
    expect(await combined('comprehend', primary, secondary).detect(SPANISH)).toEqual([PHONE]);
    expect(primary.calls).toEqual([]);
    expect(secondary.calls).toEqual([SPANISH]);
  });

  it.each(['comprehend', 'both'] as const)(
    'fails closed on a non-English message when so configured (%s mode)',
    async (mode) => {
      const primary = fake('comprehend-medical', [NAME]);
      const secondary = fake('local-redactor', [PHONE]);
      const error = await combined(mode, primary, secondary, 'fail')
        .detect(SPANISH)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(RedactionError);
      expect((error as Error).message).not.toContain('Mateo');
      expect(primary.calls).toEqual([]);
      expect(secondary.calls).toEqual([]);
    },
  );

  it('sends a message declared English to the primary even if it reads otherwise', async () => {
    const primary = fake('comprehend-medical', [NAME]);
    const secondary = fake('local-redactor', [PHONE]);
    await combined('comprehend', primary, secondary, 'fail').detect(SPANISH, { language: 'en-US' });
    expect(primary.calls).toEqual([SPANISH]);
  });
});

describe('isEnglish', () => {
  it('reads an English message with a Spanish name as English', () => {
    expect(isEnglish('Please refill the lisinopril for my mother Maria de la Cruz, thank you')).toBe(true);
  });
  it('reads a short message with no function words as English', () => {
    expect(isEnglish('refill pls')).toBe(true);
    expect(isEnglish('503-555-0148')).toBe(true);
  });
  it('reads Spanish, French, Tagalog and Vietnamese as not English', () => {
    expect(isEnglish(SPANISH)).toBe(false);
    expect(isEnglish("Bonjour, je suis malade depuis trois jours, merci de m'appeler")).toBe(false);
    expect(isEnglish('Salamat po, kailangan ko ng refill ng gamot ng nanay ko')).toBe(false);
    expect(isEnglish('Tôi cần gặp bác sĩ, cảm ơn')).toBe(false);
  });
  it('reads a message mostly in a non-Latin script as not English', () => {
    expect(isEnglish('我需要预约看医生，谢谢')).toBe(false);
    expect(isEnglish('Мне нужен рецепт на метформин')).toBe(false);
  });
  it('trusts a declared language, and guesses for "und"', () => {
    expect(isEnglish(SPANISH, 'en')).toBe(true);
    expect(isEnglish(ENGLISH, 'fr')).toBe(false);
    expect(isEnglish(SPANISH, 'und')).toBe(false);
  });
});
