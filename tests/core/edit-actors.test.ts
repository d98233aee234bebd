/** The editor's actor edits (new actors, aliases, merging duplicates) and undo over edits. */
import { describe, expect, it } from 'vitest';
import {
  EDIT_ERROR_CODES,
  MAX_UNDO,
  acceptRelation,
  addActor,
  addAlias,
  checkEdit,
  mergeActors,
  record,
  redo,
  rejectRelation,
  removeActor,
  removeAlias,
  startHistory,
  undo,
} from '../../src/edit/index.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { astralDataset, codeOf, inlineTexts, readDraft } from './edit-fixtures.ts';

/** Problems other than the warnings that the fixture's two drafts are drafts. */
const problemsOf = async (dataset: Dataset) =>
  (await checkEdit(dataset, inlineTexts(dataset), 'x.json'))
    .filter((p) => p.code !== 'draft-relation')
    .map((p) => `${p.severity} ${p.code} ${p.path}`);

describe('aliases', () => {
  it('adds a trimmed alias and removes it again; the field goes when the last one does', async () => {
    const data = astralDataset();
    const added = addAlias(data, 'A', '  Alpha   City ');
    expect(added.actors[0]!.aliases).toEqual(['Alpha City']);
    expect(await problemsOf(added)).toEqual([]);
    const removed = removeAlias(added, 'A', 'Alpha City');
    expect('aliases' in removed.actors[0]!).toBe(false);
    expect(data.actors[0]!.aliases).toBeUndefined();
  });

  it('refuses an empty alias, the actor’s own name, and one it has', () => {
    const data = astralDataset();
    expect(codeOf(() => addAlias(data, 'B', '   '))).toBe(EDIT_ERROR_CODES.emptyName);
    expect(codeOf(() => addAlias(data, 'B', 'Beta'))).toBe(EDIT_ERROR_CODES.duplicateAlias);
    expect(codeOf(() => addAlias(data, 'B', 'Betaland'))).toBe(EDIT_ERROR_CODES.duplicateAlias);
    expect(codeOf(() => addAlias(data, 'Q', 'Q'))).toBe(EDIT_ERROR_CODES.unknownActor);
  });
});

describe('new actors', () => {
  it('gets an id from its name that no actor or relation has', () => {
    const data = astralDataset();
    const first = addActor(data, { name: 'Hezbollah', kind: 'group' });
    expect(first.id).toBe('hezbollah');
    expect(first.dataset.actors.at(-1)).toEqual({ id: 'hezbollah', name: 'Hezbollah', kind: 'group' });
    expect(addActor(first.dataset, { name: 'Hezbollah', kind: 'group' }).id).toBe('hezbollah-2');
    expect(addActor(data, { name: 'g-b strike', kind: 'group' }).id).toBe('g-b-strike-2');
    expect(addActor(data, { name: '中国', kind: 'state' }).id).toBe('actor');
    expect(addActor(data, { name: 'Côte d’Ivoire', kind: 'state' }).id).toBe('cote-d-ivoire');
  });

  it('joins a saved layout beside it, so the dataset is still drawn as saved and warns of nothing', async () => {
    const data = astralDataset();
    const placed: Dataset = {
      ...data,
      actors: data.actors.map((actor, i) => ({ ...actor, position: { x: i * 50, y: 10 + i * 20 } })),
    };
    const last = placed.actors.length - 1;
    const { dataset } = addActor(placed, { name: 'Hezbollah', kind: 'group' });
    expect(dataset.actors.at(-1)!.position).toEqual({ x: last * 50 + 120, y: 10 + last * 10 });
    // The same problems as the same actor added to the dataset without a saved layout (it is
    // isolated, so that warning), and no word about incomplete positions.
    const unplaced = addActor(data, { name: 'Hezbollah', kind: 'group' }).dataset;
    expect(await problemsOf(dataset)).toEqual(await problemsOf(unplaced));
    expect((await problemsOf(dataset)).some((p) => p.includes('positions'))).toBe(false);
    // Without a complete saved layout nothing is saved for the newcomer either (the layout runs).
    expect(unplaced.actors.at(-1)!.position).toBe(undefined);
  });
});

