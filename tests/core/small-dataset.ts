import type { Dataset } from '../../src/model/dataset.ts';

/** A small dataset shaped like the seed, for checks that need a case the seed does not have. */
export function smallDataset(): Dataset {
  const text = 'Alpha signed a treaty with Beta. Gamma struck Beta. Alpha and Beta talked.';
  const quote = (q: string) => {
    const start = text.indexOf(q);
    return { source: 'src', quote: q, start, end: start + q.length };
  };
  return {
    formatVersion: 1,
    id: 'small',
    title: 'Small',
    sources: [{ id: 'src', title: 'A text', text }],
    relationTypes: [
      { id: 'treaty', label: 'Treaty', polarity: 'cooperative' },
      { id: 'strike', label: 'Strike', polarity: 'conflictual' },
      { id: 'call', label: 'Call', polarity: 'neutral' },
    ],
    actors: [
      {
        id: 'A',
        name: 'Alpha',
        kind: 'state',
        aliases: ['Alphaville'],
        representatives: [{ id: 'al', name: 'Al Pha', role: 'President' }],
      },
      { id: 'B', name: 'Beta', kind: 'state' },
      { id: 'G', name: 'Gamma', kind: 'bloc' },
    ],
    relations: [
      {
        id: 'r1',
        type: 'treaty',
        from: 'A',
        to: 'B',
        directed: false,
        status: 'reported',
        summary: 'A and B signed a treaty.',
        evidence: [quote('Alpha signed a treaty with Beta.')],
      },
      {
        id: 'r2',
        type: 'strike',
        from: 'G',
        to: 'B',
        directed: true,
        status: 'alleged',
        summary: 'G struck B.',
        evidence: [quote('Gamma struck Beta.')],
      },
      {
        id: 'r3',
        type: 'call',
        from: 'B',
        to: 'A',
        directed: true,
        status: 'analysis',
        summary: 'They talked.',
        fromRepresentative: undefined,
        toRepresentative: 'al',
        evidence: [quote('Alpha and Beta talked.'), quote('Alpha signed')],
      },
    ],
  };
}
