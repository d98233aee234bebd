/** The validator's public API: one entry point, its options and result, and the pieces the UI reuses. */
export { validateDataset, type ValidateOptions, type ValidationResult } from './validate.ts';
export { DEFAULT_LIMITS, resolveLimits, type Limits } from './limits.ts';
export { SourceTooLargeError, type ResolveSource } from './sources.ts';
export {
  DatasetError,
  PROBLEM_CODES,
  childPath,
  formatProblem,
  hasErrors,
  type Problem,
  type ProblemCode,
  type ProblemSink,
  type Severity,
} from './problem.ts';
export { decodeText, looksLikeUtf16, tooLargeMessage, type DecodeOptions, type Decoded } from './decode.ts';
export { isReservedId } from './ids.ts';
export { parseJson, type ParseOptions, type ParseResult, type Refusal } from './parse-json.ts';
export { checkSchema } from './schema.ts';
export { checkReferences } from './references.ts';
export { checkEvidence } from './evidence.ts';