describe('removing actors', () => {
  it('removes an actor once no relation names it, which ends the warning about it', async () => {
    const data = astralDataset();
    // Gamma is in one relation: it cannot go while that relation stays.
    expect(codeOf(() => removeActor(data, 'G'))).toBe(EDIT_ERROR_CODES.actorInUse);
    expect(() => removeActor(data, 'G')).toThrow('Gamma is in 1 relation: reject or change it first');
    const rejected = rejectRelation(data, 'g-b-strike');
    expect(await problemsOf(rejected)).toContain('warning isolated-actor $.actors[2]');
    const removed = removeActor(rejected, 'G');
    expect(removed.actors.map((a) => a.id)).toEqual(['A', 'B', 'GG']);
    expect(await problemsOf(removed)).toEqual([]);
    expect(data.actors).toHaveLength(4);
    expect(codeOf(() => removeActor(data, 'ZZ'))).toBe(EDIT_ERROR_CODES.unknownActor);
  });
});

describe('merging duplicate actors', () => {
  it('moves relations, names and representatives to the actor kept, and removes the duplicate', async () => {
    const data = astralDataset();
    const { dataset, selfLoops, droppedAliases } = mergeActors(data, 'G', 'GG');
    expect(dataset.actors.map((a) => a.id)).toEqual(['A', 'B', 'G']);
    expect(dataset.actors[2]).toEqual({
      id: 'G',
      name: 'Gamma',
      kind: 'bloc',
      aliases: ['Gamma bloc', 'the Gammas'],
    });
    expect(dataset.relations.find((r) => r.id === 'gg-a-strike')).toMatchObject({ from: 'G', to: 'A' });
    expect(selfLoops).toEqual([]);
    expect(droppedAliases).toEqual([]);
    expect(await problemsOf(dataset)).toEqual([]);
  });

  it('a relation between the two becomes a self-loop, named so the reviewer can reject it', async () => {
    const data = astralDataset();
    const { dataset, selfLoops } = mergeActors(data, 'B', 'G');
    expect(selfLoops).toEqual(['g-b-strike']);
    expect(await problemsOf(dataset)).toEqual(['warning self-loop $.relations[1].to']);
  });

  it('keeps the representatives of both, and the kept actor’s where both have one id', () => {
    const draft = readDraft();
    const { dataset } = mergeActors(draft, 'IRN', 'RUS');
    const iran = dataset.actors.find((a) => a.id === 'IRN')!;
    expect(iran.representatives?.map((r) => r.id)).toEqual(['pezeshkian', 'putin', 'ushakov']);
    expect(iran.aliases).toEqual(expect.arrayContaining(['Tehran', 'Russia', 'Moscow', 'the Kremlin']));
    expect(dataset.relations.some((r) => r.from === 'RUS' || r.to === 'RUS')).toBe(false);
  });

  it('refuses to merge an actor with itself or with one that is not there', () => {
    const data = astralDataset();
    expect(codeOf(() => mergeActors(data, 'A', 'A'))).toBe(EDIT_ERROR_CODES.sameActor);
    expect(codeOf(() => mergeActors(data, 'A', 'nobody'))).toBe(EDIT_ERROR_CODES.unknownActor);
  });
});

describe('undo and redo', () => {
  it('steps back and forth through edits, saying which edit each step undid or redid', () => {
    const data = astralDataset();
    let history = startHistory(data);
    const accepted = acceptRelation(data, 'a-b-treaty');
    history = record(history, accepted, 'Accepted Alpha — Beta');
    const aliased = addAlias(accepted, 'A', 'Alphaland');
    history = record(history, aliased, 'Added alias Alphaland');
    const back = undo(history)!;
    expect(back.label).toBe('Added alias Alphaland');
    expect(back.history.present).toBe(accepted);
    const twice = undo(back.history)!;
    expect(twice.history.present).toBe(data);
    expect(undo(twice.history)).toBeUndefined();
    const forth = redo(twice.history)!;
    expect(forth.label).toBe('Accepted Alpha — Beta');
    expect(forth.history.present).toBe(accepted);
    // A new edit after undoing forgets what could have been redone.
    const other = record(forth.history, data, 'Something else');
    expect(redo(other)).toBeUndefined();
  });

  it(`keeps the last ${MAX_UNDO} steps`, () => {
    let history = startHistory(0);
    for (let i = 1; i <= MAX_UNDO + 20; i++) history = record(history, i, `step ${i}`);
    expect(history.past).toHaveLength(MAX_UNDO);
    expect(history.past[0]!.state).toBe(20);
  });
});
