/**
 * `draftDataset`: an article in, a dataset out, offline and in one pass. Content blocks, sentences,
 * actor mentions, cues and their roles, then relations merged across sentences; the result validates
 * like any dataset, with every relation marked as a draft until a person accepts it.
 */
import type { Actor, Dataset, Representative, SourceText } from '../model/dataset.ts';
import { indexText } from '../text/code-points.ts';
import { assembleRelations } from './assemble.ts';
import { blocksOf, describeSkipped } from './content.ts';
import { extractCandidates } from './extract.ts';
import { gazetteer, type ActorInfo } from './gazetteer.ts';
import { scannerFor, type Mention } from './mentions.ts';
import { roleOn } from './people.ts';
import { declaredType, DRAFT_TYPE_BY_ID } from './relation-types.ts';
import { sentencesOf } from './sentences.ts';
import { titledPeople, type TextPerson } from './titled-people.ts';

export interface DraftOptions {
  /** The dataset's title; default the article's first heading, else "Draft". */
  readonly title?: string;
  /** Publication date (YYYY-MM-DD): resolves "on Friday", "in June", and picks officials' roles. */
  readonly published?: string;
  readonly language?: string;
  /** The dataset id; default made from the title. */
  readonly id?: string;
  /** Where the source text is: inline (default) or a file next to the dataset. */
  readonly sourceFile?: string;
  readonly url?: string;
}

export interface DraftResult {
  readonly dataset: Dataset;
  readonly stats: {
    readonly sentences: number;
    readonly contentBlocks: number;
    readonly skippedBlocks: number;
    readonly mentions: number;
  };
}

/** States and blocs named this often in the content are actors even where no relation was found. */
const MENTIONS_FOR_ACTOR = 2;

export const slug = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 64)
    .replace(/-+$/u, '') || 'draft';

export function draftDataset(text: string, options: DraftOptions = {}): DraftResult {
  const base = gazetteer();
  const blocks = blocksOf(text);
  const sentences = sentencesOf(text, blocks, options.language ?? 'en');
  const firstScan = scannerFor(base);
  const textPeople = titledPeople(text, sentences, firstScan, base);
  const scanner =
    textPeople.length === 0
      ? firstScan
      : scannerFor(base, new Map(textPeople.flatMap((p) => p.forms.map((f) => [f.text, f]))));
  const candidates = extractCandidates(text, sentences, scanner, options.published);

  const index = indexText(text);
  const heading = blocks.find((b) => b.kind === 'heading' && b.firstLine === 1);
  const title = (options.title ?? (heading ? text.slice(heading.start, heading.end) : 'Draft')).slice(0, 200);
  const id = options.id ?? slug(title);
  const sourceId = `${id.slice(0, 56)}-text`.replace(/^-/u, 'source-');
  const people = new Map(textPeople.map((p) => [p.id, p]));
  const personActor = (person: string): string | undefined =>
    base.people.get(person)?.actor ?? people.get(person)?.actor;
  const actorName = (actor: string): string => base.actors.get(actor)?.name ?? actor;

  const relations = assembleRelations({ candidates, index, sourceId, actorName, personActor });
  const mentions = sentences.flatMap((s) => scanner.scan(text, s));
  const actors = actorsOf(
    relations.flatMap((r) => [r.from, r.to]),
    mentions,
    base.actors,
    text,
    (person) => representative(person, base.people, people, options.published),
  );
  const usedTypes = new Set(relations.map((r) => r.type));
  const notes = describeSkipped(blocks);
  const source: SourceText = {
    id: sourceId,
    title,
    ...(options.sourceFile ? { file: options.sourceFile } : { text }),
    ...(options.url ? { url: options.url } : {}),
    ...(options.published ? { published: options.published } : {}),
    ...(notes ? { notes } : {}),
  };
  const dataset: Dataset = {
    formatVersion: 1,
    id,
    title,
    description: `A draft made by actor-graph draft: ${relations.length} relations for a person to review (accept, fix or reject each).`,
    language: options.language ?? 'en',
    sources: [source],
    // The types the draft uses; with none, every type, so that the dataset is valid (it needs one)
    // and a reviewer has the vocabulary at hand to add the relations the drafter missed.
    relationTypes: [...DRAFT_TYPE_BY_ID.values()]
      .filter((t) => usedTypes.size === 0 || usedTypes.has(t.id))
      .map(declaredType),
    actors,
    relations,
  };
  return {
    dataset,
    stats: {
      sentences: sentences.length,
      contentBlocks: blocks.filter((b) => b.kind === 'content').length,
      skippedBlocks: blocks.filter((b) => b.kind !== 'content').length,
      mentions: mentions.length,
    },
  };
}

function representative(
  person: string,
  known: ReturnType<typeof gazetteer>['people'],
  fromText: ReadonlyMap<string, TextPerson>,
  published: string | undefined,
): Representative | undefined {
  const k = known.get(person);
  if (k) {
    const role = roleOn(k, published);
    return { id: k.id, name: k.name, ...(role ? { role } : {}) };
  }
  const t = fromText.get(person);
  return t ? { id: t.id, name: t.name, role: t.role } : undefined;
}

function actorsOf(
  related: readonly string[],
  mentions: readonly Mention[],
  known: ReadonlyMap<string, ActorInfo>,
  text: string,
  rep: (person: string) => Representative | undefined,
): Actor[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
  const inRelations = new Set(related);
  const ids = [...new Set([...related, ...mentions.map((m) => m.actor)])].filter((id) => {
    const kind = known.get(id)?.kind;
    return (
      inRelations.has(id) ||
      ((kind === 'state' || kind === 'bloc') && (counts.get(id) ?? 0) >= MENTIONS_FOR_ACTOR)
    );
  });
  return ids.map((id) => {
    const info = known.get(id) ?? { id, name: id, kind: 'organization' as const };
    const own = mentions.filter((m) => m.actor === id);
    const aliases = [
      ...new Set(own.filter((m) => m.kind !== 'person').map((m) => text.slice(m.start, m.end))),
    ]
      .filter((a) => a !== info.name && a.length <= 200)
      .slice(0, 50);
    const people = [...new Set(own.flatMap((m) => (m.person ? [m.person] : [])))]
      .map(rep)
      .filter((r): r is Representative => r !== undefined)
      .slice(0, 50);
    return {
      id,
      name: info.name,
      kind: info.kind,
      ...(aliases.length > 0 ? { aliases } : {}),
      ...(people.length > 0 ? { representatives: people } : {}),
    };
  });
}
