/**
 * Text from the data inside text of our own, made unable to turn it around. A name such as `Russia`
 * followed by U+202E (RIGHT-TO-LEFT OVERRIDE) reverses everything after it on its line: in a sentence
 * that the widget or an export writes around the name, the rest of the sentence. Unicode's answer is
 * an isolate: the name between U+2068 (FIRST STRONG ISOLATE) and U+2069 (POP DIRECTIONAL ISOLATE) is
 * laid out on its own, in the direction of its own first strong letter (so an Arabic, Hebrew or
 * Persian name reads right to left, a Latin one left to right), and whatever controls it holds end
 * with it. The text itself is left as it is: quotes and names stay verbatim, only wrapped.
 *
 * One thing could still break out: a U+2069 in the data with no isolate of its own to close would
 * close the one around it instead (browsers let it close a `<bdi>` too). Such strays are left out,
 * and isolates the data opens and never closes are closed where the data ends.
 */

const LRI = 0x2066;
const RLI = 0x2067;
const FSI = 0x2068;
const PDI = 0x2069;
const OPEN = '\u2068';
const CLOSE = '\u2069';

const opens = (code: number): boolean => code === LRI || code === RLI || code === FSI;

/** `text` without stray U+2069s, and with the isolates it opens closed at its end. */
export function balanceIsolates(text: string): string {
  let depth = 0;
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (opens(code)) depth++;
    else if (code === PDI) {
      if (depth > 0) depth--;
      else {
        out += text.slice(from, i);
        from = i + 1;
      }
    }
  }
  return out + text.slice(from) + CLOSE.repeat(depth);
}

/** `text` in a first-strong isolate: laid out on its own, in its own direction, however it ends. */
export function isolate(text: string): string {
  return text === '' ? text : `${OPEN}${balanceIsolates(text)}${CLOSE}`;
}

/**
 * Lines of text that was isolated and then broken into lines (a wrapped label or title), each
 * balanced on its own: an isolate that a line break cuts is closed at the end of its line and opened
 * again at the start of the next, so no line leaves one open for what is drawn after it.
 */
export function isolateLines(lines: readonly string[]): string[] {
  let carried = 0;
  return lines.map((line) => {
    const start = carried;
    let depth = carried;
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (opens(code)) depth++;
      else if (code === PDI && depth > 0) depth--;
    }
    carried = depth;
    return balanceIsolates(OPEN.repeat(start) + line);
  });
}
