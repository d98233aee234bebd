/** The editor's core: edits as pure functions of a dataset, undo, and what the editor shows and keeps. */
export { EDIT_ERROR_CODES, EditError, type EditErrorCode } from './edit-error.ts';
export { acceptRelation, createRelation, rejectRelation, updateRelation } from './relation-edits.ts';
export type { NewRelation, RelationPatch } from './relation-edits.ts';
export { addEvidence, evidenceFor, removeEvidence, type TextSpan } from './evidence-edits.ts';
export {
  addActor,
  addAlias,
  mergeActors,
  removeActor,
  removeAlias,
  type MergeOutcome,
} from './actor-edits.ts';
export { MAX_UNDO, record, redo, startHistory, undo, type History } from './history.ts';
export { checkEdit, datasetJson } from './check-edit.ts';
export { withInlineSources } from './inline-sources.ts';
export { openDataset, sourceFiles, type OpenOutcome, type OpenRequest } from './open-dataset.ts';
export { fieldOf, problemTargets, quoteOf, type ProblemTargets } from './problem-targets.ts';
export { segmentsOf, type Mark, type Segment } from './segments.ts';
export { step, type StepUnit } from './text-steps.ts';
export { readWorkRecord, toWorkRecord, type WorkRecord, type WorkState } from './work-record.ts';
export { applyEdit, relationName, type EditOutcome, type EditRequest } from './apply-edit.ts';
export { findAll } from './find-text.ts';
export { actorsIn } from './actors-in.ts';
export { moreTypes, removeType, withType, withoutDroppedTypes } from './type-catalogue.ts';
