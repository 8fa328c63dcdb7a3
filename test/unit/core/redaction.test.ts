import { describe, expect, it } from 'vitest';
import { applyPlaceholders, mergeSpans } from '#core/redaction.ts';

describe('applyPlaceholders', () => {
  it('numbers placeholders per type in order of appearance', () => {
    const text = 'Ana Ruiz and Bo Li, DOB 1/2/60';
    const out = applyPlaceholders(text, [
      { start: 0, end: 8, type: 'NAME' },
      { start: 13, end: 18, type: 'NAME' },
      { start: 24, end: 30, type: 'DATE' },
    ]);
    expect(out).toBe('[NAME_1] and [NAME_2], DOB [DATE_1]');
  });

  it('gives the same value the same placeholder, ignoring case', () => {
    const text = 'Tom called. TOM will call again';
    const out = applyPlaceholders(text, [
      { start: 0, end: 3, type: 'NAME' },
      { start: 12, end: 15, type: 'NAME' },
    ]);
    expect(out).toBe('[NAME_1] called. [NAME_1] will call again');
  });

  it('merges overlapping spans so no fragment of a value survives', () => {
    const text = '12 Oak Street, Springfield';
    const out = applyPlaceholders(text, [
      { start: 0, end: 13, type: 'ADDRESS' },
      { start: 3, end: 26, type: 'ADDRESS' },
      { start: 15, end: 26, type: 'NAME' },
    ]);
    expect(out).toBe('[ADDRESS_1]');
  });
});

describe('mergeSpans', () => {
  it('clips spans to the text and drops empty ones', () => {
    expect(mergeSpans([{ start: 5, end: 50, type: 'ID' }, { start: 2, end: 2 + 0, type: 'ID' } as never], 10)).toEqual([
      { start: 5, end: 10, type: 'ID' },
    ]);
  });
});
