/**
 * Relation types in the editor: a draft declares only the types the drafter used, so the project's
 * other types are offered too, brought into the dataset by the first relation that takes one and taken
 * out by the last that leaves it, unless the dataset defines the type in words of its own.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftDataset } from '../../src/draft/draft.ts';
import {
  EDIT_ERROR_CODES,
  EditError,
  applyEdit,
  checkEdit,
  moreTypes,
  type EditRequest,
} from '../../src/edit/index.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { astralDataset, codeOf, inlineTexts, spanOf } from './edit-fixtures.ts';

const ARTICLE = 'tests/fixtures/articles/biden-iran-attacks-statement.txt';
const typeIds = (dataset: Dataset): string[] => dataset.relationTypes.map((t) => t.id);
const warnings = async (dataset: Dataset) =>
  (await checkEdit(dataset, inlineTexts(dataset), 'edited.json')).map((p) => p.code);

/** The real drafter's draft of an article it was not tuned on, with its text inline. */
function draftOfArticle(): { dataset: Dataset; texts: Map<string, string> } {
  const { dataset } = draftDataset(readFileSync(ARTICLE, 'utf8'));
  return { dataset, texts: inlineTexts(dataset) };
}

describe('the types a reviewer can choose', () => {
  it('offers the project types a draft does not define, and none it does', () => {
    const { dataset } = draftOfArticle();
    const more = moreTypes(dataset).map((t) => t.id);
    expect(more).toContain('condemnation');
    expect(more).toContain('support');
    for (const id of typeIds(dataset)) expect(more).not.toContain(id);
    const labels = moreTypes(dataset).map((t) => t.label);
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'en')));
  });

  it('defines a project type in the dataset when a new relation takes it, and stays valid', async () => {
    const { dataset, texts } = draftOfArticle();
    const text = texts.get(dataset.sources[0]!.id)!;
    expect(typeIds(dataset)).not.toContain('condemnation');
    const request: EditRequest = {
      kind: 'create-relation',
      relation: {
        type: 'condemnation',
        from: 'USA',
        to: 'IRN',
        directed: true,
        status: 'reported',
        summary: 'The United States condemns the attacks.',
        evidence: [{ ...spanOf(text, 'I condemn these attacks', dataset.sources[0]!.id) }],
      },
    };
    const made = applyEdit(dataset, request, texts).dataset;
    expect(made.relationTypes.find((t) => t.id === 'condemnation')).toMatchObject({
      label: 'Condemnation',
      polarity: 'conflictual',
    });
    expect(made.relationTypes.find((t) => t.id === 'condemnation')).not.toHaveProperty('summary');
    const codes = await warnings(made);
    expect(codes).not.toContain('unused-type');
    expect(codes.filter((c) => c !== 'draft-relation')).toEqual([]);
  });

  it('takes a project type out with the last relation that leaves it, and never changes the draft given', () => {
    const { dataset, texts } = draftOfArticle();
    const before = structuredClone(dataset);
    const id = dataset.relations[0]!.id;
    const retyped = applyEdit(dataset, { kind: 'update', id, patch: { type: 'support' } }, texts).dataset;
    expect(typeIds(retyped)).toContain('support');
    let rest = retyped;
    for (const r of dataset.relations.slice(1)) {
      rest = applyEdit(rest, { kind: 'reject', id: r.id }, texts).dataset;
    }
    // Only the retyped relation is left: every type it or the others used before went.
    expect(rest.relations.map((r) => r.id)).toEqual([id]);
    expect(typeIds(rest)).toEqual(['support']);
    expect(dataset).toEqual(before);
  });

  it('keeps a type the dataset defines in its own words, and refuses one nobody defines', () => {
    const dataset = astralDataset();
    const texts = inlineTexts(dataset);
    const retyped = applyEdit(
      dataset,
      { kind: 'update', id: 'a-b-treaty', patch: { type: 'strike' } },
      texts,
    );
    expect(typeIds(retyped.dataset)).toEqual(['treaty', 'strike']);
    const refuse = () =>
      applyEdit(dataset, { kind: 'update', id: 'a-b-treaty', patch: { type: 'hug' } }, texts);
    expect(refuse).toThrow(EditError);
    try {
      refuse();
    } catch (error) {
      expect((error as EditError).code).toBe(EDIT_ERROR_CODES.unknownType);
    }
  });

  it('removes an unused type the dataset words its own way, which ends its warning; not a used or the last one', async () => {
    const dataset = astralDataset();
    const texts = inlineTexts(dataset);
    // Retyping the treaty leaves the dataset's own "treaty" unused: it stays, with a warning.
    const retyped = applyEdit(
      dataset,
      { kind: 'update', id: 'a-b-treaty', patch: { type: 'strike' } },
      texts,
    );
    expect(await warnings(retyped.dataset)).toContain('unused-type');
    const removed = applyEdit(retyped.dataset, { kind: 'remove-type', id: 'treaty' }, texts);
    expect(typeIds(removed.dataset)).toEqual(['strike']);
    expect(removed.label).toMatch(/^Removed relation type /);
    expect(await warnings(removed.dataset)).not.toContain('unused-type');
    expect(codeOf(() => applyEdit(removed.dataset, { kind: 'remove-type', id: 'strike' }, texts))).toBe(
      EDIT_ERROR_CODES.typeInUse,
    );
    expect(codeOf(() => applyEdit(removed.dataset, { kind: 'remove-type', id: 'hug' }, texts))).toBe(
      EDIT_ERROR_CODES.unknownType,
    );
    const alone: Dataset = { ...removed.dataset, relations: [] };
    expect(codeOf(() => applyEdit(alone, { kind: 'remove-type', id: 'strike' }, texts))).toBe(
      EDIT_ERROR_CODES.lastType,
    );
  });
});
