// A worker thread does not inherit the main thread's TypeScript loader: register tsx here,
// then load the worker itself (triage-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./triage-worker.ts');
