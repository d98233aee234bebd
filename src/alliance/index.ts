// The alliance analysis: signed weights, pair scores, camps, triads, brokers and sensitivity, DOM-free.
export {
  ALLIANCE_ERROR_CODES,
  AllianceError,
  DEFAULT_ALLIANCE_OPTIONS,
  resolveAllianceOptions,
  type AllianceErrorCode,
  type AllianceOptions,
  type AllianceOptionsInput,
} from './options.ts';
export {
  allianceSteps,
  analyzeAlliances,
  analyzeDatasetSteps,
  analyzeSplit,
  runToEnd,
  splitSteps,
  type AllianceSplit,
} from './analysis.ts';
export { allianceReport } from './report.ts';
export { goldsteinValue, ploverValue, type ScaleValue } from './scales.ts';
export { typeWeight, weighRelations } from './weights.ts';
export type * from './types.ts';
