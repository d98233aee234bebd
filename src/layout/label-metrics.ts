/**
 * Label sizes without a canvas. Layout runs in Node and in workers, where text cannot be measured, so
 * widths are estimated from average glyph widths of common sans-serif fonts (in em). Overestimating a
 * little is the safe side: the layout keeps labels apart by their estimated boxes.
 */
const NARROW = new Set([..."iljtfrI.,:;'!|()[] "]);
const WIDE = new Set([...'mwMWOQGDCH@%&']);

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text)
    em += NARROW.has(char) ? 0.32 : WIDE.has(char) ? 0.86 : char === char.toUpperCase() ? 0.68 : 0.56;
  return em * fontSize;
}

/** Width and height of a label wrapped at `maxWidth` the way Cytoscape's `text-wrap: wrap` does. */
export function estimateLabelBox(
  text: string,
  fontSize: number,
  maxWidth: number,
): { width: number; height: number } {
  const lines = wrapWords(text, (s) => estimateTextWidth(s, fontSize), maxWidth);
  const width = Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontSize)));
  return { width, height: lines.length * fontSize * 1.25 };
}

/** Greedy word wrap; exported so the SVG exporter breaks lines where the screen does. */
export function wrapWords(text: string, measure: (s: string) => number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
