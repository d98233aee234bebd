/**
 * A whole number with thousands separators, as `toLocaleString('en')` writes it ("20,000"), without
 * it: the first `toLocaleString` of a page initialises the browser's ICU data, some tens of
 * milliseconds on the path to the first drawn graph for the one number in its summary. Numbers that
 * are not safe integers (a fraction, Infinity) are written as `toLocaleString('en')` would.
 */
export function formatCount(n: number): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString('en');
  const digits = String(Math.abs(n));
  let grouped = '';
  for (let end = digits.length; end > 0; end -= 3) {
    const group = digits.slice(Math.max(0, end - 3), end);
    grouped = grouped ? `${group},${grouped}` : group;
  }
  return n < 0 ? `-${grouped}` : grouped;
}
