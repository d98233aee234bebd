/** The validator, part 3: ids, references between parts of the dataset, and the source files. */
import { describe, expect, it } from 'vitest';
import {
  PROBLEM_CODES,
  validateDataset,
  type Problem,
  type ResolveSource,
} from '../../src/validate/index.ts';
import {
  REMOVE,
  SOURCE_FILE,
  SOURCE_TEXT,
  baseDataset,
  edited,
  toJson,
} from '../fixtures/invalid/base-dataset.ts';

const resolveSource: ResolveSource = async (file) => {
  if (file === SOURCE_FILE) return SOURCE_TEXT;
  throw new Error(`no such file: ${file}`);
};
const problemsOf = async (dataset: unknown, resolve = resolveSource): Promise<Problem[]> =>
  (await validateDataset(toJson(dataset), { file: 'test.json', resolveSource: resolve })).problems;
const summary = (problems: Problem[]): [string, string, string][] =>
  problems.map((p) => [p.severity, p.code, p.path]);

describe('ids', () => {
  it('must be unique among actors and relations together', async () => {
    const problems = await problemsOf(edited({ '$.relations[0].id': 'IRN' }));
    expect(summary(problems)).toEqual([['error', PROBLEM_CODES.duplicateId, '$.relations[0].id']]);
    expect(problems[0]!.message).toContain('already used by $.actors[1]');
  });

  it('must be unique among actors, relation types, sources and an actor’s representatives', async () => {
    const dataset = baseDataset();
    dataset.actors[2]!.id = 'RUS';
    dataset.relationTypes[1]!.id = 'cooperation';
    dataset.sources.push({ id: 'tiny', title: 'Again', text: 'x' });
    dataset.actors[0]!.representatives!.push({ id: 'putin', name: 'Putin again' });
    const duplicates = (await problemsOf(dataset)).filter((p) => p.code === PROBLEM_CODES.duplicateId);
    expect(duplicates.map((p) => p.path).sort()).toEqual([
      '$.actors[0].representatives[1].id',
      '$.actors[2].id',
      '$.relationTypes[1].id',
      '$.sources[1].id',
    ]);
  });
});

describe('references', () => {
  it('names a relation’s unknown actor and suggests the close one', async () => {
    const problems = await problemsOf(edited({ '$.relations[1].to': 'ISRL' }));
    const [problem] = problems.filter((p) => p.severity === 'error');
    expect(problem).toMatchObject({ code: PROBLEM_CODES.unknownActor, path: '$.relations[1].to' });
    expect(problem!.message).toBe(
      'Relation "rus-isr-talks" goes from "RUS" to "ISRL", but there is no actor "ISRL". Did you mean "ISR"?',
    );
  });

  it('reports an undeclared relation type', async () => {
    const problems = await problemsOf(edited({ '$.relations[2].type': 'atack' }));
    const codes = summary(problems);
    expect(codes).toContainEqual(['error', PROBLEM_CODES.unknownType, '$.relations[2].type']);
    expect(problems.find((p) => p.code === PROBLEM_CODES.unknownType)!.message).toContain(
      'Did you mean "attack"?',
    );
    // "attack" is now used by nothing.
    expect(codes).toContainEqual(['warning', PROBLEM_CODES.unusedType, '$.relationTypes[1]']);
  });

  it('reports evidence quoting an undeclared source', async () => {
    const problems = await problemsOf(edited({ '$.relations[0].evidence[0].source': 'nope' }));
    expect(summary(problems)).toEqual([
      ['error', PROBLEM_CODES.unknownSource, '$.relations[0].evidence[0].source'],
    ]);
  });

  it('checks that a representative belongs to the actor on that end', async () => {
    const ok = await problemsOf(edited({ '$.relations[0].fromRepresentative': 'putin' }));
    expect(ok).toEqual([]);
    const swapped = await problemsOf(edited({ '$.relations[0].toRepresentative': 'putin' }));
    expect(summary(swapped)).toEqual([
      ['error', PROBLEM_CODES.unknownRepresentative, '$.relations[0].toRepresentative'],
    ]);
    expect(swapped[0]!.message).toContain('swapped');
  });
});

describe('warnings', () => {
  it('warn about a relation without evidence, and still return the dataset', async () => {
    const dataset = edited({ '$.relations[0].evidence': [] });
    const result = await validateDataset(toJson(dataset), { file: 'test.json', resolveSource });
    expect(summary(result.problems)).toEqual([
      ['warning', PROBLEM_CODES.noEvidence, '$.relations[0].evidence'],
    ]);
    expect(result.dataset).toBeDefined();
  });

  it('warn about a self-loop', async () => {
    const problems = await problemsOf(edited({ '$.relations[1].to': 'RUS' }));
    expect(summary(problems)).toContainEqual(['warning', PROBLEM_CODES.selfLoop, '$.relations[1].to']);
  });

  it('warn about an actor in no relation', async () => {
    const dataset = baseDataset();
    dataset.actors.push({ id: 'USA', name: 'United States', kind: 'state' });
    expect(summary(await problemsOf(dataset))).toEqual([
      ['warning', PROBLEM_CODES.isolatedActor, '$.actors[3]'],
    ]);
  });

  it('warn about a graph without actors', async () => {
    const problems = await problemsOf({ ...baseDataset(), actors: [], relations: [] });
    expect(summary(problems)).toContainEqual(['warning', PROBLEM_CODES.emptyGraph, '$.actors']);
  });
});

describe('source files', () => {
  it('report a file the resolver cannot read, with its message, at the source’s file field', async () => {
    const problems = await problemsOf(edited({ '$.sources[0].file': 'sources/missing.txt' }));
    expect(summary(problems)).toEqual([['error', PROBLEM_CODES.sourceUnavailable, '$.sources[0].file']]);
    expect(problems[0]!.message).toContain('no such file: sources/missing.txt');
    expect(problems[0]!.line).toBeGreaterThan(1);
  });

  it('report a source file that is not UTF-8, naming the file', async () => {
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9]);
    const problems = await problemsOf(baseDataset(), async () => latin1);
    const [problem] = problems;
    expect(problem).toMatchObject({ code: PROBLEM_CODES.invalidEncoding, path: '$.sources[0].file' });
    expect(problem!.message).toContain(`Source file "${SOURCE_FILE}"`);
  });

  it('report a source without a resolver as unavailable, not as a crash', async () => {
    const result = await validateDataset(toJson(baseDataset()), { file: 'test.json' });
    expect(summary(result.problems)).toEqual([
      ['error', PROBLEM_CODES.sourceUnavailable, '$.sources[0].file'],
    ]);
  });

  it('warn about text damaged by a wrong encoding', async () => {
    const dataset = edited({
      '$.sources[0].file': REMOVE,
      '$.sources[0].text': `${SOURCE_TEXT}Russia’s â€™ ally`,
    });
    expect(summary(await problemsOf(dataset))).toEqual([
      ['warning', PROBLEM_CODES.suspiciousText, '$.sources[0].text'],
    ]);
  });
});
