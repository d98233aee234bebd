/**
 * Label sizes without a canvas. Layout runs in Node and in workers, where text cannot be measured, so
 * widths come from the advance widths of DejaVu Sans Bold (what the PNG exporter draws with, and what
 * `system-ui` resolves to on Linux), measured in Chromium. It is wider than most UI fonts, so
 * elsewhere the estimate errs on the safe side: the layout keeps labels apart by these boxes.
 */
// Advance widths in em of the printable ASCII characters, U+0020 to U+007E.
const ASCII_EM = [
  0.348, 0.456, 0.521, 0.838, 0.696, 1.002, 0.872, 0.306, 0.457, 0.457, 0.523, 0.838, 0.38, 0.415, 0.38,
  0.365, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.696, 0.4, 0.4, 0.838, 0.838, 0.838,
  0.58, 1.0, 0.774, 0.762, 0.734, 0.83, 0.683, 0.683, 0.821, 0.837, 0.372, 0.372, 0.775, 0.637, 0.995, 0.837,
  0.85, 0.733, 0.85, 0.77, 0.72, 0.682, 0.812, 0.774, 1.103, 0.771, 0.724, 0.725, 0.457, 0.365, 0.457, 0.838,
  0.5, 0.5, 0.675, 0.716, 0.593, 0.716, 0.678, 0.435, 0.716, 0.712, 0.343, 0.343, 0.665, 0.343, 1.042, 0.712,
  0.687, 0.716, 0.716, 0.493, 0.595, 0.478, 0.712, 0.652, 0.924, 0.645, 0.652, 0.582, 0.712, 0.365, 0.712,
  0.838,
];
/** Latin, Greek, Cyrillic and the like. */
const OTHER_EM = 0.72;
/** CJK and other full-width scripts. */
const WIDE_EM = 1.0;

/** Invisible formatting characters, drawn with no width: bidi marks, embeddings and isolates, joiners. */
const invisible = (code: number): boolean =>
  (code >= 0x200b && code <= 0x200f) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2060 && code <= 0x206f);

export function estimateTextWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0x20 && code <= 0x7e) em += ASCII_EM[code - 0x20]!;
    else if (!invisible(code) && code !== 0xfeff) em += code >= 0x2e80 ? WIDE_EM : OTHER_EM;
  }
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
