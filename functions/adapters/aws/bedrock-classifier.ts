/**
 * The Classifier port on Amazon Bedrock: one Converse call that must answer with the `record_triage`
 * tool, whose input is validated with zod. Failures are results (`ok: false`), never throws, and
 * nothing the patient or the model wrote reaches `detail`.
 */
import { readFileSync } from 'node:fs';
import {
  BedrockRuntimeClient,
  type ContentBlock,
  ConverseCommand,
  type ConverseCommandInput,
  type ConverseCommandOutput,
} from '@aws-sdk/client-bedrock-runtime';
import * as z from 'zod/mini';
import { ConfigError } from '#core/errors.ts';
import type { Classifier, ClassifierFailureReason, ClassifierResult } from '#core/ports.ts';
import { BUCKETS } from '#core/schemas.ts';
import { assetUrl } from '../assets.ts';

export const TOOL_NAME = 'record_triage';
export const DEFAULT_PROMPT_VERSION = 'triage-v1';
/** The tool input is four short fields; a small cap bounds cost and a runaway answer. */
export const DEFAULT_MAX_TOKENS = 200;
export const MESSAGE_OPEN = '<patient_message>';
export const MESSAGE_CLOSE = '</patient_message>';

/**
 * Why the model chose its bucket, as a code: a free-text rationale could echo the message into
 * traces and logs.
 */
export const RATIONALE_CODES = [
  'medication-refill',
  'pharmacy-or-authorization',
  'new-or-ongoing-symptom',
  'side-effect',
  'injury',
  'clinical-question',
  'possible-emergency',
  'bill-or-charge',
  'insurance-or-coverage',
  'payment',
  'appointment-request',
  'appointment-change',
  'referral',
  'records-or-forms',
  'results-timing',
  'portal-access',
  'account-update',
  'feedback',
  'animal-only',
  'manipulation-attempt',
  'unclear',
] as const;

/** The zod twin of the tool's JSON schema below: the model's answer must match what it was offered. */
export const TriageToolInput = z.strictObject({
  bucket: z.enum(BUCKETS),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  urgent: z.boolean(),
  rationale: z.enum(RATIONALE_CODES),
});
export type TriageToolInput = z.infer<typeof TriageToolInput>;

export const TRIAGE_TOOL_SCHEMA = {
  type: 'object',
  properties: {
    bucket: { type: 'string', enum: [...BUCKETS], description: 'The staff queue bucket.' },
    confidence: {
      type: 'number',
      minimum: 0,
      maximum: 1,
      description: 'Probability that the bucket is the one staff would choose.',
    },
    urgent: { type: 'boolean', description: 'True only for a possible emergency now or within about a day.' },
    rationale: { type: 'string', enum: [...RATIONALE_CODES], description: 'Why this bucket, as a code.' },
  },
  required: ['bucket', 'confidence', 'urgent', 'rationale'],
  additionalProperties: false,
};

/** The pipeline escalates when probability >= threshold; the model's urgency is a yes or no. */
const URGENCY_THRESHOLD = 0.5;

const THROTTLED = new Set(['ThrottlingException', 'ServiceQuotaExceededException']);
const TIMED_OUT = new Set(['AbortError', 'TimeoutError', 'ModelTimeoutException']);
/** Stop reasons after which a tool input cannot be trusted, even if it parses. */
const UNTRUSTED_STOPS = new Set([
  'guardrail_intervened',
  'content_filtered',
  'max_tokens',
  'malformed_model_output',
  'malformed_tool_use',
  'model_context_window_exceeded',
]);

const PROMPT_VERSION_PATTERN = /^[a-z0-9][a-z0-9.-]{0,62}$/;
const prompts = new Map<string, string>();

/** Reads a versioned prompt once per process; a version is a file name, never a path. */
export function loadPrompt(version: string): string {
  const cached = prompts.get(version);
  if (cached !== undefined) return cached;
  if (!PROMPT_VERSION_PATTERN.test(version)) {
    throw new ConfigError('invalid prompt version', ['promptVersion: lower-case letters, digits, dots and dashes']);
  }
  let text: string;
  try {
    text = readFileSync(assetUrl(`functions/adapters/aws/prompts/${version}.md`), 'utf8').trim();
  } catch {
    throw new ConfigError('unknown prompt version', ['promptVersion: no prompt file for this version']);
  }
  if (!text) throw new ConfigError('empty prompt', ['promptVersion: the prompt file is empty']);
  prompts.set(version, text);
  return text;
}

/**
 * Escapes `&`, `<` and `>` so the text cannot contain a delimiter, in any spelling or case: the
 * message ends only where we end it.
 */
