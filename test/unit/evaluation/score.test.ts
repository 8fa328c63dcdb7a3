import { describe, expect, it } from 'vitest';
import {
  calibration,
  percentile,
  scoreBuckets,
  scoreEmergencies,
  scorePhi,
} from '../../../functions/evaluation/score.ts';

describe('scorePhi', () => {
  it('counts characters, ignoring white space, and lists leaks by offsets only', () => {
    const s = scorePhi([
      {
        id: 'a',
        text: 'Ana Ruiz 555-1234',
        expected: [
          { start: 0, end: 8, type: 'NAME' },
          { start: 9, end: 17, type: 'PHONE_OR_FAX' },
        ],
        predicted: [
          { start: 0, end: 3, type: 'NAME' },
          { start: 9, end: 17, type: 'PHONE_OR_FAX' },
        ],
      },
    ]);
    expect(s.labelledChars).toBe(15);
    expect(s.charRecall).toBeCloseTo(11 / 15);
    expect(s.charPrecision).toBe(1);
    expect(s.leaks).toEqual([{ id: 'a', type: 'NAME', start: 0, end: 8 }]);
    expect(s.byType.NAME?.recall).toBeCloseTo(3 / 7);
  });
});

describe('scoreBuckets', () => {
  it('computes accuracy, per-bucket F1, macro-F1 over present buckets and the confusion matrix', () => {
    const s = scoreBuckets([
      { expected: 'refill', predicted: 'refill' },
      { expected: 'refill', predicted: 'billing' },
      { expected: 'billing', predicted: 'billing' },
    ]);
    expect(s.accuracy).toBeCloseTo(2 / 3);
    expect(s.perBucket.refill).toMatchObject({ precision: 1, recall: 0.5, support: 2 });
    expect(s.perBucket.billing.f1).toBeCloseTo(2 / 3);
    expect(s.macroF1).toBeCloseTo((2 / 3 + 2 / 3) / 2);
    expect(s.confusion.refill.billing).toBe(1);
  });
});

describe('scoreEmergencies', () => {
  it('reports recall, false alarms and their ids', () => {
    const s = scoreEmergencies([
      { id: '1', expected: true, predicted: true },
      { id: '2', expected: true, predicted: false },
      { id: '3', expected: false, predicted: true },
      { id: '4', expected: false, predicted: false },
    ]);
    expect(s).toEqual({
      recall: 0.5,
      falseAlarmRate: 0.5,
      positives: 2,
      negatives: 2,
      missed: ['2'],
      falseAlarms: ['3'],
    });
  });
});

describe('calibration', () => {
  it('is zero when confidence matches accuracy and large when it does not', () => {
    const good = [...Array(10)].map((_, i) => ({ confidence: 0.75, correct: i < 7 || i === 9 }));
    expect(calibration(good).ece).toBeCloseTo(0.05);
    expect(calibration([{ confidence: 0.95, correct: false }]).ece).toBeCloseTo(0.95);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    expect(percentile([5, 1, 4, 2, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 99)).toBe(10);
  });
});
