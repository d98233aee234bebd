/**
 * Leaders and officials the drafter knows by name, with their roles and the dates they held them, so a
 * representative's role is the one they had when the article was written ("as of --published").
 * People the list lacks are still found where the text introduces them with a title
 * ("Iranian President Masoud Pezeshkian"); see `titled-people.ts`.
 */

export interface Term {
  readonly role: string;
  /** ISO dates; `to` absent while in office. */
  readonly from: string;
  readonly to?: string;
}

export interface KnownPerson {
  /** Representative id: the surname, lower case, as the seed dataset uses them. */
  readonly id: string;
  readonly name: string;
  /** Actor the person represents. */
  readonly actor: string;
  /** Other ways texts write the name; the surname alone is always one. */
  readonly forms?: readonly string[];
  /** The name alone that means this person; default the last word, `null` for none (Chinese, Korean names). */
  readonly surname?: string | null;
  readonly terms: readonly Term[];
}

export const PEOPLE: readonly KnownPerson[] = [
  {
    id: 'putin',
    name: 'Vladimir Putin',
    actor: 'RUS',
    terms: [
      { role: 'President of Russia', from: '2000-05-07', to: '2008-05-07' },
      { role: 'Prime Minister of Russia', from: '2008-05-08', to: '2012-05-07' },
      { role: 'President of Russia', from: '2012-05-07' },
    ],
  },
  {
    id: 'lavrov',
    name: 'Sergei Lavrov',
    actor: 'RUS',
    forms: ['Sergey Lavrov'],
    terms: [{ role: 'Foreign Minister of Russia', from: '2004-03-09' }],
  },
  {
    id: 'peskov',
    name: 'Dmitry Peskov',
    actor: 'RUS',
    terms: [{ role: 'Kremlin spokesman', from: '2012-05-22' }],
  },
  {
    id: 'ushakov',
    name: 'Yuri Ushakov',
    actor: 'RUS',
    terms: [{ role: "Putin's foreign affairs adviser", from: '2012-05-21' }],
  },
  {
    id: 'medvedev',
    name: 'Dmitry Medvedev',
    actor: 'RUS',
    terms: [
      { role: 'President of Russia', from: '2008-05-07', to: '2012-05-07' },
      { role: 'Prime Minister of Russia', from: '2012-05-08', to: '2020-01-16' },
      { role: 'Deputy Chairman of the Security Council of Russia', from: '2020-01-16' },
    ],
  },
  {
    id: 'trump',
    name: 'Donald Trump',
    actor: 'USA',
    terms: [
      { role: 'U.S. President', from: '2017-01-20', to: '2021-01-20' },
      { role: 'U.S. President', from: '2025-01-20' },
    ],
  },
  {
    id: 'biden',
    name: 'Joe Biden',
    actor: 'USA',
    terms: [
      { role: 'U.S. Vice President', from: '2009-01-20', to: '2017-01-20' },
      { role: 'U.S. President', from: '2021-01-20', to: '2025-01-20' },
    ],
  },
  {
    id: 'obama',
    name: 'Barack Obama',
    actor: 'USA',
    terms: [{ role: 'U.S. President', from: '2009-01-20', to: '2017-01-20' }],
  },
  {
    id: 'blinken',
    name: 'Antony Blinken',
    actor: 'USA',
    terms: [{ role: 'U.S. Secretary of State', from: '2021-01-26', to: '2025-01-20' }],
  },
  {
    id: 'rubio',
    name: 'Marco Rubio',
    actor: 'USA',
    terms: [{ role: 'U.S. Secretary of State', from: '2025-01-21' }],
  },
  {
    id: 'witkoff',
    name: 'Steve Witkoff',
    actor: 'USA',
    terms: [{ role: 'U.S. Special Envoy to the Middle East', from: '2025-01-20' }],
  },
  {
    id: 'netanyahu',
    name: 'Benjamin Netanyahu',
    actor: 'ISR',
    terms: [
      { role: 'Prime Minister of Israel', from: '1996-06-18', to: '1999-07-06' },
      { role: 'Prime Minister of Israel', from: '2009-03-31', to: '2021-06-13' },
      { role: 'Prime Minister of Israel', from: '2022-12-29' },
    ],
  },
  {
    id: 'pezeshkian',
    name: 'Masoud Pezeshkian',
    actor: 'IRN',
    terms: [{ role: 'President of Iran', from: '2024-07-28' }],
  },
  {
    id: 'raisi',
    name: 'Ebrahim Raisi',
    actor: 'IRN',
    terms: [{ role: 'President of Iran', from: '2021-08-03', to: '2024-05-19' }],
  },
  {
    id: 'rouhani',
    name: 'Hassan Rouhani',
    actor: 'IRN',
    terms: [{ role: 'President of Iran', from: '2013-08-03', to: '2021-08-03' }],
  },
  {
    id: 'khamenei',
    name: 'Ali Khamenei',
    actor: 'IRN',
    forms: ['Ayatollah Ali Khamenei', 'Ayatollah Khamenei'],
    terms: [{ role: 'Supreme Leader of Iran', from: '1989-06-04' }],
  },
  {
    id: 'araghchi',
    name: 'Abbas Araghchi',
    actor: 'IRN',
    terms: [{ role: 'Foreign Minister of Iran', from: '2024-08-21' }],
  },
  {
    id: 'zarif',
    name: 'Javad Zarif',
    actor: 'IRN',
    forms: ['Mohammad Javad Zarif'],
    terms: [{ role: 'Foreign Minister of Iran', from: '2013-08-15', to: '2021-08-25' }],
  },
  {
    id: 'zelensky',
    name: 'Volodymyr Zelensky',
    actor: 'UKR',
    forms: ['Volodymyr Zelenskyy', 'Zelenskyy'],
    terms: [{ role: 'President of Ukraine', from: '2019-05-20' }],
  },
  {
    id: 'xi',
    surname: null,
    name: 'Xi Jinping',
    actor: 'CHN',
    forms: ['Xi'],
    terms: [{ role: 'President of China', from: '2013-03-14' }],
  },
  {
    id: 'wang-yi',
    surname: null,
    name: 'Wang Yi',
    actor: 'CHN',
    terms: [
      { role: 'Foreign Minister of China', from: '2013-03-16', to: '2022-12-30' },
      { role: 'Foreign Minister of China', from: '2023-07-25' },
    ],
  },
  {
    id: 'erdogan',
    name: 'Recep Tayyip Erdoğan',
    actor: 'TUR',
    forms: ['Recep Tayyip Erdogan', 'Erdogan', 'Erdoğan'],
    terms: [{ role: 'President of Turkey', from: '2014-08-28' }],
  },
  {
    id: 'macron',
    name: 'Emmanuel Macron',
    actor: 'FRA',
    terms: [{ role: 'President of France', from: '2017-05-14' }],
  },
  {
    id: 'starmer',
    name: 'Keir Starmer',
    actor: 'GBR',
    terms: [{ role: 'Prime Minister of the United Kingdom', from: '2024-07-05' }],
  },
  {
    id: 'sunak',
    name: 'Rishi Sunak',
    actor: 'GBR',
    terms: [{ role: 'Prime Minister of the United Kingdom', from: '2022-10-25', to: '2024-07-05' }],
  },
  {
    id: 'scholz',
    name: 'Olaf Scholz',
    actor: 'DEU',
    terms: [{ role: 'Chancellor of Germany', from: '2021-12-08', to: '2025-05-06' }],
  },
  {
    id: 'merz',
    name: 'Friedrich Merz',
    actor: 'DEU',
    terms: [{ role: 'Chancellor of Germany', from: '2025-05-06' }],
  },
  {
    id: 'merkel',
    name: 'Angela Merkel',
    actor: 'DEU',
    terms: [{ role: 'Chancellor of Germany', from: '2005-11-22', to: '2021-12-08' }],
  },
  {
    id: 'mbs',
    surname: null,
    name: 'Mohammed bin Salman',
    actor: 'SAU',
    forms: ['Crown Prince Mohammed bin Salman', 'MBS'],
    terms: [{ role: 'Crown Prince of Saudi Arabia', from: '2017-06-21' }],
  },
  {
    id: 'mbz',
    surname: null,
    name: 'Mohamed bin Zayed',
    actor: 'ARE',
    forms: ['Mohammed bin Zayed', 'Sheikh Mohamed bin Zayed'],
    terms: [{ role: 'President of the United Arab Emirates', from: '2022-05-14' }],
  },
  {
    id: 'modi',
    name: 'Narendra Modi',
    actor: 'IND',
    terms: [{ role: 'Prime Minister of India', from: '2014-05-26' }],
  },
  {
    id: 'kim-jong-un',
    surname: null,
    name: 'Kim Jong Un',
    actor: 'PRK',
    forms: ['Kim Jong-un', 'Kim Jong-Un'],
    terms: [{ role: 'Supreme Leader of North Korea', from: '2011-12-17' }],
  },
  {
    id: 'lukashenko',
    name: 'Alexander Lukashenko',
    actor: 'BLR',
    terms: [{ role: 'President of Belarus', from: '1994-07-20' }],
  },
  {
    id: 'assad',
    name: 'Bashar al-Assad',
    actor: 'SYR',
    forms: ['Bashar Assad', 'Assad', 'al-Assad'],
    terms: [{ role: 'President of Syria', from: '2000-07-17', to: '2024-12-08' }],
  },
  {
    id: 'nasrallah',
    name: 'Hassan Nasrallah',
    actor: 'HEZBOLLAH',
    terms: [{ role: 'Secretary-General of Hezbollah', from: '1992-02-16', to: '2024-09-27' }],
  },
  {
    id: 'guterres',
    name: 'António Guterres',
    actor: 'UN',
    forms: ['Antonio Guterres'],
    terms: [{ role: 'UN Secretary-General', from: '2017-01-01' }],
  },
  {
    id: 'grossi',
    name: 'Rafael Grossi',
    actor: 'IAEA',
    forms: ['Rafael Mariano Grossi'],
    terms: [{ role: 'Director General of the IAEA', from: '2019-12-03' }],
  },
  {
    id: 'von-der-leyen',
    name: 'Ursula von der Leyen',
    actor: 'EU',
    forms: ['von der Leyen'],
    terms: [{ role: 'President of the European Commission', from: '2019-12-01' }],
  },
  {
    id: 'kallas',
    name: 'Kaja Kallas',
    actor: 'EU',
    terms: [{ role: 'EU foreign policy chief', from: '2024-12-01' }],
  },
  {
    id: 'rutte',
    name: 'Mark Rutte',
    actor: 'NATO',
    terms: [{ role: 'NATO Secretary General', from: '2024-10-01' }],
  },
  {
    id: 'stoltenberg',
    name: 'Jens Stoltenberg',
    actor: 'NATO',
    terms: [{ role: 'NATO Secretary General', from: '2014-10-01', to: '2024-10-01' }],
  },
];

/**
 * The role a person held on `date` (an ISO date, or a prefix of one); without a date, the latest.
 * After their last term: "former …"; before their first: none.
 */
export function roleOn(person: KnownPerson, date: string | undefined): string | undefined {
  const terms = person.terms;
  const latest = terms.at(-1);
  if (date === undefined) return latest?.role;
  const day = date.length === 4 ? `${date}-07-01` : date.length === 7 ? `${date}-15` : date;
  const current = [...terms].reverse().find((t) => t.from <= day && (t.to === undefined || day < t.to));
  if (current) return current.role;
  const past = [...terms].reverse().find((t) => t.to !== undefined && t.to <= day);
  return past ? `former ${past.role}` : undefined;
}

/** Every form of a person's name: the full name, the given forms and the surname. */
export function nameForms(person: KnownPerson): string[] {
  const surname = person.surname === undefined ? person.name.split(' ').at(-1) : person.surname;
  return [...new Set([person.name, ...(person.forms ?? []), ...(surname ? [surname] : [])])];
}
