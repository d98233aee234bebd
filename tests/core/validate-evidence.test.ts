/** The validator, part 4: every quote is exactly the code points `[start, end)` of its source. */
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
const onlyProblem = async (dataset: unknown): Promise<Problem> => {
  const { problems } = await validateDataset(toJson(dataset), { file: 'test.json', resolveSource });
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('evidence', () => {
  it('counts offsets in code points: the quote after a flag emoji matches at 44–71', async () => {
    // 44 code points precede "Moscow", but 46 UTF-16 units: the flag is two astral code points.
    expect(SOURCE_TEXT.indexOf('Moscow also')).toBe(46);
    const { problems } = await validateDataset(toJson(baseDataset()), { file: 'test.json', resolveSource });
    expect(problems).toEqual([]);
  });

  it('gives the true offsets of a quote that occurs once elsewhere', async () => {
    // UTF-16 indexes instead of code points: the classic mistake after an emoji.
    const problem = await onlyProblem(
      edited({ '$.relations[1].evidence[0].start': 46, '$.relations[1].evidence[0].end': 73 }),
    );
    expect(problem).toMatchObject({
      code: PROBLEM_CODES.quoteMismatch,
      path: '$.relations[1].evidence[0].start',
    });
    expect(problem.message).toContain(
      'the quote is at 44–71 (line 1), not 46–73: set start to 44 and end to 71.',
    );
    expect(problem.line).toBeGreaterThan(1);
  });

  it('lists the occurrences of a quote that occurs several times', async () => {
    const problem = await onlyProblem(
      edited({
        '$.relations[2].evidence[0].quote': 'Israel',
        '$.relations[2].evidence[0].start': 0,
        '$.relations[2].evidence[0].end': 6,
      }),
    );
    expect(problem).toMatchObject({
      code: PROBLEM_CODES.quoteMismatch,
      path: '$.relations[2].evidence[0].start',
    });
    expect(problem.message).toContain('occurs 3 times');
    expect(problem.message).toContain('at 65–71 (line 1), 95–101 (line 2), 160–166 (line 2)');
  });

  it('says where the text first differs from a quote that is not in the source', async () => {
    const problem = await onlyProblem(
      edited({
        '$.relations[2].evidence[0].quote': 'Israel hit targets in Iran',
        '$.relations[2].evidence[0].end': 121,
      }),
    );
    expect(problem).toMatchObject({
      code: PROBLEM_CODES.quoteNotFound,
      path: '$.relations[2].evidence[0].quote',
    });
    expect(problem.message).toContain('not in source "tiny"');
    expect(problem.message).toContain('differ from character 8');
  });

  it('points to a match that differs only in typographic quotes', async () => {
    const text = 'They called it “a partnership” and Russia’s ally agreed.';
    const quote = "Russia's ally";
    const problem = await onlyProblem(
      edited({
        '$.sources[0].file': REMOVE,
        '$.sources[0].text': text,
        '$.relations': [
          { ...baseDataset().relations[0], evidence: [{ source: 'tiny', quote, start: 35, end: 48 }] },
        ],
        '$.actors': baseDataset().actors.slice(0, 2),
        '$.relationTypes': baseDataset().relationTypes.slice(0, 1),
      }),
    );
    expect(problem.code).toBe(PROBLEM_CODES.quoteNotFound);
    expect(problem.message).toContain('The text at 35–48 (line 1) matches except for quotation marks');
  });

  it('reports offsets past the end of the source with its length, and where the quote is', async () => {
    const problem = await onlyProblem(edited({ '$.relations[0].evidence[0].end': 500 }));
    expect(problem).toMatchObject({
      code: PROBLEM_CODES.offsetsOutOfRange,
      path: '$.relations[0].evidence[0].end',
    });
    expect(problem.message).toContain('(183 characters)');
    expect(problem.message).toContain('set start to 0 and end to 31');
  });

  it('requires start before end', async () => {
    const problem = await onlyProblem(
      edited({ '$.relations[0].evidence[0].start': 31, '$.relations[0].evidence[0].end': 31 }),
    );
    expect(problem).toMatchObject({
      code: PROBLEM_CODES.offsetsOutOfRange,
      path: '$.relations[0].evidence[0].end',
    });
  });
});
