/**
 * The cue lexicon: words that signal a relation, each entry tied to one relation type. The entries
 * follow the verb classes of CAMEO (Conflict and Mediation Event Observations, Schrodt 2012) and
 * PLOVER (Political Language Ontology for Verifiable Event Records, Schrodt et al. 2021): "condemn,
 * denounce, criticize" is CAMEO 111 / PLOVER ACCUSE, "impose sanctions, embargo" CAMEO 163 / SANCTION,
 * and so on; standing relations (partnership, rivalry) have no event code and come from the seed's
 * vocabulary. Patterns are case-insensitive and match whole words.
 */

export interface Cue {
  /** Stable id, written to `draft.rule` so a reviewer can see which entry fired. */
  readonly id: string;
  readonly type: string;
  readonly pattern: RegExp;
  /** Stated as mutual whatever the word order ("tensions between A and B"). Default: the type's. */
  readonly mutual?: boolean;
  /**
   * What an actor written right before the cue, or inside it, is: "Israel's strikes" names the one who
   * strikes (`agent`); "Iran's nuclear power plant" the one helped (`patient`).
   */
  readonly owner?: 'agent' | 'patient';
  /** The other side must follow the cue ("strikes on Iran"), not be guessed from before it. */
  readonly needsObject?: boolean;
  /** What must stand between the cue and the other side after it ("strikes on Iran"); default anything but punctuation. */
  readonly objectVia?: RegExp;
  /** How many words after the cue the other side may stand. Default 8. */
  readonly reach?: number;
  /** How sure a match is, before what the sentence adds or takes away. */
  readonly weight: number;
  /** A weak cue ("relationship with"): dropped where a stronger one relates the same actors in the sentence. */
  readonly generic?: boolean;
}

const cue = (
  id: string,
  type: string,
  source: string,
  weight: number,
  options: Omit<Cue, 'id' | 'type' | 'pattern' | 'weight'> = {},
): Cue =>
  Object.freeze({ id, type, pattern: new RegExp(String.raw`\b(?:${source})\b`, 'giu'), weight, ...options });

const TRANSFER = String.raw`transfer(?:s|red|ring)?|suppl(?:y|ies|ied|ying)|deliver(?:y|ies|ed|ing|s)?|sale|sales|sold|sell(?:s|ing)?|ship(?:ment|ments|ped|ping)|provid(?:e|es|ed|ing)|sen[dt]|sending`;
const WEAPONS = String.raw`weapons|arms|missiles|munitions|ammunition|artillery|tanks|fighter jets|warplanes|air[- ]defen[cs]e systems?`;

