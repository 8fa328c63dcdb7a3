import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FEATURE_VERSION, featurise } from '#adapters/local/classifier/features.ts';
import { DEFAULT_MODEL_PATH, LocalClassifier } from '#adapters/local/classifier/index.ts';
import { ModelFile, modelFromFile, modelToFile, softmax } from '#adapters/local/classifier/model.ts';
import { chooseThreshold, DEFAULT_TRAIN_OPTIONS, fitTemperature, train } from '#adapters/local/classifier/train.ts';
import type { Bucket } from '#core/schemas.ts';

const labelled: { text: string; bucket: Bucket }[] = [
  ...[
    'refill my metformin',
    'need more lisinopril pills',
    'out of my inhaler refill please',
    'send my xarelto to the pharmacy',
  ].map((text) => ({ text, bucket: 'refill' as const })),
  ...[
    'my bill is wrong',
    'charged twice for the visit',
    'insurance denied my claim',
    'payment plan for my balance',
  ].map((text) => ({ text, bucket: 'billing' as const })),
  ...['reschedule my appointment', 'cancel my visit tuesday', 'book a physical', 'need an appointment next week'].map(
    (text) => ({ text, bucket: 'scheduling' as const }),
  ),
  ...['rash on my arm', 'cough for a week', 'sore throat and fever', 'my back hurts'].map((text) => ({
    text,
    bucket: 'symptom' as const,
  })),
  ...['need my records', 'portal password reset', 'thank you to the staff', 'fax a form to my work'].map((text) => ({
    text,
    bucket: 'other' as const,
  })),
];
const tiny = labelled.map((l) => ({ ...l, emergency: false }));
tiny.push(
  { text: 'crushing chest pain cannot breathe', bucket: 'symptom', emergency: true },
  { text: 'he collapsed and is not breathing', bucket: 'symptom', emergency: true },
);
const fast = { ...DEFAULT_TRAIN_OPTIONS, dim: 1 << 12, epochs: 5, folds: 2 };
const meta = { version: 't', featureVersion: FEATURE_VERSION, trainedOn: { messages: tiny.length, sha256: 'x' } };

describe('local classifier training', () => {
  it('is deterministic: the same data gives the same model file', () => {
    const a = JSON.stringify(modelToFile(train(tiny, fast).model, meta));
    const b = JSON.stringify(modelToFile(train(tiny, fast).model, meta));
    expect(a).toBe(b);
  });

  it('learns separable examples', () => {
    const { model } = train(tiny, fast);
    const c = new LocalClassifier({ model });
    expect(
      c.classifySync('please refill my metformin').ok && c.classifySync('please refill my metformin'),
    ).toMatchObject({ bucket: 'refill' });
    expect(c.classifySync('i was charged twice on my bill')).toMatchObject({ bucket: 'billing' });
  });

  it('keeps its predictions through quantisation to the model file', () => {
    const { model } = train(tiny, fast);
    const reloaded = modelFromFile(ModelFile.parse(JSON.parse(JSON.stringify(modelToFile(model, meta)))));
    for (const { text } of tiny) {
      const a = model.bucket.probabilities(text);
      const b = reloaded.bucket.probabilities(text);
      expect(b.indexOf(Math.max(...b))).toBe(a.indexOf(Math.max(...a)));
    }
  });

  it('fits the temperature that generated the labels', () => {
    // Labels drawn from softmax(logits / 2): the best temperature is about 2.
    let seed = 1;
    const rand = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const logits: Float64Array[] = [];
    const labels: number[] = [];
    for (let i = 0; i < 4000; i++) {
      const l = Float64Array.from({ length: 5 }, () => rand() * 8 - 4);
      const p = softmax(l, 2);
      let u = rand();
      let k = 0;
      while (k < 4 && u > (p[k] as number)) u -= p[k++] as number;
      logits.push(l);
      labels.push(k);
    }
    expect(fitTemperature(logits, labels)).toBeCloseTo(2, 0);
  });
});

describe('chooseThreshold', () => {
  const negatives = (ps: number[], caughtByRules = false) => ps.map((p) => ({ p, emergency: false, caughtByRules }));
  const items = [
    { p: 0.9, emergency: true, caughtByRules: true },
    ...negatives([0.8, 0.6, 0.5, 0.4, 0.3, 0.1, 0.1, 0.1, 0.1, 0.1]),
  ];

  it('spends the whole false-alarm budget, even when the rules already catch every emergency', () => {
    // Two alarms allowed among ten negatives: the threshold sits just above the third-highest reading.
    const t = chooseThreshold(items, 0.2);
    expect(t).toBeGreaterThan(0.5);
    expect(t).toBeLessThan(0.6);
  });

  it('counts the alarms the rules raise against the budget', () => {
    const t = chooseThreshold([...items.slice(0, 10), ...negatives([0.1], true)], 0.2);
    expect(t).toBeGreaterThan(0.6);
    expect(t).toBeLessThan(0.8);
  });

  it('switches the net off when the rules use up the budget', () => {
    expect(chooseThreshold([...items, ...negatives([0.1, 0.1, 0.1], true)], 0.2)).toBe(1);
  });

  it('never goes below the minimum reading', () => {
    expect(chooseThreshold(items, 1)).toBe(0.2);
  });
});

describe('features', () => {
  it('treat every placeholder of a type alike', () => {
    const a = featurise('call [NAME_1] at [PHONE_OR_FAX_1]', 1 << 12);
    const b = featurise('call [NAME_2] at [PHONE_OR_FAX_3]', 1 << 12);
    expect([...a.idx]).toEqual([...b.idx]);
  });
});

describe('the shipped model', () => {
  const file = ModelFile.parse(JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8')));

  it('was trained on the current training split with the current features (run npm run train)', () => {
    const corpus = readFileSync(new URL('../../../../data/corpus/train.jsonl', import.meta.url));
    expect(file.trainedOn.sha256).toBe(createHash('sha256').update(corpus).digest('hex'));
    expect(file.featureVersion).toBe(FEATURE_VERSION);
  });

  it('answers a valid bucket with a probability', async () => {
    const r = await new LocalClassifier().classify('Can you send a refill of my [NAME_1] lisinopril to my pharmacy');
    expect(r).toMatchObject({ ok: true, bucket: 'refill' });
    if (r.ok) {
      expect(r.confidence).toBeGreaterThan(0.5);
      expect(Object.values(r.probabilities ?? {}).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
    }
  });
});
