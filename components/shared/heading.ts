import { literal, type StaticValue } from 'lit/static-html.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const TAGS: readonly StaticValue[] = [
  literal`h1`,
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** A heading level from an attribute: anything outside 1–6 falls back, so a typo cannot break the outline. */
export function toHeadingLevel(value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 6 ? (n as HeadingLevel) : fallback;
}

/** The tag for a level, as a static value for `lit/static-html.js` (levels deeper than 6 stay h6). */
export function headingTag(level: number): StaticValue {
  return TAGS[Math.min(Math.max(level, 1), 6) - 1] ?? literal`h6`;
}
