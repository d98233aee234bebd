/** Most matches counted: enough to say "1 of 1000 or more" without scanning a huge text for a letter. */
const MAX_MATCHES = 1000;

/**
 * Where `query` occurs in `text`, ignoring case, as UTF-16 ranges. Case-insensitive matching goes
 * through a regular expression (`iu`), not `toLowerCase`, which changes the length of some strings
 * ("İ" lowercases to two units) and so would move every match after them.
 */
export function findAll(text: string, query: string): { start: number; end: number }[] {
  const needle = query.trim();
  if (needle === '') return [];
  const pattern = new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'), 'giu');
  const found: { start: number; end: number }[] = [];
  for (const match of text.matchAll(pattern)) {
    found.push({ start: match.index, end: match.index + match[0].length });
    if (found.length >= MAX_MATCHES) break;
  }
  return found;
}
