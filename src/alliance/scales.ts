/**
 * Published conflict–cooperation scales for the event codes a relation type may carry. Sources (see
 * docs/decisions/0010-alliance-analysis.md):
 *
 * - Goldstein, J. S. (1992), "A Conflict-Cooperation Scale for WEIS Events Data", Journal of Conflict
 *   Resolution 36(2), as adapted to CAMEO in the CAMEO project's scale file `CAMEO.SCALE.txt`
 *   (eventdata.parusanalytics.com/cameo.dir/CAMEO.SCALE.txt; read in the copy in
 *   linwoodc3/gdeltPyR, `utils/schema_csvs/cameoCodeTable.tsv`).
 * - The codes are numbered as in the CAMEO 1.1b3 manual (Schrodt 2012), which datasets use and GDELT
 *   follows. That file predates 1.1b3 in roots 01, 12 and 16: there each value is taken by the
 *   event's description, not its number (e.g. "Impose embargo, boycott, or sanctions" is 166 in the
 *   scale file, 163 in 1.1b3: −8.0). Codes whose 1.1b3 meaning has no counterpart in the file (016
 *   "Deny responsibility", 124 "Refuse to yield", 127 "Reject plan, agreement") are left out and take
 *   their root's value.
 * - PLOVER's "Schrodt scores" (PLOVER manual, draft 0.7b1, openeventdata/PLOVER, "Numeric
 *   conflict/cooperation scores"): one value per PLOVER event type, for types with no CAMEO code.
 */

/** Goldstein values of CAMEO 1.1b3 root (2-digit) and 3-digit codes. */
// prettier-ignore
const GOLDSTEIN: Readonly<Record<string, number>> = Object.freeze({
  // 01 MAKE PUBLIC STATEMENT
  '01': 0, '010': 0, '011': -0.1, '012': -0.4, '013': 0.4, '014': 0, '015': 0, '017': 0, '018': 3.4, '019': 3.4,
  // 02 APPEAL
  '02': 3, '020': 3, '021': 3.4, '022': 3.4, '023': 3.4, '024': -0.3, '025': -0.3, '026': 4, '027': 4, '028': 4,
  // 03 EXPRESS INTENT TO COOPERATE
  '03': 4, '030': 4, '031': 5.2, '032': 4.5, '033': 5.2, '034': 7, '035': 7, '036': 4, '037': 5, '038': 7, '039': 5,
  // 04 CONSULT
  '04': 1, '040': 1, '041': 1, '042': 1.9, '043': 2.8, '044': 2.5, '045': 5, '046': 7,
  // 05 ENGAGE IN DIPLOMATIC COOPERATION
  '05': 3.5, '050': 3.5, '051': 3.4, '052': 3.5, '053': 3.8, '054': 6, '055': 7, '056': 7, '057': 8,
  // 06 ENGAGE IN MATERIAL COOPERATION
  '06': 6, '060': 6, '061': 6.4, '062': 7.4, '063': 7.4, '064': 7,
  // 07 PROVIDE AID
  '07': 7, '070': 7, '071': 7.4, '072': 8.3, '073': 7.4, '074': 8.5, '075': 7,
  // 08 YIELD
  '08': 5, '080': 5, '081': 5, '082': 5, '083': 5, '084': 7, '085': 7, '086': 9, '087': 9,
  // 09 INVESTIGATE
  '09': -2, '090': -2, '091': -2, '092': -2, '093': -2, '094': -2,
  // 10 DEMAND
  '10': -5, '100': -5, '101': -5, '102': -5, '103': -5, '104': -5, '105': -5, '106': -5, '107': -5, '108': -5,
  // 11 DISAPPROVE
  '11': -2, '110': -2, '111': -2, '112': -2, '113': -2, '114': -2, '115': -2,
  // 12 REJECT
  '12': -4, '120': -4, '121': -4, '122': -4, '123': -4, '125': -5, '126': -5, '128': -5, '129': -5,
  // 13 THREATEN
  '13': -6, '130': -4.4, '131': -5.8, '132': -5.8, '133': -5.8, '134': -5.8, '135': -5.8, '136': -7, '137': -7, '138': -7, '139': -7,
  // 14 PROTEST
  '14': -6.5, '140': -6.5, '141': -6.5, '142': -6.5, '143': -6.5, '144': -7.5, '145': -7.5,
  // 15 EXHIBIT FORCE POSTURE
  '15': -7.2, '150': -7.2, '151': -7.2, '152': -7.2, '153': -7.2, '154': -7.2,
  // 16 REDUCE RELATIONS (1.1b3 numbering; see above)
  '16': -4, '160': -4, '161': -4, '162': -5.6, '163': -8, '164': -6.5, '165': -7, '166': -7,
  // 17 COERCE
  '17': -7, '170': -7, '171': -9.2, '172': -5, '173': -5, '174': -5, '175': -9,
  // 18 ASSAULT
  '18': -9, '180': -9, '181': -9, '182': -9.5, '183': -10, '184': -8, '185': -8, '186': -10,
  // 19 FIGHT
  '19': -10, '190': -10, '191': -9.5, '192': -9.5, '193': -10, '194': -10, '195': -10, '196': -9.5,
  // 20 USE UNCONVENTIONAL MASS VIOLENCE
  '20': -10, '200': -10, '201': -9.5, '202': -10, '203': -10, '204': -10,
});

/** PLOVER's Schrodt score of each event type. */
const PLOVER: Readonly<Record<string, number>> = Object.freeze({
  ASSAULT: -9.3,
  COERCE: -7.2,
  PROTEST: -6.6,
  MOBILIZE: -5.3,
  SANCTION: -5.2,
  THREATEN: -5.1,
  DEMAND: -5,
  REJECT: -4.2,
  ACCUSE: -2,
  CONSULT: 2.1,
  AGREE: 4.2,
  SUPPORT: 4.6,
  CONCEDE: 5,
  COOPERATE: 6.8,
  AID: 7.4,
  RETREAT: 7.6,
});

export interface ScaleValue {
  readonly value: number;
  /** The code whose value was used: the code itself, or the 3-digit or root code it falls under. */
  readonly code: string;
}

/**
 * The Goldstein value of a CAMEO code: its own, else its 3-digit parent's (4-digit codes), else its
 * root's, as event-data pipelines do (PETRARCH's Phoenix post-processing). Undefined for anything that
 * is not a CAMEO event code.
 */
export function goldsteinValue(code: string): ScaleValue | undefined {
  if (!/^(0[1-9]|1\d|20)\d{0,2}$/.test(code)) return undefined;
  for (const candidate of [code, code.slice(0, 3), code.slice(0, 2)]) {
    const value = GOLDSTEIN[candidate];
    if (value !== undefined) return { value, code: candidate };
  }
  return undefined;
}

/** The Schrodt score of a PLOVER event type (case-insensitive), or undefined. */
export function ploverValue(type: string): ScaleValue | undefined {
  const code = type.toUpperCase();
  const value = PLOVER[code];
  return value === undefined ? undefined : { value, code };
}
