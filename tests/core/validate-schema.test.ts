/** The validator, part 2: shape problems from the JSON Schema, reworded and located. */
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODES, validateDataset, type Problem } from '../../src/validate/index.ts';
import { REMOVE, SOURCE_FILE, SOURCE_TEXT, edited, toJson } from '../fixtures/invalid/base-dataset.ts';

const resolveSource = async (file: string): Promise<string> => {
  if (file === SOURCE_FILE) return SOURCE_TEXT;
  throw new Error(`no such file: ${file}`);
};
const problemsOf = async (value: unknown): Promise<Problem[]> =>
  (
    await validateDataset(typeof value === 'string' ? value : toJson(value), {
      file: 'test.json',
      resolveSource,
    })
  ).problems;
const errors = async (value: unknown): Promise<Problem[]> =>
  (await problemsOf(value)).filter((p) => p.severity === 'error');

describe('the top level', () => {
  it.each([
    ['[]', 'an array'],
    ['"a dataset"', 'a string'],
    ['null', 'null'],
    ['42', 'a whole number'],
  ])('must be an object: %s gives one clear problem', async (text, found) => {
    const problems = await problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: PROBLEM_CODES.schema, path: '$', line: 1, column: 1 });
    expect(problems[0]!.message).toBe(`The file must contain a JSON object (a dataset), found ${found}.`);
  });

  it('rejects another formatVersion as unsupported-version', async () => {
    const [problem, ...rest] = await errors(edited({ '$.formatVersion': 2 }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({
      code: PROBLEM_CODES.unsupportedVersion,
      path: '$.formatVersion',
      line: 2,
    });
  });

  it('says formatVersion must be a number when it is a string', async () => {
    const [problem] = await errors(edited({ '$.formatVersion': '1' }));
    expect(problem).toMatchObject({ code: PROBLEM_CODES.unsupportedVersion, path: '$.formatVersion' });
    expect(problem!.message).toBe('formatVersion must be the number 1, found the string "1".');
  });
});

describe('schema problems', () => {
  it('names a missing required property and the relation it is missing from', async () => {
    const [problem, ...rest] = await errors(edited({ '$.relations[1].summary': REMOVE }));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ code: PROBLEM_CODES.schema, path: '$.relations[1]' });
    expect(problem!.message).toBe('Relation "rus-isr-talks" is missing "summary".');
  });

  it('reports an unknown field at its own path, suggesting a close known one', async () => {
    const [problem] = await errors(edited({ '$.actors[0].descripton': 'typo' }));
    expect(problem).toMatchObject({ code: PROBLEM_CODES.schema, path: '$.actors[0].descripton' });
    expect(problem!.message).toBe('Unknown field "descripton" in actor "RUS". Did you mean "description"?');
  });

  it('does not suggest a field that is not close', async () => {
    const [problem] = await errors(edited({ '$.colour': 'red' }));
    expect(problem!.message).toBe('Unknown field "colour" in the dataset.');
  });

  it('lists the allowed values of an enum', async () => {
    const [problem] = await errors(edited({ '$.relations[0].status': 'statuss' }));
    expect(problem).toMatchObject({ path: '$.relations[0].status' });
    expect(problem!.message).toMatch(/^"statuss" must be one of: reported, alleged, analysis\./);
  });

  it('explains the id pattern', async () => {
    const [problem] = await errors(edited({ '$.actors[2].id': 'a b' }));
    expect(problem).toMatchObject({ path: '$.actors[2].id' });
    expect(problem!.message).toBe(
      `"a b" is not a valid id: use letters, digits, '_', '.' or '-' (at most 64), starting with a letter or digit.`,
    );
  });

  it('says which type was expected and which was found', async () => {
    const [problem] = await errors(edited({ '$.relations[2].evidence[0].start': '95' }));
    expect(problem).toMatchObject({ path: '$.relations[2].evidence[0].start' });
    expect(problem!.message).toBe('Expected a whole number, found the string "95".');
  });

  it("checks a quote's own attribution like any label", async () => {
    expect(await errors(edited({ '$.relations[2].evidence[0].attribution': 'A spokesman' }))).toEqual([]);
    const [empty] = await errors(edited({ '$.relations[2].evidence[0].attribution': '' }));
    expect(empty).toMatchObject({ path: '$.relations[2].evidence[0].attribution' });
    const [number] = await errors(edited({ '$.relations[2].evidence[0].attribution': 7 }));
    expect(number).toMatchObject({ path: '$.relations[2].evidence[0].attribution' });
    expect(number!.message).toBe('Expected a string, found 7.');
  });

  it('explains a source with neither or both of file and text', async () => {
    const neither = await errors(edited({ '$.sources[0].file': REMOVE }));
    expect(neither.map((p) => [p.code, p.path])).toEqual([[PROBLEM_CODES.schema, '$.sources[0]']]);
    const both = await errors(edited({ '$.sources[0].text': 'x' }));
    expect(both.map((p) => p.message)).toEqual(['Source "tiny" has both "file" and "text": keep one.']);
  });

  it('collapses the validator’s cascade: one problem per leaf, each once, with a line', async () => {
    const problems = await errors(
      edited({
        '$.relations[0].directed': 'yes',
        '$.relations[0].date': '2024-13',
        '$.actors[1].kind': 'stat',
      }),
    );
    expect(problems.map((p) => p.path)).toEqual([
      '$.actors[1].kind',
      '$.relations[0].directed',
      '$.relations[0].date',
    ]);
    expect(problems.every((p) => p.line !== undefined && p.column !== undefined)).toBe(true);
    expect(problems[0]!.message).toContain('Did you mean "state"?');
  });

  it('refuses a source path that leaves the dataset folder, without trying to read it', async () => {
    const requested: string[] = [];
    const dataset = edited({ '$.sources[0].file': '../secret.txt' });
    const result = await validateDataset(toJson(dataset), {
      file: 'test.json',
      resolveSource: async (file) => {
        requested.push(file);
        return '';
      },
    });
    expect(result.problems.filter((p) => p.severity === 'error').map((p) => p.path)).toEqual([
      '$.sources[0].file',
    ]);
    expect(requested).toEqual([]);
  });
});
