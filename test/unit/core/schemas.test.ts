import { describe, expect, it } from 'vitest';
import { ValidationError } from '#core/errors.ts';
import { parseMessage } from '#core/schemas.ts';

describe('parseMessage', () => {
  it('normalises a plain portal message', () => {
    const m = parseMessage({
      messageId: 'm-1',
      patientId: 'p-1',
      sentAt: '2026-11-20T14:03:00Z',
      body: 'need a refill',
      language: 'en',
    });
    expect(m).toEqual({
      id: 'm-1',
      text: 'need a refill',
      patientId: 'p-1',
      sentAt: '2026-11-20T14:03:00Z',
      language: 'en',
    });
  });

  it('normalises a FHIR Communication, joining its payload strings', () => {
    const m = parseMessage({
      resourceType: 'Communication',
      id: 'c-9',
      status: 'completed',
      subject: { reference: 'Patient/123' },
      sent: '2026-11-20T14:03:00-05:00',
      topic: { text: 'Refill' },
      payload: [{ contentString: 'first part' }, { contentAttachment: {} }, { contentString: 'second part' }],
    });
    expect(m).toMatchObject({
      id: 'c-9',
      text: 'first part\nsecond part',
      patientId: 'Patient/123',
      subject: 'Refill',
    });
  });

  it('accepts the bare {id, text} dataset form', () => {
    expect(parseMessage({ id: 'x', text: 'hello' })).toEqual({ id: 'x', text: 'hello' });
  });

  it('names the missing fields of a portal message without echoing values', () => {
    try {
      parseMessage({ messageId: 'm-1', body: 'my SSN is 123-45-6789' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ValidationError);
      const msg = (e as Error).message;
      expect(msg).toMatch(/patientId/);
      expect(msg).toMatch(/sentAt/);
      expect(msg).not.toMatch(/123-45-6789/);
    }
  });

  it('rejects a FHIR Communication with no text payload', () => {
    expect(() =>
      parseMessage({
        resourceType: 'Communication',
        id: 'c',
        subject: { reference: 'P/1' },
        sent: '2026-11-20T14:03:00Z',
        payload: [{ contentAttachment: {} }],
      }),
    ).toThrow(/payload: no contentString/);
  });

  it('rejects a body that is only white space', () => {
    expect(() => parseMessage({ id: 'x', text: '   ' })).toThrow(/text/);
  });

  it('rejects a non-object', () => {
    expect(() => parseMessage(['a'])).toThrow(/expected a JSON object/);
    expect(() => parseMessage('text')).toThrow(ValidationError);
  });
});
