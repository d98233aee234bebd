/** Edit requests as the editor's parts send them: what each does, says, and shows next. */
import { describe, expect, it } from 'vitest';
import { applyEdit, relationName } from '../../src/edit/index.ts';
import { astralDataset, inlineTexts, readDraft, spanOf } from './edit-fixtures.ts';

describe('applyEdit', () => {
  it('after accepting a draft, shows the next draft; after the last, wraps round', () => {
    const draft = readDraft();
    const texts = inlineTexts(draft);
    const [first, second] = draft.relations;
    const accepted = applyEdit(draft, { kind: 'accept', id: first!.id }, texts);
    expect(accepted.select).toBe(second!.id);
    expect(accepted.label).toBe(`Accepted ${relationName(draft, first!.id)}`);
    const data = astralDataset();
    // a-b-treaty and gg-a-strike are drafts; accepting the last one goes back to the first.
    expect(applyEdit(data, { kind: 'accept', id: 'gg-a-strike' }, texts).select).toBe('a-b-treaty');
    const none = applyEdit(
      applyEdit(data, { kind: 'accept', id: 'a-b-treaty' }, texts).dataset,
      { kind: 'accept', id: 'gg-a-strike' },
      texts,
    );
    expect(none.select).toBe('gg-a-strike');
  });

  it('after rejecting, shows the next draft, and names what it rejected', () => {
    const data = astralDataset();
    const texts = inlineTexts(data);
    const rejected = applyEdit(data, { kind: 'reject', id: 'a-b-treaty' }, texts);
    expect(rejected.label).toBe('Rejected Treaty, Alpha — Beta');
    expect(rejected.select).toBe('gg-a-strike');
  });

  it('names a new relation by its type and ends, and selects it', () => {
    const data = astralDataset();
    const texts = inlineTexts(data);
    const made = applyEdit(
      data,
      {
        kind: 'create-relation',
        relation: {
          type: 'strike',
          from: 'A',
          to: 'G',
          directed: true,
          status: 'reported',
          summary: 'Alpha struck Gamma.',
          evidence: [spanOf(data.sources[0]!.text!, 'Gamma struck')],
        },
      },
      texts,
    );
    expect(made.label).toBe('Made Strike, Alpha → Gamma');
    expect(made.select).toBe('a-g-strike');
  });

  it('says when a merge left relations from an actor to itself', () => {
    const data = astralDataset();
    const merged = applyEdit(data, { kind: 'merge-actors', keep: 'B', duplicate: 'G' }, inlineTexts(data));
    expect(merged.label).toBe(
      'Merged Gamma into Beta (1 relation between them now goes from Beta to itself: reject or edit it)',
    );
  });
});
