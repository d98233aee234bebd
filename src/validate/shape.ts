/**
 * Defensive reads for checks that run even when the schema step found errors elsewhere: a relation
 * with a bad `date` should still have its `from` checked. Anything not of the expected type is
 * skipped here, because the schema step has already reported it.
 */
import { quoted } from '../text/printable.ts';

export type Fields = Readonly<Record<string, unknown>>;

export const isObject = (value: unknown): value is Fields =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** The objects of an array-valued field, with their indexes (other elements are skipped). */
export function objectsIn(owner: unknown, key: string): [Fields, number][] {
  if (!isObject(owner) || !Object.prototype.hasOwnProperty.call(owner, key)) return [];
  const list = owner[key];
  if (!Array.isArray(list)) return [];
  const result: [Fields, number][] = [];
  list.forEach((item: unknown, index) => {
    if (isObject(item)) result.push([item, index]);
  });
  return result;
}

/** An own string field, or undefined. */
export function stringIn(owner: Fields, key: string): string | undefined {
  if (!Object.prototype.hasOwnProperty.call(owner, key)) return undefined;
  const value = owner[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * An own field that is a whole number of at least `minimum`, however large (1e20 is one), or undefined:
 * a fraction, a negative number or Infinity is the schema step's to report.
 */
export function wholeNumberIn(owner: Fields, key: string, minimum: number): number | undefined {
  if (!Object.prototype.hasOwnProperty.call(owner, key)) return undefined;
  const value = owner[key];
  return Number.isInteger(value) && (value as number) >= minimum ? (value as number) : undefined;
}

/** `relation "rus-irn"` or `relation 3` when it has no usable id. */
export function named(noun: string, item: Fields, index: number): string {
  const id = stringIn(item, 'id');
  return id === undefined ? `${noun} ${index}` : `${noun} ${quoted(id, 80)}`;
}
