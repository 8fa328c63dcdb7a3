#!/usr/bin/env node
/** The portal-triage CLI. `triage --help` lists the commands. */
import { parseArgs } from 'node:util';
import { localDeps } from '#adapters/local/wiring.ts';
import { TriageError } from '#core/errors.ts';
import { runBatch } from './cli/batch.ts';
import { runEval } from './cli/eval.ts';
import { DEFAULT_BASELINE, runBaseline, runGate } from './cli/gate.ts';
import { loadConfig } from './cli/io.ts';
import { DEMO_FILE, localSecret, localSettings, runExportFeedback, runSend, runStart, runToken } from './cli/local.ts';
import { runTune } from './cli/tune.ts';

const USAGE = `usage: triage <command> [options]
  batch --in FILE --out FILE [--config FILE]      triage JSONL messages ('-' for stdin/stdout)
  eval --dataset FILE [--report DIR] [--config FILE] [--show-text]
                                                  score the pipeline on a labelled JSONL set
  tune --dataset FILE --target-precision P [--out FILE] [--report DIR] [--config FILE]
                                                  propose draft thresholds (tune on a dev set)
  baseline --dataset FILE [--out FILE] [--config FILE]
                                                  record the regression gate's baseline
  gate --dataset FILE [--baseline FILE] [--config FILE]
                                                  fail (exit 1) if figures fell below the baseline
  start [--port N] [--data-dir DIR] [--demo] [--config FILE]
                                                  local mode on http://127.0.0.1:3000 (npm start)
  send [--file FILE] [--rate N] [--port N] [--data-dir DIR]
                                                  post JSONL messages, signed as the portal would
  token --user NAME --groups g1,g2 [--data-dir DIR]
                                                  a local staff token (Authorization: Bearer …)
  export-feedback --out FILE [--port N] [--data-dir DIR]
                                                  staff reassignments and edits, as an eval dataset`;

class UsageError extends Error {}

function options<T extends Record<string, { type: 'string' | 'boolean' }>>(args: string[], spec: T) {
  return parseArgs({ args, options: { ...spec, config: { type: 'string' } }, strict: true }).values;
}

function need<T>(value: T | undefined, what: string): T {
  if (value === undefined || value === '') throw new UsageError(what);
  return value;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  switch (command) {
    case 'batch': {
      const v = options(rest, { in: { type: 'string' }, out: { type: 'string' } });
      if (!v.in || !v.out) throw new UsageError('batch needs --in FILE and --out FILE (use - for stdin/stdout)');
      return runBatch({ in: v.in, out: v.out }, localDeps({ config: loadConfig(v.config) }));
    }
    case 'eval': {
      const v = options(rest, {
        dataset: { type: 'string' },
        report: { type: 'string' },
        'show-text': { type: 'boolean' },
      });
      const { summary } = await runEval(
        { dataset: need(v.dataset, 'eval needs --dataset FILE'), report: v.report, showText: v['show-text'] },
        localDeps({ config: loadConfig(v.config) }),
      );
      process.stdout.write(`${summary}\n`);
      return 0;
    }
    case 'tune': {
      const v = options(rest, {
        dataset: { type: 'string' },
        'target-precision': { type: 'string' },
        out: { type: 'string' },
        report: { type: 'string' },
      });
      const p = Number(need(v['target-precision'], 'tune needs --target-precision P (between 0.5 and 1)'));
      if (!(p >= 0.5 && p <= 1)) throw new UsageError('--target-precision must be a number between 0.5 and 1');
      const deps = localDeps({ config: loadConfig(v.config) });
      const text = await runTune(
        {
          dataset: need(v.dataset, 'tune needs --dataset FILE'),
          targetPrecision: p,
          out: v.out ?? 'triage-config.tuned.json',
          report: v.report,
        },
        deps,
        (config) => localDeps({ config, classifier: deps.classifier, redactor: deps.redactor }),
      );
      process.stdout.write(`${text}\n`);
      return 0;
    }
    case 'baseline': {
      const v = options(rest, { dataset: { type: 'string' }, out: { type: 'string' } });
      const text = await runBaseline(
        { dataset: need(v.dataset, 'baseline needs --dataset FILE'), out: v.out ?? DEFAULT_BASELINE },
        localDeps({ config: loadConfig(v.config) }),
      );
      process.stdout.write(`${text}\n`);
      return 0;
    }
    case 'gate': {
      const v = options(rest, { dataset: { type: 'string' }, baseline: { type: 'string' } });
      const r = await runGate(
        { dataset: need(v.dataset, 'gate needs --dataset FILE'), baseline: v.baseline ?? DEFAULT_BASELINE },
        localDeps({ config: loadConfig(v.config) }),
      );
      process.stdout.write(`${r.text}\n`);
      return r.ok ? 0 : 1;
    }
    case 'start': {
      const v = options(rest, { port: { type: 'string' }, 'data-dir': { type: 'string' }, demo: { type: 'boolean' } });
      const settings = localSettings({ port: v.port, dataDir: v['data-dir'] });
      return runStart(settings, loadConfig(v.config), v.demo === true);
    }
    case 'send': {
      const v = options(rest, {
        file: { type: 'string' },
        rate: { type: 'string' },
        port: { type: 'string' },
        'data-dir': { type: 'string' },
      });
      const settings = localSettings({ port: v.port, dataDir: v['data-dir'] });
      const rate = v.rate === undefined ? undefined : Number(v.rate);
      if (rate !== undefined && !(rate > 0))
        throw new UsageError('--rate must be a positive number of messages per second');
      return runSend(
        { file: v.file ?? DEMO_FILE, rate, url: `http://127.0.0.1:${settings.port}`, secret: localSecret(settings) },
        (line) => process.stdout.write(`${line}\n`),
      );
    }
    case 'token': {
      const v = options(rest, { user: { type: 'string' }, groups: { type: 'string' }, 'data-dir': { type: 'string' } });
      const groups = need(v.groups, 'token needs --groups g1,g2').split(',').filter(Boolean);
      const settings = localSettings({ dataDir: v['data-dir'] });
      process.stdout.write(`${await runToken(settings, need(v.user, 'token needs --user NAME'), groups)}\n`);
      return 0;
    }
    case 'export-feedback': {
      const v = options(rest, { out: { type: 'string' }, port: { type: 'string' }, 'data-dir': { type: 'string' } });
      const settings = localSettings({ port: v.port, dataDir: v['data-dir'] });
      process.stdout.write(`${await runExportFeedback(settings, need(v.out, 'export-feedback needs --out FILE'))}\n`);
      return 0;
    }
    default:
      throw new UsageError(`unknown command '${command}'`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    const argsError = (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    const known = e instanceof UsageError || e instanceof TriageError || argsError;
    process.stderr.write(`triage: ${known ? (e as Error).message : 'internal error'}\n`);
    if (e instanceof UsageError || argsError) process.stderr.write(`${USAGE}\n`);
    process.exitCode = 2;
  },
);
