import type { RelationStatus } from '../../src/model/dataset.ts';
import { formatCount } from '../../src/text/count.ts';

/** What each status means, in plain words, for readers who have not read the dataset format. */
export const STATUS_EXPLANATIONS: Readonly<Record<RelationStatus, string>> = Object.freeze({
  reported: 'Reported as fact',
  alleged: 'Alleged (the text calls it alleged)',
  analysis: "The article's own analysis",
});

export const plural = (n: number, one: string, many = `${one}s`): string =>
  `${formatCount(n)} ${n === 1 ? one : many}`;
