/**
 * Every name the drafter recognises, and the actor it stands for. Countries, their other names and
 * capitals come from `countries-list` (MIT), demonyms from `i18n-nationality` (MIT); our own list
 * (`aliases.ts`) adds seats of government, blocs, organisations and armed groups, and `people.ts`
 * leaders and officials. A name that two countries share ("Congolese") is left out: a draft must not
 * guess between them.
 */
import { countries } from 'countries-list';
import twoToThree from 'countries-list/minimal/countries.2to3.min.json' with { type: 'json' };
import nationalities from 'i18n-nationality/langs/en.json' with { type: 'json' };
import type { ActorKind } from '../model/dataset.ts';
import { AMBIGUOUS_CAPITALS, NOT_BEFORE, OTHER_ACTORS, STATE_FORMS } from './aliases.ts';
import { PEOPLE } from './leaders.ts';
import { nameForms, type KnownPerson } from './people.ts';

export interface ActorInfo {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
}

/** How a name refers to its actor; the order is the priority when two actors claim one name. */
export const FORM_KINDS = ['name', 'alias', 'person', 'demonym', 'capital'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export interface NameForm {
  readonly text: string;
  readonly actor: string;
  readonly kind: FormKind;
  /** Representative id, for a person's name. */
  readonly person?: string;
}

export interface Gazetteer {
  readonly actors: ReadonlyMap<string, ActorInfo>;
  readonly forms: ReadonlyMap<string, NameForm>;
  readonly people: ReadonlyMap<string, KnownPerson>;
  /** Text after a form that makes it not a name of its actor ("Western Europe"). */
  readonly notBefore: Readonly<Record<string, RegExp>>;
}

const nationalityOf = (nationalities as { nationalities: Record<string, string> }).nationalities;
const iso3Of = twoToThree as Record<string, string>;

/** "Iranian" -> "Iranians"; "Chinese", "British", "Swiss" have no plural of their own. */
function plural(demonym: string): string | undefined {
  if (/(?:ese|ish|ch|ss|sh|s)$/u.test(demonym)) return undefined;
  return `${demonym}s`;
}

let built: Gazetteer | undefined;

/** The gazetteer, built once. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const actors = new Map<string, ActorInfo>();
  const claims = new Map<string, NameForm[]>();
  const add = (form: NameForm): void => {
    if (!/\S/u.test(form.text)) return;
    const list = claims.get(form.text) ?? [];
    if (!list.some((f) => f.actor === form.actor)) list.push(form);
    claims.set(form.text, list);
  };

  for (const [code, country] of Object.entries(countries)) {
    const id = iso3Of[code];
    if (!id) continue;
    actors.set(id, { id, name: country.name, kind: 'state' });
    add({ text: country.name, actor: id, kind: 'name' });
    for (const alias of country.alias ?? []) add({ text: alias, actor: id, kind: 'alias' });
    const capital = country.capital;
    if (capital && !AMBIGUOUS_CAPITALS.has(capital)) add({ text: capital, actor: id, kind: 'capital' });
    const demonym = nationalityOf[code];
    if (demonym && !demonym.includes(' - ') && demonym !== country.name) {
      add({ text: demonym, actor: id, kind: 'demonym' });
      const many = plural(demonym);
      if (many) add({ text: many, actor: id, kind: 'demonym' });
    }
  }
  for (const [id, forms] of Object.entries(STATE_FORMS))
    for (const text of forms) add({ text, actor: id, kind: 'alias' });
  for (const actor of OTHER_ACTORS) {
    actors.set(actor.id, { id: actor.id, name: actor.name, kind: actor.kind });
    for (const text of actor.forms) add({ text, actor: actor.id, kind: 'alias' });
  }
  const people = new Map<string, KnownPerson>();
  for (const person of PEOPLE) {
    people.set(person.id, person);
    for (const text of nameForms(person))
      add({ text, actor: person.actor, kind: 'person', person: person.id });
  }

  const forms = new Map<string, NameForm>();
  for (const [text, list] of claims) {
    const best = Math.min(...list.map((f) => FORM_KINDS.indexOf(f.kind)));
    const winners = list.filter((f) => FORM_KINDS.indexOf(f.kind) === best);
    if (winners.length === 1) forms.set(text, winners[0]!);
  }
  built = { actors, forms, people, notBefore: NOT_BEFORE };
  return built;
}
