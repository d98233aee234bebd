/**
 * Line and column of a UTF-16 index, 1-based, as editors and compilers print them. A line ends at
 * '\n' (a '\r' before it stays on its line, so CRLF files number lines as editors do). Columns count
 * UTF-16 units, as VS Code and the JSON parser do.
 */

export interface Position {
  readonly line: number;
  readonly column: number;
}

export interface LineIndex {
  /** 1-based line and column of a UTF-16 index (clamped to the text). */
  positionAt(index: number): Position;
}

/** For many look-ups in one text: stores where lines start, once, and binary-searches it. */
export function indexLines(text: string): LineIndex {
  const starts: number[] = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return {
    positionAt(index) {
      const at = Math.max(0, Math.min(index, text.length));
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >>> 1;
        if ((starts[mid] as number) <= at) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, column: at - (starts[lo] as number) + 1 };
    },
  };
}

/** For one look-up: counts newlines up to the index, without storing anything. */
export function positionAt(text: string, index: number): Position {
  const at = Math.max(0, Math.min(index, text.length));
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: at - lineStart + 1 };
}
