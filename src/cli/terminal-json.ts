import { needsEscape } from '../text/printable.ts';

/**
 * JSON for a terminal: `JSON.stringify` escapes C0 controls but writes DEL, C1 controls (U+009B is a
 * terminal's CSI), line separators and bidirectional controls raw. Those are written as `\uXXXX`
 * too, which JSON reads back as the same string, so `--json` output is as safe to print as lines are.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[^ -~\n]/gu, (char) => {
    if (!needsEscape(char.codePointAt(0) ?? 0)) return char;
    return Array.from(
      { length: char.length },
      (_, i) => `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`,
    ).join('');
  });
}
