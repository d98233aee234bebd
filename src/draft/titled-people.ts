/**
 * People the text introduces with a title, whom the drafter's own list may not know: "Iranian
 * President Masoud Pezeshkian", "Israel's ambassador to the UN, Danny Danon", "Putin's foreign affairs
 * adviser, Yuri Ushakov". Once introduced, their surname alone is a mention of their actor too.
 */
import type { Gazetteer, NameForm } from './gazetteer.ts';
import { TITLE, type Scanner } from './mentions.ts';
import type { Sentence } from './sentences.ts';

export interface TextPerson {
  readonly id: string;
  readonly name: string;
  readonly actor: string;
  readonly role: string;
  readonly forms: readonly NameForm[];
}

const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s(?:(?:bin|bint|ibn|al|el|de|da|van|von|der|le|la)[\s-])?\p{Lu}[\p{Ll}'’-]+){0,3}`;
const AFTER_MENTION = new RegExp(String.raw`^(?:['’]s)?\s+(${TITLE})\s*,?\s+(${NAME})`, 'u');
const NOT_NAMES =
  /^(?:The|On|In|At|And|But|As|Has|Had|Was|Is|Will|Would|Said|Says|This|That|Friday|Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)\b/u;

const slugOf = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 60) || 'person';

/** People introduced with a title after a name of their actor, in the order the text introduces them. */
export function titledPeople(
  text: string,
  sentences: readonly Sentence[],
  scanner: Scanner,
  gazetteer: Gazetteer,
): TextPerson[] {
  const people = new Map<string, TextPerson>();
  const usedIds = new Set(gazetteer.people.keys());
  for (const sentence of sentences) {
    for (const mention of scanner.scan(text, sentence)) {
      const rest = text.slice(mention.end, sentence.end);
      const m = AFTER_MENTION.exec(rest);
      if (!m) continue;
      const name = m[2]!.replace(/['’]s$/u, '');
      if (NOT_NAMES.test(name) || gazetteer.forms.has(name) || people.has(name)) continue;
      const actor = mention.person ? mention.actor : mention.actor;
      const actorName = gazetteer.actors.get(actor)?.name ?? actor;
      const title = m[1]!.trim();
      const role = mention.person
        ? `${text.slice(mention.start, mention.end)}'s ${title}`
        : /^\p{Ll}/u.test(title) || /adviser|advisor|aide|negotiator|chief/u.test(title)
          ? `${actorName}'s ${title}`
          : `${title} of ${actorName}`;
      const surname = name.split(/\s+/u).at(-1)!;
      let id = slugOf(surname);
      if (usedIds.has(id)) id = slugOf(name);
      for (let n = 2; usedIds.has(id); n++) id = `${slugOf(name)}-${n}`;
      usedIds.add(id);
      const forms: NameForm[] = [{ text: name, actor, kind: 'person', person: id }];
      if (surname !== name && !gazetteer.forms.has(surname))
        forms.push({ text: surname, actor, kind: 'person', person: id });
      people.set(name, { id, name, actor, role: role.slice(0, 200), forms });
    }
  }
  return [...people.values()];
}
