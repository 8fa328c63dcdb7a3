/**
 * Typed errors. Messages name the problem (a field, a setting, a stage) and never carry
 * message text or PHI: they end up in logs and HTTP bodies.
 */
export class TriageError extends Error {
  override name = 'TriageError';
}

/** Input that does not match a schema; `issues` lists field paths and what was expected. */
export class ValidationError extends TriageError {
  override name = 'ValidationError';
  constructor(
    message: string,
    readonly issues: string[] = [],
  ) {
    super(issues.length ? `${message}: ${issues.join('; ')}` : message);
  }
}

export class ConfigError extends ValidationError {
  override name = 'ConfigError';
}

export class RedactionError extends TriageError {
  override name = 'RedactionError';
}

export class ClassificationError extends TriageError {
  override name = 'ClassificationError';
}

export class TraceStoreError extends TriageError {
  override name = 'TraceStoreError';
}
