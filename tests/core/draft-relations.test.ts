/**
 * The drafter on sentences of the kinds news prose uses: who acts on whom, the status, attribution
 * and date the sentence gives, and the quote. Each sentence is its own article here.
 */
import { describe, expect, it } from 'vitest';
import { draftDataset } from '../../src/draft/draft.ts';
import type { Relation } from '../../src/model/dataset.ts';

function relations(text: string, published?: string): Relation[] {
  return draftDataset(text, published ? { published } : {}).dataset.relations;
}

/** A mutual relation's two ends in alphabetical order: which comes first means nothing. */
const keys = (list: readonly Relation[]): string[] =>
  list
    .map(
      (r) => `${r.type} ${r.directed ? `${r.from}->${r.to}` : [r.from, r.to].sort().join('--')} ${r.status}`,
    )
    .sort();

describe('who acts on whom', () => {
  it('reads subject, verb and object, and the owner of a noun ("Israel’s strikes on Iran")', () => {
    expect(
      keys(relations('Russian President Vladimir Putin condemned Israel’s wave of strikes on Iran.')),
    ).toEqual(['condemnation RUS->ISR reported', 'military-strike ISR->IRN reported']);
  });

  it('does not take the names in an aside between dashes or brackets for who acts', () => {
    // From a White House statement (tests/fixtures/articles): it once drafted Yemen, Syria and Iraq.
    expect(
      keys(
        relations(
          'Earlier today, Iran—and its proxies operating out of Yemen, Syria and Iraq—launched an unprecedented air attack against military facilities in Israel.',
        ),
      ),
    ).toEqual(['military-strike IRN->ISR reported']);
    expect(keys(relations('Iran (with help from Syria) launched an air attack against Israel.'))).toEqual([
      'military-strike IRN->ISR reported',
    ]);
  });

  it('reads "between A and B" and "A-B" as mutual', () => {
    expect(keys(relations('Tensions between Tehran and Tel Aviv escalated sharply this year.'))).toEqual([
      'rivalry IRN--ISR reported',
    ]);
    expect(keys(relations('Analysts describe the Russia-Iran alliance as a new axis of power.'))).toEqual([
      'strategic-partnership IRN--RUS reported',
    ]);
  });

  it('takes the agent of a passive from "by", and every name coordinated with it', () => {
    const found = relations(
      'The Russia-Iran alliance can be perceived as a threat by regional actors, particularly Saudi Arabia and the UAE.',
    ).filter((r) => r.type === 'threat-perception');
    expect(keys(found)).toEqual([
      'threat-perception ARE->IRN analysis',
      'threat-perception ARE->RUS analysis',
      'threat-perception SAU->IRN analysis',
      'threat-perception SAU->RUS analysis',
    ]);
  });

  it('gives each of several objects its own relation', () => {
    const text =
      'Putin held phone calls with Israeli Prime Minister Benjamin Netanyahu and Iranian President Masoud Pezeshkian.';
    const found = relations(text);
    expect(keys(found)).toEqual(['phone-call RUS->IRN reported', 'phone-call RUS->ISR reported']);
    expect(found.map((r) => [r.fromRepresentative, r.toRepresentative])).toContainEqual([
      'putin',
      'netanyahu',
    ]);
  });

  it('resolves "both countries" to the pair named before', () => {
    const text =
      'Iran and Israel exchanged fire for a week. Russia offered to mediate between both countries on Thursday.';
    expect(keys(relations(text)).filter((k) => k.startsWith('mediation'))).toEqual([
      'mediation-offer RUS->IRN reported',
      'mediation-offer RUS->ISR reported',
    ]);
  });

  it('reads "between" as naming both sides only for a mutual relation', () => {
    expect(keys(relations('Israel condemned the treaty between Russia and Iran in a statement.'))).toEqual([
      'condemnation ISR->IRN reported',
      'condemnation ISR->RUS reported',
      'treaty IRN--RUS reported',
    ]);
  });

  it('finds nothing where a sentence names one actor only', () => {
    expect(relations('Iran condemned the decision in the strongest terms, officials said.')).toEqual([]);
  });
});

describe('status, attribution, date', () => {
  it('marks "alleged" and "could" in the cue’s own phrase', () => {
    expect(
      keys(relations('The report cites the alleged transfer of Iranian drones to Russia last year.')),
    ).toEqual(['drone-transfer IRN->RUS alleged']);
    expect(keys(relations('Saudi Arabia could impose sanctions on Iran if the talks fail.'))).toEqual([
      'sanctions SAU->IRN analysis',
    ]);
  });

  it('keeps who said it, and resolves "on Friday" against the publication date', () => {
    const [relation] = relations(
      'Russian President Vladimir Putin condemned Israel’s attack on Iran, the Kremlin said on Friday.',
      '2025-06-21',
    ).filter((r) => r.type === 'condemnation');
    expect(relation).toMatchObject({
      attribution: 'the Kremlin',
      datePhrase: 'on Friday',
      date: '2025-06-20',
    });
  });

  it('names the speaker of "according to", "as reported by" and an apposition', () => {
    const attributions = (text: string) => relations(text).map((r) => r.attribution);
    expect(attributions('Russia signed a treaty with Iran, according to RIA Novosti.')).toEqual([
      'RIA Novosti',
    ]);
    expect(attributions('"Russia signed a treaty with Iran," as reported by state news agency RIA.')).toEqual(
      ['state news agency RIA'],
    );
    expect(
      attributions(
        "Putin's foreign affairs adviser, Yuri Ushakov, said that Putin briefed Mr. Trump on the talks.",
      ),
    ).toEqual(['Yuri Ushakov']);
  });

  it('keeps the phrase without a date where there is no publication date', () => {
    const [relation] = relations(
      'Russia condemned Israel’s strikes on Iran on Friday, officials in Moscow said.',
    ).filter((r) => r.type === 'condemnation');
    expect(relation?.datePhrase).toBe('on Friday');
    expect(relation?.date).toBeUndefined();
  });
});

describe('the quote', () => {
  it('is the smallest span that carries the claim, taken verbatim, in code points', () => {
    const text = '🙂 Following a period where "Israel pelted Iran with a series of strikes," Putin acted.';
    const [relation] = relations(text).filter((r) => r.type === 'military-strike');
    const evidence = relation!.evidence[0]!;
    expect(evidence.quote).toBe('Israel pelted Iran with a series of strikes');
    expect([...text].slice(evidence.start, evidence.end).join('')).toBe(evidence.quote);
  });

  it('marks every relation as a draft, with its confidence and cue', () => {
    const [relation] = relations('Russia signed a strategic partnership treaty with Iran in January.');
    expect(relation?.draft).toMatchObject({ cue: 'strategic partnership treaty', rule: 'treaty' });
    expect(relation!.draft!.confidence).toBeGreaterThan(0);
    expect(relation!.draft!.confidence).toBeLessThanOrEqual(1);
  });
});
