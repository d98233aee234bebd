/**
 * Our own names for actors, beside the country data from packages: seats of government ("the
 * Kremlin"), forms the packages lack ("Emirati", "Kyiv"), blocs ("the West", NATO), organisations and
 * armed groups. Ids of states are ISO 3166-1 alpha-3 codes, as the packages give them.
 */
import type { ActorKind } from '../model/dataset.ts';

export interface OwnActor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Names as the text may write them; case-sensitive, whole words. */
  readonly forms: readonly string[];
}

/** More names of states the packages name: seats of government, capitals in other spellings, short forms. */
export const STATE_FORMS: Readonly<Record<string, readonly string[]>> = {
  USA: [
    'U.S.',
    'U.S.A.',
    'US',
    'Washington',
    'the White House',
    'The White House',
    'the Pentagon',
    'The Pentagon',
    'the State Department',
    'The State Department',
    'Americans',
  ],
  RUS: ['the Kremlin', 'The Kremlin', 'Kremlin', 'Russians', 'Russian Federation'],
  GBR: ['Britain', 'Great Britain', 'U.K.', 'Downing Street', 'Whitehall', 'Britons'],
  FRA: ['the Élysée', 'the Elysee', 'Élysée Palace', 'Elysee Palace', 'Quai d’Orsay'],
  CHN: ['Zhongnanhai', "People's Republic of China", 'PRC'],
  ISR: ['Tel Aviv', 'Israelis'],
  IRN: ['Islamic Republic', 'Iranians', 'Revolutionary Guards', 'Revolutionary Guard', 'IRGC'],
  ARE: ['Emirati', 'Emiratis', 'UAE', 'Emirates', 'U.A.E.'],
  SAU: ['Saudis', 'the Kingdom of Saudi Arabia'],
  UKR: ['Kyiv', 'Kiev', 'Ukrainians'],
  TUR: ['Türkiye', 'Turkiye'],
  PRK: ['North Korean', 'North Koreans', 'DPRK', 'Pyongyang'],
  KOR: ['South Korean', 'South Koreans', 'Seoul'],
  TWN: ['Taiwanese', 'Taipei'],
  SYR: ['Syrians'],
  IRQ: ['Iraqis'],
  PSE: ['Palestinian Authority', 'Palestinians'],
  DEU: ['Germans', 'Berlin'],
  IND: ['New Delhi', 'Delhi', 'Indians'],
  PAK: ['Pakistanis'],
  AFG: ['Afghans'],
  EGY: ['Egyptians'],
  JPN: ['Japanese'],
  QAT: ['Qataris'],
  VAT: ['the Holy See', 'the Vatican'],
};

