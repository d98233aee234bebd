/**
 * `actor-graph export` on hostile fixtures. Hostile but valid data exports in every format, and what
 * comes out reads back (expat, Python's csv, our own validator for JSON). Invalid data exports
 * nothing: with `--force` onto an existing file, the file keeps its bytes and its time, and no
 * temporary file is left, whatever went wrong (an internal error included). The command runs in
 * process (`run(args, io)`, tests/core/cli-harness.ts); `cli-export.test.ts` covers the command itself
 * on the seed dataset, and the real process.
 */
import { mkdtemp, readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/index.ts';
import { readMany, type CsvReport, type XmlReport } from '../fixtures/hostile/harness.ts';
import { cli as runCli, type CliRun } from './cli-harness.ts';

const TIMEOUT = 60_000;
const fixture = (name: string): string => `tests/fixtures/hostile/${name}`;

function cli(...args: string[]): Promise<CliRun> {
  return runCli(args);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-hostile-export-cli-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const temporaryFiles = async (): Promise<string[]> =>
  (await readdir(dir)).filter((name) => name.includes('.tmp-'));

describe('actor-graph export on hostile but valid data', { timeout: TIMEOUT }, () => {
  it.each([
    ['injection/html-in-text.json', 'svg'],
    ['integrity/near-reserved-ids.json', 'svg'],
    ['injection/control-characters.json', 'graphml'],
    ['injection/lone-surrogates.json', 'gexf'],
    ['injection/bidi-controls.json', 'gexf'],
    ['csv/formula-injection.json', 'csv'],
    ['integrity/near-reserved-ids.json', 'json'],
    ['injection/emoji-and-astral.json', 'png'],
  ])('%s as %s: exit 0, and the file reads back', async (name, format) => {
    const out = path.join(dir, `${name.replace(/\W/g, '_')}.${format}`);
    const run = await cli('export', fixture(name), '--format', format, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    if (format === 'png') {
      expect([...(await readFile(out)).subarray(0, 8)]).toEqual([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a,
      ]);
    } else if (format === 'csv') {
      const report = (await readMany<CsvReport>('csv', [out]))[out]!;
      expect(report.error).toBeUndefined();
      // A plain negative number (a weight or a pair score) is a number to a spreadsheet, not a formula.
      const formulas = report
        .rows!.flat()
        .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell));
      expect(formulas).toEqual([]);
    } else if (format === 'json') {
      const again = await validateDataset(await readFile(out), { file: out });
      expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    } else {
      const report = (await readMany<XmlReport>('xml', [out]))[out]!;
      expect(report.error).toBeUndefined();
      expect([report.active, report.handlers, report.links]).toEqual([[], [], []]);
    }
    expect(await temporaryFiles()).toEqual([]);
  });
});

describe('actor-graph export --force on hostile invalid data', { timeout: TIMEOUT }, () => {
  const OLD = 'the good export from yesterday\n';
  const PAST = new Date('2024-01-02T03:04:05Z');

  it.each([
    'transport/utf16le-bom.json',
    'syntax/duplicate-key.json',
    'integrity/null-items.json',
    'integrity/offset-beyond-safe-integer.json',
    'integrity/reserved-word-ids.json',
    'prototype/proto-key-in-actor.json',
    'injection/forged-problem-line.json',
    'links/url-too-long.json',
  ])('%s: exit 1, the existing file untouched, no temporary file', async (name) => {
    const out = path.join(dir, `${name.replace(/\W/g, '_')}.svg`);
    await writeFile(out, OLD);
    await utimes(out, PAST, PAST);
    // A bug rejects in process (the real process would exit 70): the file must survive that too.
    const run = await cli('export', fixture(name), '--format', 'svg', '--out', out, '--force').catch(
      (error: unknown) => ({ code: 70, stderr: String(error) }),
    );
    expect(await readFile(out, 'utf8')).toBe(OLD);
    expect((await stat(out)).mtime.getTime()).toBe(PAST.getTime());
    expect(await temporaryFiles()).toEqual([]);
    expect(run.code, run.stderr.slice(0, 300)).toBe(1);
  });
});
