import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { LocalClassifier } from '#adapters/local/classifier/index.ts';
import { LocalRedactor } from '#adapters/local/redactor/index.ts';
import { localDeps } from '#adapters/local/wiring.ts';
import { defaultConfig, parseConfig } from '#core/config.ts';
import { DRUG_NAMES, decide, readDataset } from '../../bin/cli/eval.ts';
import type { LabelledMessage } from '../../functions/evaluation/dataset.ts';
import { evaluate } from '../../functions/evaluation/evaluate.ts';
import { Baseline, gate } from '../../functions/evaluation/gate.ts';

const root = new URL('../../', import.meta.url);
const baseline = Baseline.parse(JSON.parse(readFileSync(new URL('data/eval/baseline.json', root), 'utf8')));
// One classifier and redactor for every configuration: loading them is the slow part.
const shared = { classifier: new LocalClassifier(), redactor: new LocalRedactor() };
let rows: LabelledMessage[];

async function failuresWith(config: typeof defaultConfig) {
  const items = await decide(rows, localDeps({ ...shared, config }));
  return gate(evaluate(items, config, { drugNames: DRUG_NAMES }), baseline);
}

describe('the regression gate on the held-out split', () => {
  beforeAll(async () => {
    rows = await readDataset(new URL('data/corpus/test.jsonl', root).pathname);
  });

  it('holds a baseline recorded on the current held-out split', () => {
    expect(baseline.dataset).toBe('data/corpus/test.jsonl');
    expect(baseline.messages).toBe(rows.length);
  });

  it('passes the committed configuration', async () => {
    expect(await failuresWith(defaultConfig)).toEqual([]);
  });

  it('fails a configuration that drops low-scored PHI spans, naming PHI recall', async () => {
    const degraded = parseConfig({ ...structuredClone(defaultConfig), redaction: { minScore: 0.95 } });
    const failures = await failuresWith(degraded);
    expect(failures.some((f) => f.startsWith('PHI character recall'))).toBe(true);
  });

  it('fails a configuration that ignores the classifier’s urgency reading, naming emergency recall', async () => {
    const degraded = parseConfig({
      ...structuredClone(defaultConfig),
      escalation: { ...defaultConfig.escalation, useClassifierUrgency: false },
    });
    const failures = await failuresWith(degraded);
    expect(failures.some((f) => f.startsWith('emergency recall'))).toBe(true);
  });
});