/** Blocs, organisations and armed groups, by the names news texts use. */
export const OTHER_ACTORS: readonly OwnActor[] = [
  {
    id: 'WEST',
    name: 'Western powers',
    kind: 'bloc',
    forms: [
      'Western powers',
      'Western countries',
      'Western nations',
      'Western governments',
      'the West',
      'The West',
      'Western',
    ],
  },
  { id: 'EU', name: 'European Union', kind: 'bloc', forms: ['European Union', 'EU', 'E.U.', 'Brussels'] },
  { id: 'NATO', name: 'NATO', kind: 'bloc', forms: ['NATO', 'North Atlantic Treaty Organization', 'Nato'] },
  { id: 'G7', name: 'G7', kind: 'bloc', forms: ['G7', 'G-7', 'Group of Seven'] },
  { id: 'BRICS', name: 'BRICS', kind: 'bloc', forms: ['BRICS'] },
  { id: 'GCC', name: 'Gulf Cooperation Council', kind: 'bloc', forms: ['Gulf Cooperation Council', 'GCC'] },
  { id: 'ASEAN', name: 'ASEAN', kind: 'bloc', forms: ['ASEAN', 'Association of Southeast Asian Nations'] },
  { id: 'AU', name: 'African Union', kind: 'bloc', forms: ['African Union'] },
  { id: 'ARAB-LEAGUE', name: 'Arab League', kind: 'bloc', forms: ['Arab League', 'League of Arab States'] },
  { id: 'UN', name: 'United Nations', kind: 'organization', forms: ['United Nations', 'UN', 'U.N.'] },
  {
    id: 'UNSC',
    name: 'UN Security Council',
    kind: 'organization',
    forms: [
      'UN Security Council',
      'U.N. Security Council',
      'United Nations Security Council',
      'Security Council',
    ],
  },
  {
    id: 'IAEA',
    name: 'International Atomic Energy Agency',
    kind: 'organization',
    forms: ['International Atomic Energy Agency', 'IAEA'],
  },
  {
    id: 'OPEC',
    name: 'OPEC',
    kind: 'organization',
    forms: ['OPEC', 'Organization of the Petroleum Exporting Countries', 'OPEC+'],
  },
  {
    id: 'WHO',
    name: 'World Health Organization',
    kind: 'organization',
    forms: ['World Health Organization'],
  },
  {
    id: 'ICC',
    name: 'International Criminal Court',
    kind: 'organization',
    forms: ['International Criminal Court'],
  },
  { id: 'HEZBOLLAH', name: 'Hezbollah', kind: 'group', forms: ['Hezbollah', 'Hizbollah', 'Hizballah'] },
  { id: 'HAMAS', name: 'Hamas', kind: 'group', forms: ['Hamas'] },
  {
    id: 'HOUTHIS',
    name: 'Houthis',
    kind: 'group',
    forms: ['Houthis', 'Houthi', 'Ansar Allah', 'Ansarallah'],
  },
  { id: 'TALIBAN', name: 'Taliban', kind: 'group', forms: ['Taliban'] },
  { id: 'ISIS', name: 'Islamic State', kind: 'group', forms: ['Islamic State', 'ISIS', 'ISIL', 'Daesh'] },
  {
    id: 'AL-QAEDA',
    name: 'al-Qaeda',
    kind: 'group',
    forms: ['al-Qaeda', 'Al-Qaeda', 'al Qaeda', 'Al Qaeda'],
  },
  { id: 'WAGNER', name: 'Wagner Group', kind: 'group', forms: ['Wagner Group', 'Wagner'] },
  { id: 'PKK', name: 'PKK', kind: 'group', forms: ['PKK', "Kurdistan Workers' Party"] },
  {
    id: 'PIJ',
    name: 'Palestinian Islamic Jihad',
    kind: 'group',
    forms: ['Palestinian Islamic Jihad', 'Islamic Jihad'],
  },
];

/**
 * Capitals that are also common words or names elsewhere ("Victoria", "Kingston"): the packages list
 * them, but a text naming them rarely means the government.
 */
export const AMBIGUOUS_CAPITALS: ReadonlySet<string> = new Set([
  'Victoria',
  'City of Victoria',
  'Kingston',
  'Georgetown',
  'George Town',
  'Hamilton',
  'Jamestown',
  'Plymouth',
  'Douglas',
  'Stanley',
  'Saint-Denis',
  'San Juan',
  'Santiago',
  'San José',
  'Luxembourg',
  'Monaco',
  'Singapore',
  'Djibouti',
  'Gibraltar',
  'Kuwait City',
  'Panama City',
  'Guatemala City',
  'Mexico City',
  'Vatican City',
  'Jerusalem',
  'The Valley',
  'West Island',
  'Praia',
  'Apia',
  'Moroni',
  'Sucre',
  'Lobamba',
  'Ramallah',
  'Washington D.C.',
]);

/**
 * Words after which a form is not the actor: "Western Europe" is a region, not the West; "Georgia"
 * before "Tech" is a university. Checked on the text after the form.
 */
export const NOT_BEFORE: Readonly<Record<string, RegExp>> = {
  Western:
    /^\s+(?:Europe|Asia|Africa|Australia|Hemisphere|Balkans|Sahara|Cape|Front|Wall|Ukraine|Siberia|Galilee|Negev|Union)\b/u,
  Washington: /^\s+(?:Post|State|Street|Institute|Times)\b/u,
  US: /^\s*\$/u,
  Wagner: /^\s+(?:Act)\b/u,
};
