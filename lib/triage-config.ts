/**
 * The triage configuration (config/triage.json), validated at synth with the same parser the
 * functions use at start, so a bad file fails `cdk synth` rather than every cold start.
 */
import { readFileSync } from 'node:fs';
import { parseConfig, type TriageConfig } from '#core/config.ts';
import { ConfigError } from '#core/errors.ts';

/**
 * Lambda allows 4 KB for all of a function's environment variables together; the rest of the
 * triage function's variables take about 500 bytes.
 */
export const TRIAGE_CONFIG_MAX_BYTES = 3_072;

export interface LoadedTriageConfig {
  readonly config: TriageConfig;
  /** The parsed configuration (defaults filled in) as compact JSON: the TRIAGE_CONFIG variable. */
  readonly json: string;
}

export function triageConfigFrom(raw: unknown): LoadedTriageConfig {
  const config = parseConfig(raw);
  const json = JSON.stringify(config);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > TRIAGE_CONFIG_MAX_BYTES) {
    throw new ConfigError('configuration too large for a Lambda environment variable', [
      `(root): ${bytes} bytes of JSON, at most ${TRIAGE_CONFIG_MAX_BYTES} (shorten escalation.extraRules)`,
    ]);
  }
  return { config, json };
}

export function loadTriageConfig(file: string): LoadedTriageConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ConfigError(`cannot read the triage configuration ${file}`, [(e as Error).message]);
  }
  return triageConfigFrom(raw);
}
