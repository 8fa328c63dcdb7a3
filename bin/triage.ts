#!/usr/bin/env node
/** The portal-triage CLI. `triage --help` lists the commands. */
import { parseArgs } from 'node:util';
import { localDeps } from '#adapters/local/wiring.ts';
import { TriageError } from '#core/errors.ts';
import { runBatch } from './cli/batch.ts';
import { runEval } from './cli/eval.ts';
import { loadConfig } from './cli/io.ts';

const USAGE = `usage: triage <command> [options]
  batch --in FILE --out FILE [--config FILE]     triage JSONL messages ('-' for stdin/stdout)
  eval --dataset FILE [--report DIR] [--config FILE]   score the pipeline on a labelled JSONL set`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'batch': {
      const { values } = parseArgs({
        args: rest,
        options: { in: { type: 'string' }, out: { type: 'string' }, config: { type: 'string' } },
        strict: true,
      });
      if (!values.in || !values.out)
        throw new UsageError('batch needs --in FILE and --out FILE (use - for stdin/stdout)');
      return runBatch({ in: values.in, out: values.out }, localDeps({ config: loadConfig(values.config) }));
    }
    case 'eval': {
      const { values } = parseArgs({
        args: rest,
        options: { dataset: { type: 'string' }, report: { type: 'string' }, config: { type: 'string' } },
        strict: true,
      });
      if (!values.dataset) throw new UsageError('eval needs --dataset FILE');
      const { summary } = await runEval(
        { dataset: values.dataset, report: values.report },
        localDeps({ config: loadConfig(values.config) }),
      );
      process.stdout.write(`${summary}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

class UsageError extends Error {}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const known =
      e instanceof UsageError ||
      e instanceof TriageError ||
      (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`triage: ${known ? (e as Error).message : 'internal error'}\n`);
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
  },
);
