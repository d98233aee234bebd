/** What of an article is content: junk recognised by its shape, never by its line numbers. */
import { describe, expect, it } from 'vitest';
import { blocksOf, describeSkipped } from '../../src/draft/content.ts';
import { draftDataset } from '../../src/draft/draft.ts';
import { clausesOf, MAX_SENTENCE, sentencesOf } from '../../src/draft/sentences.ts';

const kinds = (text: string): string[] =>
  blocksOf(text).map((b) => `${b.kind}: ${text.slice(b.start, b.end)}`);

describe('content blocks', () => {
  it('tells headings, link-farm lists, headlines and site furniture from paragraphs', () => {
    const text = [
      'Canada and Mexico Renew a Trade Pact',
      'Canada and Mexico signed a new trade agreement on Monday, officials in Ottawa said.',
      '- How Tall Is Some Celebrity',
      '- Celebrity Married Secretly',
      'Brazil Wants To Talk After Argentine Tariffs | The Daily Example',
      'Chile targets Peru’s fishing fleet as Lima unleashes',
      'Read more: Japan and Korea hold talks',
      'The agreement follows months of talks between the two governments and their trade ministers.',
    ].join('\n');
    expect(kinds(text)).toEqual([
      'heading: Canada and Mexico Renew a Trade Pact',
      'content: Canada and Mexico signed a new trade agreement on Monday, officials in Ottawa said.',
      'list: - How Tall Is Some Celebrity',
      'list: - Celebrity Married Secretly',
      'headline: Brazil Wants To Talk After Argentine Tariffs | The Daily Example',
      'heading: Chile targets Peru’s fishing fleet as Lima unleashes',
      'boilerplate: Read more: Japan and Korea hold talks',
      'content: The agreement follows months of talks between the two governments and their trade ministers.',
    ]);
  });

  it('joins a hard-wrapped paragraph, and keeps a question heading apart', () => {
    const text =
      'Future Outlook: Stability or Volatility?\nRussia and Iran signed a treaty that\nboth governments ratified in June.\n';
    const blocks = blocksOf(text);
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'content']);
    expect(text.slice(blocks[1]!.start, blocks[1]!.end)).toBe(
      'Russia and Iran signed a treaty that\nboth governments ratified in June.',
    );
    expect(blocks[1]).toMatchObject({ firstLine: 2, lastLine: 3 });
  });

  it('says in the notes which lines were not read', () => {
    const text =
      'Title Of The Piece\nA paragraph of the article that says something about Iran and Iraq.\n- Link One\n- Link Two\n';
    expect(describeSkipped(blocksOf(text))).toBe(
      'Line numbers are 1-based. Not read for relations: line 1 (title and headings); lines 3-4 (lists and link-farm lines).',
    );
  });
});

describe('sentences and clauses', () => {
  it('does not end a sentence at Mr. or U.S.', () => {
    const text = 'Putin briefed Mr. Trump on the talks. The U.S. President thanked him.';
    const spans = sentencesOf(text, blocksOf(text)).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual(['Putin briefed Mr. Trump on the talks.', 'The U.S. President thanked him.']);
  });

  it('cuts a clause at "but" and after an opening "While …,"', () => {
    const text = 'While Russia courts Iran, it talks to Israel, but Israel is wary.';
    const [sentence] = sentencesOf(text, blocksOf(text));
    expect(clausesOf(text, sentence!).map((c) => text.slice(c.start, c.end).trim())).toEqual([
      'While Russia courts Iran',
      ', it talks to Israel',
      ', but Israel is wary.',
    ]);
  });

  // A 120 kB line with no full stop took 22 s to draft (the cues of one sentence are matched against
  // all of it, so the work grew with its length squared); 1.2 MB did not finish in two minutes.
  it('cuts an endless sentence into pieces at spaces, never inside a character', () => {
    const text = `${'Russia condemned Israel and Iran signed a treaty with Russia 🇷🇺 '.repeat(2_000)}`;
    const spans = sentencesOf(text, blocksOf(text));
    expect(spans.length).toBeGreaterThan(text.length / MAX_SENTENCE);
    for (const { start, end } of spans) {
      expect(end - start).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(/[\uDC00-\uDFFF]/u.test(text[start]!)).toBe(false);
    }
    expect(spans.map((s) => text.slice(s.start, s.end)).join(' ')).toBe(text.trim());
  });

  it('drafts relations from such a line, each quote a piece of it', () => {
    const text = 'Russia condemned Israel and Iran signed a treaty with Russia '.repeat(2_000);
    const { dataset } = draftDataset(text, { title: 'One line' });
    expect(dataset.relations.map((r) => r.type)).toEqual(expect.arrayContaining(['condemnation', 'treaty']));
    for (const quote of dataset.relations.flatMap((r) => r.evidence))
      expect(quote.quote.length).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
