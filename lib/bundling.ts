/**
 * How every function is bundled, in one place: the CDK functions use BUNDLING as is, and
 * `npm run bench` bundles FUNCTION_ENTRIES with `esbuildOptions()`, the same options in esbuild's
 * own terms, so the sizes it measures are the sizes that ship.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BundlingOptions, LogLevel, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';
import type { FunctionName } from '../functions/handlers/env.ts';

/** The repository root (paths below are relative to it). */
export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Each function's entry point (exports `handler`), from the repository root. */
export const FUNCTION_ENTRIES = {
  webhook: 'functions/handlers/webhook/index.ts',
  triage: 'functions/handlers/triage/index.ts',
  staffApi: 'functions/handlers/staff-api/index.ts',
  escalationWatch: 'functions/handlers/escalation-watch/index.ts',
} as const satisfies Record<FunctionName, string>;

/**
 * Folders the triage function reads at run time, copied into its bundle under the same relative
 * paths; the function finds them through TRIAGE_ASSETS_DIR (functions/adapters/assets.ts).
 */
export const TRIAGE_ASSET_DIRS = ['data/lexicons', 'data/model', 'functions/adapters/aws/prompts'] as const;

/** Where Lambda unpacks the bundle. */
export const LAMBDA_TASK_ROOT = '/var/task';

/**
 * ESM needs `require` for the few CommonJS dependencies esbuild inlines; the alias keeps the
 * shim's own import from colliding with a bundled `createRequire`.
 */
const REQUIRE_SHIM =
  "import { createRequire as __portalTriageCreateRequire } from 'node:module';const require = __portalTriageCreateRequire(import.meta.url);";

export const BUNDLING = {
  format: OutputFormat.ESM,
  target: 'node22',
  minify: true,
  sourceMap: true,
  // Stack traces map to files and lines; the sources themselves would double the bundle.
  sourcesContent: false,
  // Prefer packages' ES module builds: they tree-shake.
  mainFields: ['module', 'main'],
  banner: REQUIRE_SHIM,
  // The nodejs22.x runtime provides the AWS SDK v3.
  externalModules: ['@aws-sdk/*'],
  tsconfig: join(REPO_ROOT, 'tsconfig.json'),
  // esbuild's per-file size table on every synth is noise; warnings and errors still show.
  logLevel: LogLevel.WARNING,
} as const satisfies BundlingOptions;

/** BUNDLING in esbuild's terms, for one entry (what NodejsFunction passes to esbuild). */
export function esbuildOptions(entry: string, outfile: string): BuildOptions {
  return {
    entryPoints: [join(REPO_ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: `${BUNDLING.format}`,
    target: BUNDLING.target,
    minify: BUNDLING.minify,
    sourcemap: BUNDLING.sourceMap,
    sourcesContent: BUNDLING.sourcesContent,
    mainFields: [...BUNDLING.mainFields],
    banner: { js: BUNDLING.banner },
    external: [...BUNDLING.externalModules],
    tsconfig: BUNDLING.tsconfig,
    logLevel: `${BUNDLING.logLevel}`,
  };
}

/** Shell commands (run after esbuild) that copy TRIAGE_ASSET_DIRS into the bundle. */
export function copyTriageAssets(inputDir: string, outputDir: string): string[] {
  return TRIAGE_ASSET_DIRS.map((dir) => {
    const parent = dir.split('/').slice(0, -1).join('/');
    return `mkdir -p "${outputDir}/${parent}" && cp -R "${inputDir}/${dir}" "${outputDir}/${parent}/"`;
  });
}
