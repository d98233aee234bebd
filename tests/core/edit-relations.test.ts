/**
 * The editor's relation edits: accept, reject, edit, quotes from a selection, new relations. Each
 * returns a new dataset (the one given is untouched) that the one validator accepts.
 */
import { describe, expect, it } from 'vitest';
import {
  EDIT_ERROR_CODES,
  acceptRelation,
  addEvidence,
  checkEdit,
  createRelation,
  rejectRelation,
  removeEvidence,
  updateRelation,
} from '../../src/edit/index.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { sliceCodePoints } from '../../src/text/code-points.ts';
import { astralDataset, codeOf, inlineTexts, readDraft, spanOf } from './edit-fixtures.ts';

const errors = async (dataset: Dataset) =>
  (await checkEdit(dataset, inlineTexts(dataset), 'edited.json')).filter((p) => p.severity === 'error');

describe('accepting and rejecting drafts', () => {
  it('accepting removes the draft mark and nothing else', async () => {
    const draft = readDraft();
    const before = structuredClone(draft);
    const id = draft.relations[0]!.id;
    const accepted = acceptRelation(draft, id);
    expect(accepted.relations[0]!.draft).toBeUndefined();
    expect('draft' in accepted.relations[0]!).toBe(false);
    const { draft: _gone, ...rest } = draft.relations[0]!;
    expect(accepted.relations[0]).toEqual(rest);
    expect(draft).toEqual(before);
    expect(await errors(accepted)).toEqual([]);
  });

  it('accepting takes away the validator’s warning that the relation is a draft', async () => {
    const data = astralDataset();
    const warned = async (dataset: Dataset) =>
      (await checkEdit(dataset, inlineTexts(dataset), 'x.json'))
        .filter((p) => p.code === 'draft-relation')
        .map((p) => p.path);
    expect(await warned(data)).toEqual(['$.relations[0].draft', '$.relations[2].draft']);
    expect(await warned(acceptRelation(data, 'a-b-treaty'))).toEqual(['$.relations[2].draft']);
  });

  it('rejecting removes the relation; an unknown id changes nothing and says so', () => {
    const draft = readDraft();
    const id = draft.relations[3]!.id;
    const rejected = rejectRelation(draft, id);
    expect(rejected.relations).toHaveLength(draft.relations.length - 1);
    expect(rejected.relations.some((r) => r.id === id)).toBe(false);
    expect(codeOf(() => rejectRelation(draft, 'no-such'))).toBe(EDIT_ERROR_CODES.unknownRelation);
  });
});

describe('editing a relation', () => {
  it('changes type, status and attribution; an empty attribution is left out of the JSON', async () => {
    const data = astralDataset();
    const edited = updateRelation(data, 'g-b-strike', {
      type: 'treaty',
      status: 'alleged',
      attribution: 'RIA',
    });
    expect(edited.relations[1]).toMatchObject({ type: 'treaty', status: 'alleged', attribution: 'RIA' });
    const cleared = updateRelation(edited, 'g-b-strike', { attribution: '' });
    expect('attribution' in cleared.relations[1]!).toBe(false);
    expect(await errors(cleared)).toEqual([]);
    expect(codeOf(() => updateRelation(data, 'g-b-strike', { type: 'hug' }))).toBe(
      EDIT_ERROR_CODES.unknownType,
    );
    expect(codeOf(() => updateRelation(data, 'g-b-strike', { to: 'ZZ' }))).toBe(
      EDIT_ERROR_CODES.unknownActor,
    );
  });

  it('swapping the ends swaps the representatives; a new end drops one that does not speak for it', async () => {
    const data = astralDataset();
    const swapped = updateRelation(data, 'a-b-treaty', { from: 'B', to: 'A' });
    expect(swapped.relations[0]).toMatchObject({ from: 'B', to: 'A', toRepresentative: 'al' });
    expect('fromRepresentative' in swapped.relations[0]!).toBe(false);
    const moved = updateRelation(data, 'a-b-treaty', { from: 'G' });
    expect(moved.relations[0]!.fromRepresentative).toBeUndefined();
    expect(await errors(swapped)).toEqual([]);
    expect(await errors(moved)).toEqual([]);
  });

  it('an empty summary is applied and shown by validation at the relation summary', async () => {
    const data = astralDataset();
    const edited = updateRelation(data, 'g-b-strike', { summary: '' });
    const found = await errors(edited);
    expect(found.map((p) => [p.code, p.path])).toEqual([['schema', '$.relations[1].summary']]);
  });
});