export const CUES: readonly Cue[] = Object.freeze([
  // Agreements (CAMEO 057 sign formal agreement; PLOVER SUPPORT)
  cue(
    'treaty',
    'treaty',
    String.raw`(?:strategic )?(?:partnership |peace |defen[cs]e |security )?treat(?:y|ies)|ratif(?:y|ied|ies|ying|ication)`,
    0.75,
  ),
  cue(
    'agreement',
    'treaty',
    String.raw`(?:signed|sign|signs|signing|reached|concluded) (?:an? |the )?(?:\w+ ){0,2}(?:agreement|accord|pact|deal)s?|(?:agreement|accord|pact)s?|deal(?!\s+with)`,
    0.5,
  ),
  cue('ceasefire', 'ceasefire', String.raw`cease-?fire|truce|armistice`, 0.6),
  // Standing cooperation (PLOVER COOPERATE)
  cue(
    'partnership',
    'strategic-partnership',
    String.raw`(?:strategic )?partnership|alliance|axis|ally|allied|partner|bond with|(?:close|deepening|deep|strong|growing) ties`,
    0.6,
    { objectVia: /^\s+(?:(?:with|between|of|to)\s+)?(?:the\s+)?$/u },
  ),
  cue(
    'economic',
    'economic-cooperation',
    String.raw`economic (?:cooperation|co-operation|ties|relations|partnership)|(?:bilateral )?trade|investments?|energy (?:cooperation|deals?)`,
    0.55,
    { mutual: true },
  ),
  cue(
    'military',
    'military-cooperation',
    String.raw`(?:military|defen[cs]e|security) (?:cooperation|co-operation|ties|support|assistance|partnership)|joint (?:military )?(?:exercises?|drills?)|cooperation\W+(?:\w+\W+){0,8}military`,
    0.6,
  ),
  cue(
    'nuclear-plant',
    'nuclear-cooperation',
    String.raw`nuclear (?:power )?(?:plant|reactor|station)s?`,
    0.55,
    { owner: 'patient', mutual: false },
  ),
  cue(
    'nuclear-help',
    'nuclear-cooperation',
    String.raw`(?:role in|help(?:ed|s|ing)?(?: to)? (?:build|built|develop)|involvement in|cooperation (?:\w+\W+){0,5}?concerning its|developing|built|building) (?:\w+\W+){0,3}?nuclear (?:program(?:me)?|infrastructure|energy|industry)|nuclear (?:cooperation|co-operation)`,
    0.6,
    { owner: 'patient', mutual: false },
  ),
  cue(
    'technology',
    'technology-transfer',
    String.raw`provid(?:e|es|ed|ing) (?:\w+ ){0,3}(?:with )?(?:access to )?(?:\w+ )?technolog(?:y|ies)|source of (?:\w+ ){0,2}technology|technolog(?:y|ical|ies) (?:transfer|cooperation|exchange)s?`,
    0.6,
    { mutual: false },
  ),
  // Aid (CAMEO 07; PLOVER AID)
  cue('drones', 'drone-transfer', String.raw`(?:${TRANSFER}) (?:of )?(?:\S+ ){0,3}?drones?`, 0.7, {
    owner: 'agent',
    mutual: false,
  }),
  cue(
    'arms',
    'arms-transfer',
    String.raw`(?:${TRANSFER}) (?:of )?(?:\S+ ){0,3}?(?:${WEAPONS})|military aid`,
    0.65,
    { owner: 'agent', mutual: false },
  ),
  cue(
    'aid',
    'aid',
    String.raw`(?:humanitarian|economic|financial) (?:aid|assistance)|aid package|(?:sent|send|sends|provided|provides|pledged) (?:\S+ ){0,3}?aid`,
    0.55,
    { owner: 'agent', mutual: false, needsObject: true },
  ),
  // Force (CAMEO 19; PLOVER FIGHT, ASSAULT)
  cue(
    'strike',
    'military-strike',
    String.raw`(?:(?:air|missile|drone|military) )?strikes?|airstrikes?|struck|bomb(?:ed|ing|ings|ard(?:ed|ment|ing)?)|shell(?:ed|ing)|pelted|pounded|(?:missile|drone|rocket|air) attacks?|attack(?:ed|s|ing)?|launched (?:\w+ ){0,3}(?:missiles|rockets|drones|attacks?|strikes)`,
    0.6,
    {
      owner: 'agent',
      mutual: false,
      needsObject: true,
      reach: 5,
      objectVia: /^\s+(?:(?:[\p{Ll}-]+\s+){0,3}(?:on|against|at|targeting|into|in)\s+)?(?:the\s+)?$/u,
    },
  ),
  cue(
    'war',
    'armed-conflict',
    String.raw`war (?:with|against|between)|at war|invasion of|invaded|fighting|clash(?:es|ed)?|hostilities`,
    0.55,
    { mutual: true },
  ),
  // Statements (CAMEO 11, 13, 10, 12, 05)
  cue(
    'condemn',
    'condemnation',
    String.raw`condemn(?:s|ed|ing|ation|ations)?|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)`,
    0.7,
    { mutual: false, needsObject: true },
  ),
  cue('accuse', 'accusation', String.raw`accus(?:e|es|ed|ing)|blam(?:e|es|ed|ing)`, 0.65, {
    mutual: false,
    needsObject: true,
  }),
  cue('threaten', 'threat', String.raw`threat(?:en|ens|ened|ening)|warn(?:s|ed|ing)?|ultimatum`, 0.55, {
    mutual: false,
    needsObject: true,
    reach: 5,
  }),
  cue('demand', 'demand', String.raw`demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? on`, 0.5, {
    mutual: false,
    needsObject: true,
    reach: 4,
  }),
  cue(
    'reject',
    'rejection',
    String.raw`reject(?:s|ed|ing)?|rebuff(?:s|ed)?|refus(?:e|es|ed) (?:to accept|to recogni[sz]e)`,
    0.5,
    { mutual: false, needsObject: true, reach: 5 },
  ),
  cue(
    'support',
    'support',
    String.raw`back(?:s|ed|ing)|(?:express(?:es|ed)?|voic(?:e|es|ed)) (?:its |their )?support (?:for|of)|support(?:s|ed)? for|endors(?:e|es|ed)|prais(?:e|es|ed)`,
    0.45,
    { mutual: false, needsObject: true, reach: 5 },
  ),
  // Diplomacy (CAMEO 03, 04; PLOVER AGREE, CONSULT)
  cue(
    'mediate',
    'mediation-offer',
    String.raw`offer(?:s|ed|ing)? to mediate|mediat(?:e|es|ed|ing|ion|or)|broker(?:s|ed|ing)? (?:a |the )?(?:deal|peace|truce|ceasefire)|push(?:es|ed|ing)? for (?:a )?(?:\w+ )?(?:resolution|settlement)`,
    0.6,
    { mutual: false, needsObject: true, reach: 14 },
  ),
  cue(
    'phone',
    'phone-call',
    String.raw`(?:tele)?phone (?:call|calls|conversation|conversations|talks)|calls with|phoned|called(?! for| on| it| the \w+ a)|spoke (?:by phone )?with`,
    0.7,
    { mutual: false, needsObject: true, reach: 16 },
  ),
  cue(
    'talks',
    'talks',
    String.raw`(?:held|hold|holds|holding) talks|met (?:with )?|meets with|meeting with|visit(?:ed|s|ing)?|summit with|negotiat(?:e|es|ed|ing|ions) with|talks with`,
    0.5,
    { mutual: true, needsObject: true, reach: 6 },
  ),
  cue('brief', 'briefing', String.raw`brief(?:s|ed|ing)`, 0.65, {
    mutual: false,
    needsObject: true,
    reach: 4,
  }),
  cue(
    'dialogue',
    'dialogue',
    String.raw`dialogue|engage(?:s|d)? with|efforts to engage|maintain(?:s|ed|ing)? close contact|(?:managing|manage|manages) (?:its |their )?relations(?:hip)?`,
    0.5,
    { mutual: false, needsObject: true },
  ),
  cue('relations', 'dialogue', String.raw`diplomatic (?:ties|relations)`, 0.35, {
    mutual: false,
    generic: true,
  }),
  // Pressure (CAMEO 16; PLOVER SANCTION)
  cue('sanctions', 'sanctions', String.raw`sanction(?:s|ed|ing)?|embargo(?:es|ed)?`, 0.65, {
    owner: 'agent',
    mutual: false,
  }),
  // Standing orientations
  cue('align', 'alignment', String.raw`align(?:s|ed|ing)? (?:\w+ ){0,3}with|sid(?:e|es|ed|ing) with`, 0.6, {
    mutual: false,
    needsObject: true,
    reach: 4,
  }),
  cue(
    'perceive-threat',
    'threat-perception',
    String.raw`perceived(?=[^.;]{0,60}\bthreat)|sees? (?:\w+ ){0,3}as (?:a |an )?(?:\w+ )?threat|(?:security )?concerns? (?:regarding|about|over)|fears? (?:of|about)`,
    0.55,
    { mutual: false, owner: 'agent' },
  ),
  cue(
    'rivalry',
    'rivalry',
    String.raw`tensions?|disagreements?|rivalry|rivalries|enmity|hostility|feud|stand-?off|dispute|strained relations|opposing (?:views|interests)|conflict`,
    0.55,
    { mutual: true },
  ),
  cue(
    'counter',
    'rivalry',
    String.raw`counter(?:ing)? (?:\w+ )?influence|counterweight to|contain(?:ing)? (?:\w+ )?influence`,
    0.5,
    { mutual: false, owner: 'patient' },
  ),
]);
