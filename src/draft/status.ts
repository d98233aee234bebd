/**
 * How the text stands behind a relation, from its own words near the cue: "alleged", "reportedly",
 * "denied" make it `alleged`; "could", "may", "if", "likely" (the article's own speculation) make it
 * `analysis`; otherwise the text states it, and it is `reported`.
 */
import type { RelationStatus } from '../model/dataset.ts';

const ALLEGED =
  /\b(?:alleged(?:ly)?|reportedly|purported(?:ly)?|unconfirmed|unverified|denie[sd]|deny|denying|rumou?red|said to have|claimed to have|accused of)\b/iu;
const ANALYSIS =
  /\b(?:could|may|might|would|can|should|likely|unlikely|possibly|perhaps|potentially|probably|expected to|poised to|risks?|if|whether|scenario|speculat\w*)\b/iu;
const CONDITIONAL_OPENING = /^(?:If|Should|Were|Unless|Whether)\b/u;

/**
 * The status of a relation whose cue stands in `window` (the clause up to the end of the cue), in a
 * sentence that opens with `sentenceStart`.
 */
export function statusOf(window: string, sentenceStart: string): { status: RelationStatus; word?: string } {
  const alleged = ALLEGED.exec(window);
  if (alleged) return { status: 'alleged', word: alleged[0] };
  const analysis = ANALYSIS.exec(window);
  if (analysis) return { status: 'analysis', word: analysis[0] };
  const opening = CONDITIONAL_OPENING.exec(sentenceStart);
  if (opening) return { status: 'analysis', word: opening[0] };
  return { status: 'reported' };
}