describe('quotes from a selection', () => {
  it('cuts the quote from the text, counting code points after emoji and astral ideographs', async () => {
    const data = astralDataset();
    const text = data.sources[0]!.text!;
    const span = spanOf(text, 'Alpha and Beta talked.');
    // Four astral characters precede it (🌍🌍𠀋🤝): its UTF-16 index is four more than its offset.
    expect(text.indexOf('Alpha and Beta talked.')).toBe(span.start + 4);
    const edited = addEvidence(data, 'a-b-treaty', span, inlineTexts(data));
    const added = edited.relations[0]!.evidence[1]!;
    expect(added).toEqual({ quote: 'Alpha and Beta talked.', ...span });
    expect(sliceCodePoints(text, added.start, added.end)).toBe(added.quote);
    expect(await errors(edited)).toEqual([]);
  });

  it('leaves out spaces at either end of the selection, and keeps quotes in text order', () => {
    const data = astralDataset();
    const text = data.sources[0]!.text!;
    const span = spanOf(text, ' and 𠀋. ');
    const edited = addEvidence(data, 'g-b-strike', span, inlineTexts(data));
    const quotes = edited.relations[1]!.evidence;
    // "Intro 🌍🌍 " is 9 code points; the quote starts after the space that follows.
    expect(quotes[0]).toEqual({ source: 'src', quote: 'and 𠀋.', start: 9, end: 15 });
    expect(sliceCodePoints(text, 9, 15)).toBe('and 𠀋.');
    expect(quotes[1]!.quote).toBe('Gamma struck Beta.');
  });

  it('refuses an empty selection, one past the text, and a quote the relation has', () => {
    const data = astralDataset();
    const texts = inlineTexts(data);
    const text = data.sources[0]!.text!;
    const at = (start: number, end: number) => ({ source: 'src', start, end });
    expect(codeOf(() => addEvidence(data, 'a-b-treaty', at(5, 6), texts))).toBe(
      EDIT_ERROR_CODES.emptySelection,
    );
    expect(codeOf(() => addEvidence(data, 'a-b-treaty', at(4, 4), texts))).toBe(
      EDIT_ERROR_CODES.emptySelection,
    );
    expect(codeOf(() => addEvidence(data, 'a-b-treaty', at(0, 9999), texts))).toBe(
      EDIT_ERROR_CODES.selectionOutOfRange,
    );
    expect(codeOf(() => addEvidence(data, 'a-b-treaty', { ...at(0, 4), source: 'nope' }, texts))).toBe(
      EDIT_ERROR_CODES.unknownSource,
    );
    const own = spanOf(text, 'Gamma struck Beta.');
    expect(codeOf(() => addEvidence(data, 'g-b-strike', own, texts))).toBe(
      EDIT_ERROR_CODES.duplicateEvidence,
    );
  });

  it('removes a quote; a relation left without any is a warning, not an error', async () => {
    const data = astralDataset();
    const edited = removeEvidence(data, 'g-b-strike', 0);
    expect(edited.relations[1]!.evidence).toEqual([]);
    const problems = await checkEdit(edited, inlineTexts(edited), 'x.json');
    expect(
      problems.filter((p) => p.path.startsWith('$.relations[1]')).map((p) => [p.severity, p.code, p.path]),
    ).toEqual([['warning', 'no-evidence', '$.relations[1].evidence']]);
  });
});

describe('a new relation from a selection', () => {
  it('gets an id from its ends and type, no draft mark, and a verbatim quote', async () => {
    const data = astralDataset();
    const text = data.sources[0]!.text!;
    const { dataset, id } = createRelation(
      data,
      {
        type: 'strike',
        from: 'G',
        to: 'A',
        directed: true,
        status: 'alleged',
        summary: ' Gamma struck Alpha. ',
        attribution: '',
        evidence: [spanOf(text, 'Gamma struck')],
      },
      inlineTexts(data),
    );
    expect(id).toBe('g-a-strike');
    const made = dataset.relations.at(-1)!;
    expect(made).toEqual({
      id: 'g-a-strike',
      type: 'strike',
      from: 'G',
      to: 'A',
      directed: true,
      status: 'alleged',
      summary: 'Gamma struck Alpha.',
      evidence: [{ quote: 'Gamma struck', ...spanOf(text, 'Gamma struck') }],
    });
    expect(await errors(dataset)).toEqual([]);
    const again = createRelation(dataset, { ...made, evidence: [] }, inlineTexts(dataset));
    expect(again.id).toBe('g-a-strike-2');
  });
});
