/**
 * Leaders and officials the drafter knows by name, with their roles and the dates they held them, so a
 * representative's role is the one they had when the article was written ("as of --published").
 * People the list lacks are still found where the text introduces them with a title
 * ("Iranian President Masoud Pezeshkian"); see `titled-people.ts`. The list is `leaders.ts`.
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
