/** A TraceStore in memory: for the CLI, tests and benchmarks. */
import type { TraceStore } from '#core/ports.ts';
import type { Trace } from '#core/trace.ts';

export class MemoryTraceStore implements TraceStore {
  readonly traces = new Map<string, Trace>();

  async put(trace: Trace): Promise<void> {
    this.traces.set(trace.messageId, structuredClone(trace));
  }
}
