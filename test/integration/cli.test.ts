import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;

function triage(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/triage.ts', ...args], {
    cwd: root,
    input,
    encoding: 'utf8',
  });
  return {
    code: r.status,
    stdout: r.stdout,
    stderr: r.stderr,
    lines: r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l)),
  };
}

const tmp = mkdtempSync(join(tmpdir(), 'triage-cli-'));

describe('triage batch', () => {
  it('triages the bundled examples, one decision per line in input order', () => {
    const r = triage(['batch', '--in', 'data/examples/messages.jsonl', '--out', '-']);
    expect(r.code).toBe(0);
    expect(r.lines.map((d) => d.id)).toEqual(['ex-1', 'ex-2', 'ex-3', 'ex-4', 'ex-5', 'ex-6', 'ex-7']);
    expect(r.lines.find((d) => d.id === 'ex-2')).toMatchObject({ route: 'escalate', emergency: true });
    for (const d of r.lines) expect(d.reasons.length).toBeGreaterThan(0);
  });

  it('reports each bad line in its place, goes on, and exits non-zero at the end', () => {
    const input = [
      '{"id":"a","text":"please refill my metformin"}',
      '{"id":"b", text: broken json with Jane Doe 555-123-4567',
      '[1,2]',
      '',
      '{"messageId":"m","body":"my SSN is 123-45-6789"}',
      '{"id":"c","text":"need to reschedule my appointment"}',
    ].join('\n');
    const r = triage(['batch', '--in', '-', '--out', '-'], input);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(5);
    expect(r.lines[0]).toMatchObject({ id: 'a' });
    expect(r.lines[1]).toEqual({ line: 2, error: 'not valid JSON' });
    expect(r.lines[2]).toMatchObject({ line: 3, error: expect.stringMatching(/expected a JSON object/) });
    expect(r.lines[3]).toMatchObject({ line: 5, error: expect.stringMatching(/patientId.*sentAt|sentAt.*patientId/) });
    expect(r.lines[4]).toMatchObject({ id: 'c' });
    expect(r.stdout + r.stderr).not.toMatch(/Jane Doe|555-123-4567|123-45-6789/);
    expect(r.stderr).toMatch(/3 of 6 lines failed/);
  });

  it('writes to a file', () => {
    const out = join(tmp, 'out.jsonl');
    const r = triage(['batch', '--in', '-', '--out', out], '{"id":"x","text":"question about my bill"}\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
  });

  it('fails at start on an invalid configuration, naming the setting', () => {
    const cfg = join(tmp, 'bad-config.json');
    writeFileSync(cfg, JSON.stringify({ version: 'x', buckets: {} }));
    const r = triage(['batch', '--in', '-', '--out', '-', '--config', cfg], '{"id":"x","text":"hi"}\n');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid configuration: buckets\.refill/);
    expect(r.stdout).toBe('');
  });

  it('explains a missing option', () => {
    const r = triage(['batch', '--in', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/batch needs --in FILE and --out FILE/);
  });

  it('rejects an unknown command and an unknown option', () => {
    expect(triage(['frobnicate']).stderr).toMatch(/unknown command 'frobnicate'/);
    const r = triage(['batch', '--in', '-', '--out', '-', '--fast']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fast/);
  });

  it('names a missing input file', () => {
    const r = triage(['batch', '--in', join(tmp, 'nope.jsonl'), '--out', '-']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/triage: /);
  });
});

describe('triage eval', () => {
  it('scores a labelled dataset and writes report.json', () => {
    const data = join(tmp, 'labelled.jsonl');
    writeFileSync(
      data,
      [
        {
          id: '1',
          text: 'I have crushing chest pain right now',
          expected: { bucket: 'symptom', emergency: true, phi: [] },
        },
        {
          id: '2',
          text: 'Hi this is Dana Whitfield, refill my lisinopril',
          expected: { bucket: 'refill', emergency: false, phi: [{ start: 11, end: 25, type: 'NAME' }] },
        },
      ]
        .map((l) => JSON.stringify(l))
        .join('\n'),
    );
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'bin/triage.ts', 'eval', '--dataset', data, '--report', join(tmp, 'rep')],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/emergency recall: 100\.0% \(1\/1\)/);
    expect(r.stdout).toMatch(/PHI character recall: 100\.00%/);
  });

  it('names the line of a dataset that is not labelled', () => {
    const data = join(tmp, 'unlabelled.jsonl');
    writeFileSync(data, '{"id":"1","text":"hi"}\n');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'bin/triage.ts', 'eval', '--dataset', data], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/dataset line 1 is not a labelled message: expected/);
  });
});
