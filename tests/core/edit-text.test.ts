/** The editor's text helpers: highlight pieces, keyboard steps through a text, problems by target. */
import { describe, expect, it } from 'vitest';
import {
  actorsIn,
  fieldOf,
  findAll,
  problemTargets,
  quoteOf,
  segmentsOf,
  step,
} from '../../src/edit/index.ts';
import type { Problem } from '../../src/validate/problem.ts';
import { astralDataset } from './edit-fixtures.ts';

describe('segmentsOf', () => {
  it('cuts the text where marks start and end, listing every mark over each piece', () => {
    const marks = [
      { start: 2, end: 6, id: 'a' },
      { start: 4, end: 8, id: 'b' },
      { start: 5, end: 5, id: 'empty' },
      { start: 9, end: 40, id: 'c' },
    ];
    expect(segmentsOf(12, marks)).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ['a'] },
      { start: 4, end: 6, ids: ['a', 'b'] },
      { start: 6, end: 8, ids: ['b'] },
      { start: 8, end: 9, ids: [] },
      { start: 9, end: 12, ids: ['c'] },
    ]);
  });

  it('adds cuts for a selection and lists a relation with two overlapping quotes once', () => {
    const marks = [
      { start: 0, end: 5, id: 'r' },
      { start: 3, end: 8, id: 'r' },
    ];
    expect(segmentsOf(8, marks, [1, 1, 6])).toEqual([
      { start: 0, end: 1, ids: ['r'] },
      { start: 1, end: 3, ids: ['r'] },
      { start: 3, end: 5, ids: ['r'] },
      { start: 5, end: 6, ids: ['r'] },
      { start: 6, end: 8, ids: ['r'] },
    ]);
    expect(segmentsOf(0, marks)).toEqual([]);
  });
});

describe('step', () => {
  const text = 'Putin met Erdoğan. They talked 🤝🏽 at length! Then left.';

  it('moves by whole graphemes: an emoji with its skin tone is one step', () => {
    const at = text.indexOf('🤝');
    expect(step(text, at, 'character', 1)).toBe(at + 4);
    expect(step(text, at + 4, 'character', -1)).toBe(at);
    expect(step(text, 0, 'character', -1)).toBe(0);
    expect(step(text, text.length, 'character', 1)).toBe(text.length);
  });

  it('moves forward to the end of a word and back to its start, skipping punctuation', () => {
    expect(step(text, 0, 'word', 1)).toBe(5);
    expect(step(text, 5, 'word', 1)).toBe(9);
    expect(step(text, text.indexOf('Erdoğan') + 7, 'word', 1)).toBe(text.indexOf('They') + 4);
    expect(step(text, 9, 'word', -1)).toBe(6);
    expect(step(text, 7, 'word', -1)).toBe(6);
  });

  it('moves to the end of a sentence (without its spaces) and back to its start', () => {
    expect(step(text, 0, 'sentence', 1)).toBe(text.indexOf('.') + 1);
    expect(step(text, text.indexOf('.') + 1, 'sentence', 1)).toBe(text.indexOf('!') + 1);
    expect(step(text, text.indexOf('talked'), 'sentence', -1)).toBe(text.indexOf('They'));
    expect(step(text, text.indexOf('They'), 'sentence', -1)).toBe(0);
  });
});

describe('problemTargets', () => {
  it('files each problem under the relation or actor its path points into', () => {
    const data = astralDataset();
    const problem = (path: string): Problem => ({
      code: 'schema',
      severity: 'error',
      file: 'x',
      path,
      message: path,
    });
    const targets = problemTargets(data, [
      problem('$.relations[1].summary'),
      problem('$.relations[1].evidence[0].quote'),
      problem('$.actors[3]'),
      problem('$.relationTypes[0]'),
      problem('$.relations[9]'),
      problem('$'),
    ]);
    expect([...targets.relations.keys()]).toEqual(['g-b-strike']);
    expect(targets.relations.get('g-b-strike')).toHaveLength(2);
    expect([...targets.actors.keys()]).toEqual(['GG']);
    expect(targets.other.map((p) => p.path)).toEqual(['$.relationTypes[0]', '$.relations[9]', '$']);
    expect(fieldOf(problem('$.relations[1].summary'))).toBe('summary');
    expect(fieldOf(problem('$.relations[1]'))).toBeUndefined();
    expect(quoteOf(problem('$.relations[1].evidence[3].end'))).toBe(3);
  });
});

describe('actorsIn', () => {
  it('lists the actors words name, by name, alias or representative, in the order named', () => {
    const data = astralDataset();
    expect(actorsIn(data, 'Betaland said Al Pha met the Gammas')).toEqual(['B', 'A', 'GG']);
    expect(actorsIn(data, 'Alphabet soup')).toEqual([]);
    expect(actorsIn(data, 'Gamma struck Beta')).toEqual(['G', 'B']);
  });
});

describe('findAll', () => {
  it('finds words ignoring case and runs of spaces, in UTF-16 indexes, even after İ', () => {
    const text = 'İstanbul: Putin  met Erdoğan; putin left.';
    expect(findAll(text, 'putin met')).toEqual([{ start: 10, end: 20 }]);
    expect(findAll(text, 'PUTIN').map((m) => text.slice(m.start, m.end))).toEqual(['Putin', 'putin']);
    expect(findAll(text, '  ')).toEqual([]);
    expect(findAll(text, 'a.b')).toEqual([]);
  });
});
