export { codePointLength, indexText, sliceCodePoints, toIndex, type TextIndex } from './code-points.ts';
export { findQuote, type FindQuoteOptions } from './find-quote.ts';
export { indexLines, positionAt, type LineIndex, type Position } from './lines.ts';
export { sentenceAround, type SentenceContext, type SentenceOptions } from './sentence.ts';
export { characterName, needsEscape, printable, quoted } from './printable.ts';
export { safeLinkUrl } from './safe-url.ts';
export { balanceIsolates, isolate, isolateLines } from './bidi.ts';
