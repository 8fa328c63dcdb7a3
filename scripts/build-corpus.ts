/**
 * Compiles data/corpus/src/{train,dev,test}-*.jsonl into data/corpus/{train,dev,test}.jsonl
 * (DESIGN.md's labelled format). Deterministic: files and lines keep their order.
 * `--check` fails instead of writing when the compiled files are out of date.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compileSource } from '../functions/evaluation/dataset.ts';

const dir = new URL('../data/corpus/', import.meta.url);
const check = process.argv.includes('--check');
let stale = false;
for (const split of ['train', 'dev', 'test']) {
  const files = readdirSync(new URL('src/', dir))
    .filter((f) => f.startsWith(`${split}-`) && f.endsWith('.jsonl'))
    .sort();
  const out: string[] = [];
  for (const f of files) {
    readFileSync(new URL(`src/${f}`, dir), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        try {
          out.push(JSON.stringify(compileSource(JSON.parse(line))));
        } catch (e) {
          throw new Error(`${f}:${i + 1}: ${(e as Error).message}`);
        }
      });
  }
  const body = `${out.join('\n')}\n`;
  const target = new URL(`${split}.jsonl`, dir);
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current === body) continue;
  if (check) {
    console.error(`data/corpus/${split}.jsonl is out of date: run npm run corpus`);
    stale = true;
  } else {
    writeFileSync(target, body);
    console.log(`data/corpus/${split}.jsonl: ${out.length} messages from ${files.length} files`);
  }
}
if (stale) process.exit(1);
