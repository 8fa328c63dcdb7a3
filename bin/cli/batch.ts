/**
 * `triage batch --in FILE --out FILE [--config FILE]`: JSONL in, one decision per line out, in
 * input order. A bad line yields `{"line":N,"error":"…"}` in its place; the run goes on and
 * the exit code is 1 at the end. Errors name the problem, never the line's content.
 */

import { TriageError } from '#core/errors.ts';
import type { TriageDeps } from '#core/pipeline.ts';
import { triage } from '#core/pipeline.ts';
import { parseMessage } from '#core/schemas.ts';
import { closeOutput, openLines, openOutput, progress, writeLine } from './io.ts';

export async function runBatch(opts: { in: string; out: string }, deps: TriageDeps): Promise<number> {
  const out = openOutput(opts.out);
  const bar = progress();
  let lineNo = 0;
  let failed = 0;
  for await (const line of openLines(opts.in)) {
    lineNo++;
    if (line.trim() === '') continue;
    let result: string;
    try {
      const { decision } = await triage(parseMessage(parseJson(line)), deps);
      result = JSON.stringify(decision);
    } catch (e) {
      failed++;
      result = JSON.stringify({ line: lineNo, error: describe(e) });
    }
    await writeLine(out, result);
    bar.tick(lineNo);
  }
  bar.done();
  await closeOutput(out);
  if (failed) process.stderr.write(`${failed} of ${lineNo} lines failed\n`);
  return failed ? 1 : 0;
}

export function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    // JSON.parse's own message quotes the input, which may hold PHI.
    throw new TriageError('not valid JSON');
  }
}

function describe(e: unknown): string {
  if (e instanceof TriageError) return e.message;
  return 'internal error';
}
