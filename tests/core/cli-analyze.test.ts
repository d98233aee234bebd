/**
 * `actor-graph analyze`: the report and the JSON on the seed, and its errors. Most runs go through
 * `run` in-process (the CLI without the process); one goes through the real `bin/actor-graph.js`.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AllianceAnalysis } from '../../src/alliance/index.ts';
import { run } from '../../src/cli/run.ts';
import type { Dataset } from '../../src/model/dataset.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SEED = 'graph-data/putins-delicate-dance.json';
const seed = JSON.parse(readFileSync(path.join(ROOT, SEED), 'utf8')) as Dataset;

async function analyze(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(['analyze', ...args], {
    out: (data) => void (stdout += typeof data === 'string' ? data : Buffer.from(data).toString()),
    err: (text) => void (stderr += text),
  });
  return { code, stdout, stderr };
}

describe('actor-graph analyze', () => {
  it('reports the seed for a reader: camps, strain, the unbalanced triangle with its quotes, brokers', async () => {
    const { code, stdout, stderr } = await analyze(SEED);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const camp = (name: string) => stdout.split('\n').find((l) => /^ {2}[AB]: /.test(l) && l.includes(name));
    expect(camp('Iran')).toContain('Russia');
    expect(camp('Israel')).not.toContain('Iran');
    expect(stdout).toMatch(/^Strain: \d+ of \d+ signed pairs against the camps/m);
    expect(stdout).toContain(
      'Russia, Iran, Israel: Russia is allied with both Iran and Israel, who are adversaries',
    );
    // A quote on each side of the triangle, verbatim from the dataset.
    expect(stdout).toContain('“Israel pelted Iran with a series of strikes”');
    expect(stdout).toMatch(/Russia–Israel \+[\d.]+, allies[^\n]*\n {6}mediation offer: “Russian President/);
    expect(stdout).toMatch(/^ {2}Russia: between Iran and Israel \(adversaries\)/m);
    expect(stdout).toMatch(/^Without alleged and analysis relations \(\d+ relations left out\):/m);
  });

  it('prints the analysis as JSON with --format json', async () => {
    const { code, stdout } = await analyze(SEED, '--format', 'json');
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as AllianceAnalysis;
    expect(Object.keys(result)).toEqual([
      'version',
      'dataset',
      'relationsAnalysed',
      'excludedStatuses',
      'weights',
      'pairs',
      'camps',
      'actors',
      'triads',
      'inferences',
      'brokers',
      'sensitivity',
    ]);
    expect(result.relationsAnalysed).toBe(seed.relations.length);
    const campOf = (id: string) => result.camps.camps.findIndex((c) => c.includes(id));
    expect(campOf('IRN')).not.toBe(campOf('ISR'));
    expect(result.triads.list[0]).toMatchObject({ actors: ['RUS', 'IRN', 'ISR'], balanced: false });
    expect(result.pairs[0]).toMatchObject({ actors: ['RUS', 'IRN'], sign: 1 });
    expect(result.brokers[0]!.actor).toBe('RUS');
  });

  it('leaves statuses out, sets factors and type weights', async () => {
    const reported = seed.relations.filter((r) => r.status === 'reported').length;
    const json = async (...args: string[]) => JSON.parse((await analyze(SEED, '-f', 'json', ...args)).stdout);
    const a = await json('--exclude-status', 'alleged,analysis');
    expect(a.relationsAnalysed).toBe(reported);
    expect(a.excludedStatuses).toEqual(['alleged', 'analysis']);
    expect(a.sensitivity).toBeNull();
    const b = await json('--exclude-status', 'alleged', '--exclude-status', 'analysis', '--no-sensitivity');
    expect(b.relationsAnalysed).toBe(reported);
    const c = await json(
      '--status-factor',
      'analysis=0',
      '--type-weight',
      'treaty=1',
      '--objective',
      'count',
    );
    expect(c.weights.statusFactors.analysis).toBe(0);
    expect(c.weights.types.find((t: { typeId: string }) => t.typeId === 'treaty')).toEqual({
      typeId: 'treaty',
      weight: 1,
      basis: 'override',
    });
    expect(c.camps.objective).toBe('count');
  });

  it.each([
    [['--format', 'xml'], /--format must be text or json, not 'xml'/],
    [['--exclude-status', 'alledged'], /'alledged' is not a status \(did you mean 'alleged'\?\)/],
    [['--status-factor', 'alleged'], /--status-factor takes name=value/],
    [['--status-factor', 'alleged=-1'], /cannot be negative/],
    [['--type-weight', 'treaty=lots'], /'lots' is not a number/],
    [['--type-weight', 'treety=2'], /no relation type 'treety' \(did you mean 'treaty'\?\)/],
    [['--exact-limit', '40'], /--exact-limit must be a whole number from 0 to 30/],
    [['--objective', 'votes'], /--objective must be weight or count/],
    [['--bogus'], /unknown option --bogus/],
  ])('refuses %j as bad usage (exit 2)', async (args, message) => {
    const { code, stdout, stderr } = await analyze(SEED, ...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).toContain("Run 'actor-graph --help' for usage.");
  });

  it('needs exactly one dataset', async () => {
    expect((await analyze()).stderr).toMatch(/analyze needs a dataset file/);
    expect((await analyze(SEED, SEED)).stderr).toMatch(/analyze takes one dataset, not 2/);
  });

  it('prints the problems of an invalid dataset as validate does, and nothing else (exit 1)', async () => {
    const { code, stdout, stderr } = await analyze('tests/fixtures/invalid/trailing-comma.json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^tests\/fixtures\/invalid\/trailing-comma\.json:4:1: error json-syntax at \$: /);
    expect(stderr.trimEnd().split('\n').at(-1)).toMatch(
      /^✗ tests\/fixtures\/invalid\/trailing-comma\.json: 1 error/,
    );
  });

  it('says which file it cannot read (exit 2)', async () => {
    const { code, stderr } = await analyze('graph-data/nope.json');
    expect(code).toBe(2);
    expect(stderr).toMatch(/^actor-graph: .*graph-data\/nope\.json/);
  });

  it('runs from the real command line, listed in --help', async () => {
    const child = (...args: string[]) =>
      new Promise<{ code: number; stdout: string }>((resolve) =>
        execFile(process.execPath, ['bin/actor-graph.js', ...args], { cwd: ROOT }, (error, stdout) =>
          resolve({ code: error ? Number(error.code) : 0, stdout }),
        ),
      );
    const help = await child('--help');
    expect(help.stdout).toMatch(/^ {2}analyze <data\.json> +Alliances: /m);
    const report = await child('analyze', SEED);
    expect(report.code).toBe(0);
    expect(report.stdout).toContain('Unbalanced triangles:');
  }, 60_000);
});
