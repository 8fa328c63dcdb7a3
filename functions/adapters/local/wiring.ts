/** Wires the pipeline with its local implementations: the one place that chooses them. */
import { defaultConfig, type TriageConfig } from '#core/config.ts';
import type { TriageDeps } from '#core/pipeline.ts';
import { systemClock } from '#core/ports.ts';
import { createRedFlagEngine } from '#core/redflags/engine.ts';
import { LocalClassifier } from './classifier/index.ts';
import { MemoryTraceStore } from './memory-trace-store.ts';
import { LocalRedactor } from './redactor/index.ts';

export function localDeps(overrides: Partial<TriageDeps> & { config?: TriageConfig } = {}): TriageDeps {
  const config = overrides.config ?? defaultConfig;
  return {
    redactor: overrides.redactor ?? new LocalRedactor(),
    redFlags: overrides.redFlags ?? createRedFlagEngine(config.escalation.extraRules),
    classifier: overrides.classifier ?? new LocalClassifier(),
    traceStore: overrides.traceStore ?? new MemoryTraceStore(),
    clock: overrides.clock ?? systemClock,
    config,
  };
}
