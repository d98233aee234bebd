import type { Actor, Dataset, Relation, RelationStatus, RelationType } from '../model/dataset.ts';
import { mulberry32 } from '../layout/seeded-random.ts';

export interface SyntheticOptions {
  readonly actors: number;
  /** Relations per actor: m = ratio × n. */
  readonly ratio: number;
  /** 'random': endpoints uniform; 'clustered': most relations stay inside one of √n/2 clusters. */
  readonly shape: 'random' | 'clustered';
  readonly seed: number;
}

export const DEFAULT_SYNTHETIC_OPTIONS: SyntheticOptions = Object.freeze({
  actors: 500,
  ratio: 1.5,
  shape: 'random',
  seed: 1,
});

const TYPES: readonly RelationType[] = [
  { id: 'treaty', label: 'Treaty', polarity: 'cooperative', cameo: '057', plover: 'SUPPORT' },
  { id: 'aid', label: 'Aid', polarity: 'cooperative', cameo: '070', plover: 'AID' },
  { id: 'trade', label: 'Trade', polarity: 'cooperative', cameo: '061', plover: 'COOPERATE' },
  { id: 'condemnation', label: 'Condemnation', polarity: 'conflictual', cameo: '111', plover: 'ACCUSE' },
  { id: 'strike', label: 'Military strike', polarity: 'conflictual', cameo: '195', plover: 'ASSAULT' },
  { id: 'call', label: 'Phone call', polarity: 'neutral', cameo: '041', plover: 'CONSULT' },
];
const VERBS: Readonly<Record<string, string>> = {
  treaty: 'signed a treaty with',
  aid: 'sent aid to',
  trade: 'expanded trade with',
  condemnation: 'condemned',
  strike: 'struck',
  call: 'held a phone call with',
};
const STATUSES: readonly RelationStatus[] = ['reported', 'reported', 'reported', 'alleged', 'analysis'];
const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ra',
  'ten',
  'vo',
  'sa',
  'dor',
  'in',
  'el',
  'ba',
  'ru',
  'zen',
  'ta',
  'qui',
  'no',
];

/**
 * A reproducible dataset of any size, shaped like real ones (typed, directed and mutual relations,
 * statuses, one verbatim quote each with true offsets), for benchmarks and scale tests. The same
 * options always give the same bytes.
 */
export function generateDataset(options: Partial<SyntheticOptions> = {}): Dataset {
  const { actors: n, ratio, shape, seed } = { ...DEFAULT_SYNTHETIC_OPTIONS, ...options };
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const actors: Actor[] = Array.from({ length: n }, (_, i) => ({
    id: `A${i}`,
    name: actorName(i),
    kind: 'state',
  }));
  const clusters = Math.max(1, Math.round(Math.sqrt(n) / 2));
  const clusterOf = (i: number): number => i % clusters;

  const relations: Relation[] = [];
  const sentences: string[] = [];
  let offset = 0;
  const m = n < 2 ? 0 : Math.round(n * ratio);
  for (let r = 0; r < m; r++) {
    const a = Math.floor(random() * n);
    let b = Math.floor(random() * n);
    if (shape === 'clustered' && random() < 0.85) {
      // Same cluster: step a whole number of cluster widths away from a.
      const span = Math.max(1, Math.floor((n - 1 - clusterOf(a)) / clusters));
      b = clusterOf(a) + clusters * Math.floor(random() * (span + 1));
    }
    if (b === a || b >= n) b = (a + 1 + Math.floor(random() * (n - 1))) % n;
    const type = pick(TYPES);
    const sentence = `${actors[a]!.name} ${VERBS[type.id]} ${actors[b]!.name}.`;
    relations.push({
      id: `R${r}`,
      type: type.id,
      from: `A${a}`,
      to: `A${b}`,
      directed: type.id !== 'treaty' && type.id !== 'trade',
      status: pick(STATUSES),
      summary: sentence,
      evidence: [{ source: 'synthetic', quote: sentence, start: offset, end: offset + sentence.length }],
    });
    sentences.push(sentence);
    offset += sentence.length + 1;
  }
  return {
    formatVersion: 1,
    id: `synthetic-${shape}-${n}`,
    title: `Synthetic ${shape} graph, ${n.toLocaleString('en')} actors`,
    language: 'en',
    sources: [{ id: 'synthetic', title: 'Generated sentences', text: sentences.join('\n') }],
    relationTypes: [...TYPES],
    actors,
    relations,
  };
}

/** "Kalomi 12": pronounceable, unique by its number, deterministic in the index. */
function actorName(i: number): string {
  let name = '';
  for (let k = i, parts = 0; parts < 2 || k > 0; parts++, k = Math.floor(k / SYLLABLES.length)) {
    name += SYLLABLES[k % SYLLABLES.length];
    if (parts >= 3) break;
  }
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${i}`;
}
