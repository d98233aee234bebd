/**
 * Issue #12, case 11: the CLI's own lines (the summary line, "✓ wrote", "cannot read", usage errors,
 * warnings, `--json`) printed file names and option values raw, so an ESC byte or a line break in a
 * name reached the terminal or forged a line. They are escaped now, as problem lines always were.
 * Run in process through `run(args, io)`: what is written is the point, not the process.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { unreadableIn } from '../fixtures/hostile/harness.ts';
import { smallDataset } from './small-dataset.ts';

/** Names a terminal would act on: a screen clear and a forged line, C1's CSI, a right-to-left override. */
const NAMES = ['clear\u001b[2J\n✓ forged.json', 'csi\u009b31m.json', 'rtl\u202egnp.json', 'nel\u0085x.json'];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-names-'));
  for (const name of NAMES) await writeFile(path.join(dir, name), JSON.stringify(smallDataset()));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, {
    out: (data) => void (out += typeof data === 'string' ? data : `<${data.length} bytes>`),
    err: (text) => void (err += text),
    outIsTerminal: false,
  });
  return { code, out, err };
}

const inDir = (name: string): string => path.join(dir, name);
const lines = (text: string): string[] => text.replace(/\n$/, '').split('\n');

describe('file names on the terminal', () => {
  it.each(NAMES)('validate: the summary line escapes %j and stays one line', async (name) => {
    const { code, out, err } = await cli('validate', inDir(name));
    expect(code).toBe(0);
    expect(err).toBe('');
    expect(unreadableIn(out.replace(/\n$/, ''))).toBeUndefined();
    expect(lines(out)).toHaveLength(1);
    expect(out).toMatch(/^✓ .*: 3 actors, 3 relations, \d+ quotes verified\n$/);
    expect(out).toContain(path.basename(name).slice(0, 3));
  });

  it('validate --json escapes what JSON.stringify leaves raw, and reads back as the same names', async () => {
    const files = [...NAMES.map(inDir), inDir('missing\u009b.json')];
    const { code, out, err } = await cli('validate', '--json', ...files);
    expect(code).toBe(2);
    expect(unreadableIn(out.replace(/\n/g, ' '))).toBeUndefined();
    expect(unreadableIn(err.replace(/\n$/, ''))).toBeUndefined();
    const reports = JSON.parse(out) as { file: string }[];
    expect(reports.map((r) => r.file)).toEqual(files);
  });

  it('an unreadable file is named escaped, in one line', async () => {
    const { code, err } = await cli('validate', inDir('gone\u001b]8;;evil.example\u0007.json'));
    expect(code).toBe(2);
    expect(lines(err)).toHaveLength(1);
    expect(unreadableIn(err.replace(/\n$/, ''))).toBeUndefined();
    expect(err).toContain('gone\\u001B]8;;evil.example\\u0007.json: no such file');
  });

  it('export: "✓ wrote" and the refusal to overwrite name the file escaped', async () => {
    const out = inDir('out\u001b[31m\n.csv');
    const first = await cli('export', inDir(NAMES[1]!), '--out', out);
    expect(first.code).toBe(0);
    expect(lines(first.err)).toHaveLength(1);
    expect(unreadableIn(first.err.replace(/\n$/, ''))).toBeUndefined();
    expect(first.err).toMatch(/^✓ wrote .*out\\u001B\[31m\\u000A\.csv \(/);
    const again = await cli('export', inDir(NAMES[1]!), '--out', out);
    expect(again.code).toBe(1);
    expect(unreadableIn(again.err.replace(/\n$/, ''))).toBeUndefined();
    expect(again.err).toContain('\\u001B[31m\\u000A.csv exists; use --force to replace it');
  });

  it('usage errors repeat what was typed escaped', async () => {
    for (const args of [
      ['export', inDir(NAMES[0]!), '--format', 'png\u001b[2J'],
      ['export', inDir(NAMES[0]!), '--\u001b[2Jx'],
      ['valid\u202eate'],
      ['export', inDir(NAMES[0]!), '--format', 'csv', '--hide-type', 'x\u001b[2J'],
    ]) {
      const { code, err } = await cli(...args);
      expect(code).toBe(2);
      expect(unreadableIn(err.replace(/\n/g, ' '))).toBeUndefined();
      expect(err).toMatch(/\\u001B|\\u202E/);
    }
  });
});
