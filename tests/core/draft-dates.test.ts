/** Date phrases resolved against the publication date, to the precision the phrase has. */
import { describe, expect, it } from 'vitest';
import { datesIn } from '../../src/draft/dates.ts';
import { PEOPLE } from '../../src/draft/leaders.ts';
import { roleOn } from '../../src/draft/people.ts';

const resolve = (phrase: string, published?: string): { phrase: string; date?: string }[] =>
  datesIn(phrase, { start: 0, end: phrase.length }, published).map(({ phrase, date }) => ({
    phrase,
    ...(date ? { date } : {}),
  }));

describe('date phrases', () => {
  it('resolves weekdays to the latest one on or before publication', () => {
    expect(resolve('They met on Friday.', '2025-06-21')).toEqual([
      { phrase: 'on Friday', date: '2025-06-20' },
    ]);
    expect(resolve('They met on Saturday.', '2025-06-21')).toEqual([
      { phrase: 'on Saturday', date: '2025-06-21' },
    ]);
  });

  it('gives a month, a year or a day, as precise as the phrase', () => {
    expect(resolve('It was signed in June.', '2025-06-21')).toEqual([{ phrase: 'in June', date: '2025-06' }]);
    expect(resolve('It was signed in December.', '2025-06-21')).toEqual([
      { phrase: 'in December', date: '2024-12' },
    ]);
    expect(resolve('It was signed in 2019.')).toEqual([{ phrase: 'in 2019', date: '2019' }]);
    expect(resolve('He spoke on June 20, 2025 in Moscow.')).toEqual([
      { phrase: 'on June 20, 2025', date: '2025-06-20' },
    ]);
    expect(resolve('Talks began on 13 June.', '2025-06-21')).toEqual([
      { phrase: 'on 13 June', date: '2025-06-13' },
    ]);
    expect(resolve('Trade fell last month.', '2025-01-10')).toEqual([
      { phrase: 'last month', date: '2024-12' },
    ]);
  });

  it('keeps a relative phrase without a date when there is no publication date', () => {
    expect(resolve('They met yesterday.')).toEqual([{ phrase: 'yesterday' }]);
  });
});

describe('roles as of a date', () => {
  const trump = PEOPLE.find((p) => p.id === 'trump')!;
  it('is the role held then, "former" after it, none before', () => {
    expect(roleOn(trump, '2025-06-21')).toBe('U.S. President');
    expect(roleOn(trump, '2022-03-01')).toBe('former U.S. President');
    expect(roleOn(trump, '2010-01-01')).toBeUndefined();
    expect(roleOn(trump, undefined)).toBe('U.S. President');
  });
});
