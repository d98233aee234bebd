import { readFileSync } from 'node:fs';
import { EditError } from '../../src/edit/index.ts';
import type { Dataset } from '../../src/model/dataset.ts';

/** A real draft: `actor-graph draft` on the seed article (inline source, every relation a draft). */
export const DRAFT_PATH = 'tests/fixtures/editor/seed-draft.json';
export const SEED_PATH = 'graph-data/putins-delicate-dance.json';
export const SEED_TEXT_PATH = 'graph-data/sources/putins-delicate-dance.txt';

export const readDraft = (): Dataset => JSON.parse(readFileSync(DRAFT_PATH, 'utf8')) as Dataset;
export const readSeed = (): Dataset => JSON.parse(readFileSync(SEED_PATH, 'utf8')) as Dataset;

/** Source id → text of a dataset whose sources are inline. */
export const inlineTexts = (dataset: Dataset): Map<string, string> =>
  new Map(dataset.sources.map((s) => [s.id, s.text ?? '']));

/**
 * A small dataset whose text has astral characters (emoji, a CJK Extension B ideograph) before the
 * words quoted, so code-point and UTF-16 offsets differ there.
 */
export function astralDataset(): Dataset {
  const text =
    'Intro 🌍🌍 and 𠀋. Alpha signed a treaty with Beta 🤝. Gamma struck Beta. Alpha and Beta talked.';
  const at = (quote: string) => {
    const utf16 = text.indexOf(quote);
    const start = [...text.slice(0, utf16)].length;
    return { source: 'src', quote, start, end: start + [...quote].length };
  };
  return {
    formatVersion: 1,
    id: 'astral',
    title: 'Astral',
    sources: [{ id: 'src', title: 'A text with emoji', text }],
    relationTypes: [
      { id: 'treaty', label: 'Treaty', polarity: 'cooperative' },
      { id: 'strike', label: 'Strike', polarity: 'conflictual' },
    ],
    actors: [
      {
        id: 'A',
        name: 'Alpha',
        kind: 'state',
        representatives: [{ id: 'al', name: 'Al Pha', role: 'President' }],
      },
      { id: 'B', name: 'Beta', kind: 'state', aliases: ['Betaland'] },
      { id: 'G', name: 'Gamma', kind: 'bloc' },
      { id: 'GG', name: 'Gamma bloc', kind: 'bloc', aliases: ['the Gammas'] },
    ],
    relations: [
      {
        id: 'a-b-treaty',
        type: 'treaty',
        from: 'A',
        to: 'B',
        directed: false,
        status: 'reported',
        summary: 'Alpha and Beta signed a treaty.',
        fromRepresentative: 'al',
        draft: { confidence: 0.9, cue: 'signed a treaty', rule: 'treaty' },
        evidence: [at('Alpha signed a treaty with Beta 🤝')],
      },
      {
        id: 'g-b-strike',
        type: 'strike',
        from: 'G',
        to: 'B',
        directed: true,
        status: 'reported',
        summary: 'Gamma struck Beta.',
        evidence: [at('Gamma struck Beta.')],
      },
      {
        id: 'gg-a-strike',
        type: 'strike',
        from: 'GG',
        to: 'A',
        directed: true,
        status: 'alleged',
        summary: 'The Gammas struck Alpha, it is said.',
        draft: { confidence: 0.4, cue: 'struck' },
        evidence: [at('Gamma struck')],
      },
    ],
  };
}

/** Code-point offsets of the first occurrence of `quote` in `text`. */
export function spanOf(
  text: string,
  quote: string,
  source = 'src',
): { source: string; start: number; end: number } {
  const utf16 = text.indexOf(quote);
  if (utf16 < 0) throw new Error(`"${quote}" is not in the text`);
  const start = [...text.slice(0, utf16)].length;
  return { source, start, end: start + [...quote].length };
}

/** The code of the EditError `run` throws, or undefined if it throws none (anything else is rethrown). */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof EditError) return error.code;
    throw error;
  }
  return undefined;
}
