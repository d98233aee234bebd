/**
 * The drafter's vocabulary of relation types: the seed dataset's types (same ids, labels and codes, so
 * a reviewed draft and a hand-coded dataset speak alike) and a few more that news about states needs.
 * Codes are CAMEO event codes and PLOVER types where one fits; see docs/decisions/0009-draft-from-articles.md.
 * A draft declares only the types it uses.
 */
import type { RelationType } from '../model/dataset.ts';

export interface DraftType extends RelationType {
  /** Whether the text usually states it as mutual ("X and Y signed a treaty"); a cue can say otherwise. */
  readonly mutual: boolean;
  /** A sentence with `{from}` and `{to}`; for mutual types, `{from}` and `{to}` are interchangeable. */
  readonly summary: string;
}

const t = (type: DraftType): DraftType => Object.freeze(type);

export const DRAFT_TYPES: readonly DraftType[] = Object.freeze([
  t({
    id: 'strategic-partnership',
    label: 'Strategic partnership',
    polarity: 'cooperative',
    plover: 'COOPERATE',
    mutual: true,
    description:
      'A standing, broad partnership or alliance between actors (an ongoing state, not a single event, so no CAMEO event code).',
    summary: '{from} and {to} are partners or allies.',
  }),
  t({
    id: 'treaty',
    label: 'Treaty',
    polarity: 'cooperative',
    cameo: '057',
    plover: 'SUPPORT',
    mutual: true,
    description: 'Signing or ratifying a formal agreement between actors.',
    summary: '{from} and {to} signed or ratified an agreement.',
  }),
  t({
    id: 'nuclear-cooperation',
    label: 'Nuclear cooperation',
    polarity: 'cooperative',
    plover: 'COOPERATE',
    mutual: false,
    description:
      'Cooperation on civilian nuclear energy, such as building and staffing a nuclear power plant.',
    summary: '{from} helps {to} with nuclear energy.',
  }),
  t({
    id: 'technology-transfer',
    label: 'Technology transfer',
    polarity: 'cooperative',
    plover: 'AID',
    mutual: false,
    description:
      'One actor supplies another with advanced technology, including nuclear or military technology.',
    summary: '{from} supplies {to} with technology.',
  }),
  t({
    id: 'economic-cooperation',
    label: 'Economic cooperation',
    polarity: 'cooperative',
    cameo: '061',
    plover: 'COOPERATE',
    mutual: true,
    description: 'Trade, investment or other economic exchange between actors.',
    summary: '{from} and {to} trade or cooperate economically.',
  }),
  t({
    id: 'military-cooperation',
    label: 'Military cooperation',
    polarity: 'cooperative',
    cameo: '062',
    plover: 'COOPERATE',
    mutual: true,
    description: 'Mutual military or defence cooperation between actors.',
    summary: '{from} and {to} cooperate militarily.',
  }),
  t({
    id: 'drone-transfer',
    label: 'Drone transfer',
    polarity: 'cooperative',
    cameo: '072',
    plover: 'AID',
    mutual: false,
    description: 'One actor transfers military drones to another (military aid).',
    summary: '{from} transfers drones to {to}.',
  }),
  t({
    id: 'arms-transfer',
    label: 'Arms transfer',
    polarity: 'cooperative',
    cameo: '072',
    plover: 'AID',
    mutual: false,
    description: 'One actor supplies weapons or other military aid to another.',
    summary: '{from} supplies weapons or military aid to {to}.',
  }),
  t({
    id: 'aid',
    label: 'Aid',
    polarity: 'cooperative',
    cameo: '070',
    plover: 'AID',
    mutual: false,
    description: 'One actor gives economic or humanitarian aid to another.',
    summary: '{from} gives aid to {to}.',
  }),
  t({
    id: 'military-strike',
    label: 'Military strike',
    polarity: 'conflictual',
    cameo: '195',
    plover: 'FIGHT',
    mutual: false,
    description: 'One actor strikes another with air or missile attacks.',
    summary: '{from} strikes {to}.',
  }),
  t({
    id: 'armed-conflict',
    label: 'Armed conflict',
    polarity: 'conflictual',
    cameo: '190',
    plover: 'FIGHT',
    mutual: true,
    description: 'Actors fight each other: war, invasion, armed clashes.',
    summary: '{from} and {to} are in armed conflict.',
  }),
  t({
    id: 'condemnation',
    label: 'Condemnation',
    polarity: 'conflictual',
    cameo: '111',
    plover: 'ACCUSE',
    mutual: false,
    description: 'One actor criticizes or denounces the actions of another.',
    summary: '{from} condemns {to}.',
  }),
  t({
    id: 'accusation',
    label: 'Accusation',
    polarity: 'conflictual',
    cameo: '112',
    plover: 'ACCUSE',
    mutual: false,
    description: 'One actor accuses another of wrongdoing or blames it.',
    summary: '{from} accuses {to}.',
  }),
  t({
    id: 'threat',
    label: 'Threat',
    polarity: 'conflictual',
    cameo: '130',
    plover: 'THREATEN',
    mutual: false,
    description: 'One actor threatens or warns another.',
    summary: '{from} threatens or warns {to}.',
  }),
  t({
    id: 'demand',
    label: 'Demand',
    polarity: 'neutral',
    cameo: '100',
    plover: 'REQUEST',
    mutual: false,
    description: 'One actor demands or urges something of another.',
    summary: '{from} demands something of {to}.',
  }),
  t({
    id: 'rejection',
    label: 'Rejection',
    polarity: 'conflictual',
    cameo: '120',
    plover: 'REJECT',
    mutual: false,
    description: 'One actor rejects or refuses another’s proposal or demand.',
    summary: '{from} rejects a proposal or demand of {to}.',
  }),
  t({
    id: 'support',
    label: 'Support',
    polarity: 'cooperative',
    cameo: '051',
    plover: 'SUPPORT',
    mutual: false,
    description: 'One actor backs, praises or expresses support for another.',
    summary: '{from} supports {to}.',
  }),
  t({
    id: 'mediation-offer',
    label: 'Mediation offer',
    polarity: 'cooperative',
    cameo: '039',
    plover: 'AGREE',
    mutual: false,
    description: 'One actor offers to mediate a conflict that involves the other.',
    summary: '{from} offers to mediate in a conflict involving {to}.',
  }),
  t({
    id: 'ceasefire',
    label: 'Ceasefire',
    polarity: 'cooperative',
    cameo: '0871',
    plover: 'RETREAT',
    mutual: true,
    description: 'Actors agree to or declare a truce or ceasefire.',
    summary: '{from} and {to} agree to a ceasefire.',
  }),
  t({
    id: 'phone-call',
    label: 'Phone call',
    polarity: 'neutral',
    cameo: '041',
    plover: 'CONSULT',
    mutual: false,
    description: 'Leaders of two actors talk by telephone.',
    summary: '{from} calls {to} by phone.',
  }),
  t({
    id: 'talks',
    label: 'Talks',
    polarity: 'neutral',
    cameo: '040',
    plover: 'CONSULT',
    mutual: true,
    description: 'Actors meet, visit each other or negotiate.',
    summary: '{from} and {to} hold talks.',
  }),
  t({
    id: 'briefing',
    label: 'Briefing',
    polarity: 'neutral',
    cameo: '040',
    plover: 'CONSULT',
    mutual: false,
    description: 'One actor informs another about its diplomatic contacts.',
    summary: '{from} briefs {to}.',
  }),
  t({
    id: 'dialogue',
    label: 'Dialogue',
    polarity: 'neutral',
    plover: 'CONSULT',
    mutual: false,
    description: 'An actor keeps up a standing diplomatic dialogue or engagement with another.',
    summary: '{from} keeps up a dialogue with {to}.',
  }),
  t({
    id: 'sanctions',
    label: 'Sanctions',
    polarity: 'conflictual',
    cameo: '163',
    plover: 'SANCTION',
    mutual: false,
    description: 'One actor imposes sanctions on another.',
    summary: '{from} imposes sanctions on {to}.',
  }),
  t({
    id: 'alignment',
    label: 'Alignment',
    polarity: 'cooperative',
    mutual: false,
    description: 'An actor is politically aligned with another (a standing orientation, not an event).',
    summary: '{from} is aligned with {to}.',
  }),
  t({
    id: 'threat-perception',
    label: 'Threat perception',
    polarity: 'conflictual',
    mutual: false,
    description: 'An actor perceives another, or its alliances, as a security threat or concern.',
    summary: '{from} sees {to} as a threat.',
  }),
  t({
    id: 'rivalry',
    label: 'Rivalry',
    polarity: 'conflictual',
    mutual: true,
    description:
      "Strained relations, deep-seated disagreements or tensions between actors, or an effort to counter the other's influence.",
    summary: '{from} and {to} are rivals or at odds.',
  }),
]);

export const DRAFT_TYPE_BY_ID: ReadonlyMap<string, DraftType> = new Map(
  DRAFT_TYPES.map((type) => [type.id, type]),
);

/** The type as a dataset declares it: without the drafter's own fields. */
export function declaredType({ mutual: _mutual, summary: _summary, ...type }: DraftType): RelationType {
  return type;
}