export function escapeMessage(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

export function userTurn(redactedText: string): string {
  return `Classify the patient message below.\n${MESSAGE_OPEN}\n${escapeMessage(redactedText)}\n${MESSAGE_CLOSE}`;
}

export interface BedrockClassifierOptions {
  client?: BedrockRuntimeClient;
  /** A model id, inference profile id or ARN; it must support a forced tool choice. */
  modelId: string;
  promptVersion?: string;
  guardrail?: { id: string; version: string };
  maxTokens?: number;
  /** This adapter's own limit; the pipeline also races the call against its configured timeout. */
  timeoutMs?: number;
}

export class BedrockClassifier implements Classifier {
  readonly name = 'bedrock-converse';
  /** Model and prompt version, so every trace records both. */
  readonly version: string;
  readonly #client: BedrockRuntimeClient;
  readonly #modelId: string;
  readonly #system: string;
  readonly #guardrail: { id: string; version: string } | undefined;
  readonly #maxTokens: number;
  readonly #timeoutMs: number | undefined;

  /** Throws a ConfigError for a bad model id or prompt version: wiring fails fast at start. */
  constructor(opts: BedrockClassifierOptions) {
    if (!opts.modelId.trim()) throw new ConfigError('invalid Bedrock classifier', ['modelId: required']);
    const promptVersion = opts.promptVersion ?? DEFAULT_PROMPT_VERSION;
    this.#system = loadPrompt(promptVersion);
    this.#client = opts.client ?? new BedrockRuntimeClient({});
    this.#modelId = opts.modelId;
    this.#guardrail = opts.guardrail;
    this.#maxTokens = opts.maxTokens ?? DEFAULT_MAX_TOKENS;
    this.#timeoutMs = opts.timeoutMs;
    this.version = `${opts.modelId}#${promptVersion}`;
  }

  #request(redactedText: string): ConverseCommandInput {
    return {
      modelId: this.#modelId,
      system: [{ text: this.#system }],
      messages: [{ role: 'user', content: [{ text: userTurn(redactedText) }] }],
      // Temperature 0: the same message should land in the same bucket.
      inferenceConfig: { maxTokens: this.#maxTokens, temperature: 0 },
      toolConfig: {
        tools: [
          {
            toolSpec: {
              name: TOOL_NAME,
              description: 'Record the triage decision for the patient message.',
              inputSchema: { json: TRIAGE_TOOL_SCHEMA },
            },
          },
        ],
        toolChoice: { tool: { name: TOOL_NAME } },
      },
      // No guardrail trace: it would carry the blocked text back into our process and logs.
      ...(this.#guardrail
        ? { guardrailConfig: { guardrailIdentifier: this.#guardrail.id, guardrailVersion: this.#guardrail.version } }
        : {}),
    };
  }

  /**
   * 1. Build the request: versioned system prompt, the message escaped inside its delimiters,
   *    the single forced tool, the guardrail when configured.
   * 2. Send it with an abort signal that fires on the caller's signal or this adapter's timeout;
   *    race the send against that signal, so a client that ignores it still cannot hold us.
   * 3. Map a failure to its reason (throttled, timeout, error).
   * 4. Read the one `record_triage` tool use, validate its input, and map it to a result.
   */
  async classify(redactedText: string, opts: { signal?: AbortSignal } = {}): Promise<ClassifierResult> {
    const controller = new AbortController();
    const abort = () => controller.abort();
    let timer: NodeJS.Timeout | undefined;
    try {
      // 1. Request.
      const command = new ConverseCommand(this.#request(redactedText));

      // 2. Send.
      if (opts.signal?.aborted) return fail('timeout');
      opts.signal?.addEventListener('abort', abort, { once: true });
      if (this.#timeoutMs !== undefined) timer = setTimeout(abort, this.#timeoutMs);
      const aborted = new Promise<'aborted'>((resolve) => {
        controller.signal.addEventListener('abort', () => resolve('aborted'), { once: true });
      });
      let response: ConverseCommandOutput | 'aborted';
      try {
        response = await Promise.race([this.#client.send(command, { abortSignal: controller.signal }), aborted]);
      } catch (e) {
        // 3. Failure.
        return controller.signal.aborted ? fail('timeout') : fail(reasonFor(e), errorName(e));
      }
      if (response === 'aborted') return fail('timeout');

      // 4. Tool answer.
      return readAnswer(response);
    } catch (e) {
      // Never throw: the port promises a result, and the pipeline maps a throw to a bare 'error'.
      return fail('error', errorName(e));
    } finally {
      clearTimeout(timer);
      opts.signal?.removeEventListener('abort', abort);
    }
  }
}

function fail(reason: ClassifierFailureReason, detail?: string): ClassifierResult {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail };
}

function reasonFor(e: unknown): ClassifierFailureReason {
  const name = errorName(e);
  if (name && THROTTLED.has(name)) return 'throttled';
  if (name && TIMED_OUT.has(name)) return 'timeout';
  return 'error';
}

/** An error's class name only, and only when it looks like one: an error message could echo text. */
function errorName(e: unknown): string | undefined {
  const name = e instanceof Error ? e.name : undefined;
  return name && /^[A-Za-z]{1,64}$/.test(name) ? name : undefined;
}

function readAnswer(response: ConverseCommandOutput): ClassifierResult {
  const stop = response.stopReason;
  if (stop && UNTRUSTED_STOPS.has(stop)) return fail('invalid-output', `stop-reason:${stop}`);
  const content: ContentBlock[] = response.output?.message?.content ?? [];
  const uses = content.flatMap((block) => (block.toolUse ? [block.toolUse] : []));
  const use = uses[0];
  if (!use) return fail('invalid-output', 'no-tool-use');
  if (uses.length > 1) return fail('invalid-output', 'multiple-tool-uses');
  if (use.name !== TOOL_NAME) return fail('invalid-output', 'wrong-tool');
  const parsed = TriageToolInput.safeParse(use.input);
  // No zod issues here: they can quote the model's keys, and the model can quote the message.
  if (!parsed.success) return fail('invalid-output', 'invalid-tool-input');
  const { bucket, confidence, urgent } = parsed.data;
  return {
    ok: true,
    bucket,
    confidence,
    emergency: { probability: urgent ? 1 : 0, threshold: URGENCY_THRESHOLD },
  };
}
