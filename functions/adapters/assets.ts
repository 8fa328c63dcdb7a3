/**
 * Files the adapters read at run time (lexicons, models, prompts), by their path from the
 * repository root. In a Lambda bundle the code is one file, so its own location says nothing:
 * the function copies the files beside it and sets TRIAGE_ASSETS_DIR.
 */
import { pathToFileURL } from 'node:url';

const REPO_ROOT = new URL('../../', import.meta.url);

export function assetUrl(pathFromRoot: string): URL {
  const dir = process.env.TRIAGE_ASSETS_DIR;
  const base = dir ? pathToFileURL(dir.endsWith('/') ? dir : `${dir}/`) : REPO_ROOT;
  return new URL(pathFromRoot, base);
}
