/** The drafter's section of RESULTS.md: quality against the seed, the unseen articles, speed. */
import type { Score } from '../../src/draft/compare.ts';
import type { SuiteData } from '../results.ts';
import { count, ms, msStat, pct, samples, table, times } from './format.ts';

const row = (what: string, how: string, s: Score): string[] => [
  what,
  how,
  pct(s.precision),
  pct(s.recall),
  pct(s.f1),
  `${count(s.matched)} of ${count(s.reference)}`,
  count(s.drafted),
];

export function draftSection(data: SuiteData['draft']): string {
  const c = data.comparison;
  const r = data.ratios;
  const list = (items: readonly string[]): string =>
    items.length ? items.map((i) => `\`${i}\``).join(', ') : 'none';
  return [
    '## Drafting (`actor-graph draft`)',
    '',
    `The draft of the seed article (${count(data.seed.words)} words) against the hand-coded seed dataset (${count(data.seed.relations)} relations, ${count(data.seed.quotes)} quotes). The draft has ${count(data.drafted.actors)} actors, ${count(data.drafted.relations)} relations and ${count(data.drafted.quotes)} quotes. The drafter was tuned on this article only.`,
    '',
    table(
      ['measure', 'a match is', 'precision', 'recall', 'F1', 'seed found', 'drafted'],
      [
        row('actor pairs', 'the same two actors related (any type, either way)', c.pairs),
        row('relations', 'same pair, type and direction (mutual: either order)', c.relations),
        row('quotes', 'overlapping a quote of the matched relation by ≥ half the shorter', c.evidence),
        [
          'status',
          'same status, of the relations both have',
          pct(c.status.accuracy),
          '',
          '',
          `${count(c.status.agree)} of ${count(c.status.of)}`,
          '',
        ],
      ],
    ),
    '',
    `- Drafted but not in the seed: ${list(c.extra)}.`,
    `- In the seed but not drafted: ${list(c.missed)}.`,
    '',
    'Articles nobody tuned the drafter on (`tests/fixtures/articles/`):',
    '',
    table(
      ['article', 'licence', 'words', 'states it is about, named', 'relations drafted'],
      data.unseen.map((a) => [
        `\`${a.file}\``,
        a.licence.replace(/ \(.*\)$/u, ''),
        count(a.words),
        `${a.named.length} of ${a.states.length}`,
        a.relations.length ? a.relations.join('; ') : 'none',
      ]),
    ),
    '',
    table(
      ['speed', 'median', 'p95', 'n'],
      [
        [
          'draft of the seed article, in process',
          msStat(data.inProcess.draftMs),
          ms(data.inProcess.draftMs?.p95),
          samples(data.inProcess.draftMs),
        ],
        [
          'baseline: `validateDataset` of the seed dataset, its text inline',
          msStat(data.inProcess.validateMs),
          ms(data.inProcess.validateMs?.p95),
          samples(data.inProcess.validateMs),
        ],
        [
          'draft of the article three times over',
          msStat(data.inProcess.tripleDraftMs),
          ms(data.inProcess.tripleDraftMs?.p95),
          samples(data.inProcess.tripleDraftMs),
        ],
        ...data.cli.map((f) => [
          `\`${f.command}\``,
          f.error ? `failed: ${f.error}` : msStat(f.wallMs),
          ms(f.wallMs?.p95),
          samples(f.wallMs),
        ]),
      ],
    ),
    '',
    `- In one process a draft costs ${times(r['draftVsValidate'])} validating the seed dataset; an article three times as long, ${times(r['tripleVsOnce'])} the time. The command, a fresh process each run, takes ${times(r['cliDraftVsValidate'])} \`validate\` of the seed and ${times(r['cliDraftVsHelp'])} the CLI's start-up (\`--help\`).`,
  ].join('\n');
}
