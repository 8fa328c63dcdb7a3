/** Local mode's log: the same JSON lines as Powertools Logger (ids and decisions only), to any writer. */
import type { Log, LogAttributes } from '../handlers/observability.ts';

export function jsonLog(write: (line: string) => void): Log {
  const at = (level: string) => (message: string, attributes?: LogAttributes) => {
    write(JSON.stringify({ level, message, ...attributes, timestamp: new Date().toISOString() }));
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
}

export const silentLog: Log = { info: () => {}, warn: () => {}, error: () => {} };
