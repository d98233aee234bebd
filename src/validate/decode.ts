/**
 * Bytes to text. Datasets and sources must be UTF-8: offsets in evidence count code points of the
 * decoded text, so a file decoded with a guessed encoding would silently move every quote.
 */
import { PROBLEM_CODES, type Problem, type ProblemCode } from './problem.ts';

export interface DecodeOptions {
  /** Reported as `Problem.file`. */
  readonly file: string;
  /** Reported as `Problem.path`: `$` for the dataset, `$.sources[i].file` for a source text. */
  readonly path: string;
  /** How messages name the bytes: "The file", "Source file \"a.txt\"". */
  readonly subject: string;
  readonly maxBytes: number;
  /**
   * Whether problems get the line and column of a bad byte: true for the dataset itself; false for a
   * source file, whose problems point at its `file` field in the dataset instead.
   */
  readonly positions?: boolean;
}

export interface Decoded {
  /** Absent when the bytes cannot be used as text. */
  readonly text?: string;
  readonly problems: Problem[];
}

const MB = 1024 * 1024;
export const formatSize = (bytes: number): string =>
  bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${bytes} bytes`;

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (WHATWG rules), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] as number;
    if (lead < 0x80) {
      i++;
      continue;
    }
    let need: number;
    // Narrower second-byte ranges reject overlong forms, surrogates and code points above U+10FFFF.
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) need = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || next < lower || next > upper) return i;
      lower = 0x80;
      upper = 0xbf;
    }
    i += need + 1;
  }
  return -1;
}

/** 1-based line and column (in characters, as an editor shows them) of a byte offset. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  const before = new TextDecoder('utf-8').decode(bytes.subarray(lineStart, offset));
  return { line, column: before.length + 1 };
}

/**
 * The message of a `too-large` problem, shared with callers that check a file's size before reading
 * it. `size` is Infinity when reading stopped at the limit without learning the size (a pipe).
 */
export const tooLargeMessage = (subject: string, size: number, maxBytes: number): string =>
  Number.isFinite(size)
    ? `${subject} is ${formatSize(size)}; the limit is ${formatSize(maxBytes)} (raise limits.maxBytes to read it).`
    : `${subject} is larger than the limit of ${formatSize(maxBytes)}, where reading stopped (raise limits.maxBytes to read it).`;

/** How many leading bytes `looksLikeUtf16` reads: enough for a few characters, never the whole file. */
const SNIFF = 64;

/**
 * Whether bytes are UTF-16 or UTF-32: a byte order mark for either, or, without one, zero bytes in
 * (nearly) every other position, or three of every four, over the start, as ASCII text takes in those
 * encodings. A NUL at the start of a UTF-8 file is not that: it is a NUL, and reported as one.
 */
export function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [b0, b1, b2, b3] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return true;
  if (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff) return true;
  const n = Math.min(bytes.length, SNIFF) & ~3;
  if (n < 4) return false;
  const zeros = [0, 0, 0, 0];
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros[i % 4]!++;
  const [z0, z1, z2, z3] = zeros as [number, number, number, number];
  const units = n / 4;
  // Mostly zero where ASCII has its zero bytes, mostly not elsewhere: a few other characters are fine.
  const mostly = (count: number, of: number): boolean => count >= of * 0.75;
  const few = (count: number, of: number): boolean => count <= of * 0.25;
  return (
    (mostly(z1 + z3, 2 * units) && few(z0 + z2, 2 * units)) ||
    (mostly(z0 + z2, 2 * units) && few(z1 + z3, 2 * units)) ||
    (mostly(z1 + z2 + z3, 3 * units) && few(z0, units)) ||
    (mostly(z0 + z1 + z2, 3 * units) && few(z3, units))
  );
}

const hex = (byte: number): string => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

export function decodeText(input: Uint8Array | string, options: DecodeOptions): Decoded {
  const problems: Problem[] = [];
  const report = (
    code: ProblemCode,
    message: string,
    severity: Problem['severity'] = 'error',
    at?: { line: number; column: number },
  ): Decoded => {
    const where = options.positions ? (at ?? { line: 1, column: 1 }) : {};
    problems.push({ code, severity, file: options.file, path: options.path, ...where, message });
    return { problems };
  };
  const { subject } = options;

  // A string cannot be smaller in UTF-8 than its UTF-16 length, so this bound needs no encoding.
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > options.maxBytes) {
    return report(PROBLEM_CODES.tooLarge, tooLargeMessage(subject, size, options.maxBytes));
  }

  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (looksLikeUtf16(input)) {
      return report(
        PROBLEM_CODES.invalidEncoding,
        `${subject} is UTF-16 (or UTF-32), not UTF-8: save it as UTF-8 (in most editors: "Save with encoding" → UTF-8).`,
      );
    }
    try {
      // ignoreBOM keeps the BOM in the text, so strings and bytes are handled alike below.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      const bad = firstInvalidUtf8(input);
      const at = positionOfByte(input, bad);
      return report(
        PROBLEM_CODES.invalidEncoding,
        `${subject} is not valid UTF-8: byte ${hex(input[bad] ?? 0)} at offset ${bad} (line ${at.line}) ` +
          `is not UTF-8 — was it saved as Latin-1 or Windows-1252? Save it as UTF-8.`,
        'error',
        at,
      );
    }
  }

  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    report(
      PROBLEM_CODES.byteOrderMark,
      `${subject} starts with a byte order mark (BOM); it was ignored, but some tools reject it: save as UTF-8 without BOM.`,
      'warning',
    );
  }
  if (!/\S/.test(text)) {
    return report(PROBLEM_CODES.emptyFile, `${subject} is empty${text === '' ? '' : ' (only whitespace)'}.`);
  }
  return { text, problems };
}
