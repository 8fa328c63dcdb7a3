/** The triage pipeline: one message in, one decision and one trace out. */
import { createHash } from 'node:crypto';
import * as z from 'zod/mini';
import type { TriageConfig } from './config.ts';
import { DRAFTS_VERSION, draftFor, replyLanguage } from './drafts.ts';
import { TraceStoreError } from './errors.ts';
import type { Classifier, ClassifierResult, Clock, Redactor, TraceStore } from './ports.ts';
import { applyPlaceholders, mergeSpans } from './redaction.ts';
import type { RedFlagEngine } from './redflags/engine.ts';
import { routePolicy } from './routing.ts';
import { BUCKETS, type Decision, type PhiSpan, PhiSpan as PhiSpanSchema, type TriageInput } from './schemas.ts';
import type { Trace } from './trace.ts';

export interface TriageDeps {
  redactor: Redactor;
  redFlags: RedFlagEngine;
  classifier: Classifier;
  traceStore: TraceStore;
  clock: Clock;
  config: TriageConfig;
}

const ClassifierOutput = z.discriminatedUnion('ok', [
  z.object({
    ok: z.literal(true),
    bucket: z.enum(BUCKETS),
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    probabilities: z.optional(z.record(z.string(), z.number())),
    emergency: z.optional(
      z.object({
        probability: z.number().check(z.minimum(0), z.maximum(1)),
        threshold: z.number().check(z.minimum(0), z.maximum(1)),
      }),
    ),
  }),
  z.object({
    ok: z.literal(false),
    reason: z.enum(['error', 'timeout', 'throttled', 'invalid-output']),
    detail: z.optional(z.string()),
  }),
]);

/**
 * 1. Redact: find PHI; on failure, remember it and never call the classifier (fail closed).
 * 2. Red flags: deterministic rules on the original text; they run even when redaction failed.
 * 3. Classify the redacted text, with a timeout; a failure or an invalid output is a result.
 * 4. Route by policy; 5. draft from templates; 6. write the trace (a failed write throws, so the
 *    message is retried rather than lost).
 */
export async function triage(input: TriageInput, deps: TriageDeps): Promise<{ decision: Decision; trace: Trace }> {
  const { clock, config } = deps;
  const timings: Record<string, number> = {};
  const time = async <T>(stage: string, f: () => Promise<T> | T): Promise<T> => {
    const t0 = clock.elapsedMs();
    try {
      return await f();
    } finally {
      timings[`${stage}Ms`] = Math.round((clock.elapsedMs() - t0) * 1000) / 1000;
    }
  };

  // 1. Redact.
  let spans: PhiSpan[] = [];
  let redactionError: string | undefined;
  await time('redact', async () => {
    try {
      const found = await deps.redactor.detect(input.text, { language: input.language });
      const valid = z.array(PhiSpanSchema).parse(found);
      spans = mergeSpans(
        valid.filter((s) => (s.score ?? 1) >= config.redaction.minScore),
        input.text.length,
      );
    } catch (e) {
      // The error's class only: a message could echo the text. Traces name a zod error 'ZodError'
      // (full zod's name for it; zod/mini's is '$ZodError').
      redactionError = e instanceof Error ? (e.name === '$ZodError' ? 'ZodError' : e.name) : 'unknown';
    }
  });
  const redactedText = redactionError ? null : applyPlaceholders(input.text, spans);

  // 2. Red flags.
  const hits = await time('rules', () => deps.redFlags.scan(input.text));

  // 3. Classify.
  let classification: ClassifierResult | undefined;
  if (redactedText !== null) {
    classification = await time('classify', () =>
      classifyWithTimeout(deps.classifier, redactedText, input.language, config.classifier.timeoutMs),
    );
  }

  // 4. Route, 5. draft.
  const routed = routePolicy({ redFlags: hits, classification, redactionFailed: redactedText === null }, config);
  const { draft, template } = draftFor(routed.route, routed.bucket, replyLanguage(input.text, input.language));

  const decision: Decision = {
    id: input.id,
    bucket: routed.bucket,
    confidence: routed.confidence,
    emergency: routed.emergency,
    route: routed.route,
    queue: routed.queue,
    reasons: routed.reasons,
    redactedText,
    phi: spans,
    draft,
    timings,
  };
  const trace: Trace = {
    messageId: input.id,
    createdAt: clock.now().toISOString(),
    inputSha256: createHash('sha256').update(input.text).digest('hex'),
    configVersion: config.version,
    redaction: {
      redactor: deps.redactor.name,
      version: deps.redactor.version,
      ok: !redactionError,
      ...(redactionError ? { error: redactionError } : {}),
      spans: spans.map(({ start, end, type, score }) => ({ start, end, type, score })),
    },
    redFlags: { engine: deps.redFlags.version, hits },
    classification: {
      classifier: deps.classifier.name,
      version: deps.classifier.version,
      called: classification !== undefined,
      ok: classification?.ok ?? false,
      ...(classification && !classification.ok ? { failure: classification.reason } : {}),
      ...(classification?.ok
        ? {
            bucket: classification.bucket,
            confidence: classification.confidence,
            probabilities: classification.probabilities,
            emergency: classification.emergency,
          }
        : {}),
    },
    thresholds: Object.fromEntries(BUCKETS.map((b) => [b, config.buckets[b].draftThreshold])),
    route: decision.route,
    bucket: decision.bucket,
    queue: decision.queue,
    emergency: decision.emergency,
    reasons: decision.reasons,
    draftTemplate: template,
    draft,
    draftsVersion: DRAFTS_VERSION,
    timings,
  };

  // 6. Trace.
  try {
    await deps.traceStore.put(trace);
  } catch (e) {
    throw new TraceStoreError('trace write failed', { cause: e });
  }
  return { decision, trace };
}

async function classifyWithTimeout(
  classifier: Classifier,
  text: string,
  language: string | undefined,
  ms: number,
): Promise<ClassifierResult> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<ClassifierResult>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ ok: false, reason: 'timeout' });
    }, ms);
  });
  try {
    const raw = await Promise.race([classifier.classify(text, { language, signal: controller.signal }), timeout]);
    const parsed = ClassifierOutput.safeParse(raw);
    return parsed.success ? (parsed.data as ClassifierResult) : { ok: false, reason: 'invalid-output' };
  } catch {
    return { ok: false, reason: 'error' };
  } finally {
    clearTimeout(timer);
  }
}
