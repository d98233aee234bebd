/**
 * Referential integrity: every id a relation mentions is declared, and warnings for what is legal but
 * probably unintended (a relation without evidence, an actor nobody relates to, an unused type).
 */
import { quoted } from '../text/printable.ts';
import { didYouMean } from './did-you-mean.ts';
import { collectIds, type DeclaredIds } from './ids.ts';
import { PROBLEM_CODES, type Problem, type ProblemCode, type ProblemSink, type Severity } from './problem.ts';
import { isObject, named, objectsIn, stringIn, type Fields } from './shape.ts';

/** Suggestions compare against every declared id; past this many, a broken file would be slow to report. */
const MAX_SUGGESTIONS = 200;

/**
 * Problems with what the dataset refers to. With `sink`, each goes there as it is found and the
 * returned list is empty; without, they are returned.
 */
export function checkReferences(root: unknown, file: string, sink?: ProblemSink): Problem[] {
  if (!isObject(root)) return [];
  const problems: Problem[] = [];
  const emit = sink ?? ((problem: Problem) => void problems.push(problem));
  const { ids } = collectIds(root, file, emit);
  let suggestions = 0;
  const hint = (word: string, candidates: Iterable<string>): string => {
    if (suggestions >= MAX_SUGGESTIONS) return '';
    suggestions++;
    return didYouMean(word, candidates);
  };
  const report = (code: ProblemCode, path: string, message: string, severity: Severity = 'error'): void =>
    emit({ code, severity, file, path, message });

  const usedTypes = new Set<string>();
  const connected = new Set<string>();
  for (const [relation, index] of objectsIn(root, 'relations')) {
    const path = `$.relations[${index}]`;
    const name = named('Relation', relation, index);
    const from = stringIn(relation, 'from');
    const to = stringIn(relation, 'to');
    const type = stringIn(relation, 'type');

    if (type !== undefined) {
      usedTypes.add(type);
      if (!ids.types.has(type)) {
        report(
          PROBLEM_CODES.unknownType,
          `${path}.type`,
          `${name} has type ${quoted(type)}, but relationTypes declares no ${quoted(type)}.${hint(type, ids.types.keys())}`,
        );
      }
    }
    for (const [end, id] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (id === undefined) continue;
      connected.add(id);
      if (!ids.actors.has(id)) {
        report(
          PROBLEM_CODES.unknownActor,
          `${path}.${end}`,
          `${name} goes from ${quoted(from ?? '?')} to ${quoted(to ?? '?')}, but there is no actor ${quoted(id)}.${hint(id, ids.actors.keys())}`,
        );
      }
    }
    checkRepresentative(relation, 'fromRepresentative', from, to);
    checkRepresentative(relation, 'toRepresentative', to, from);
    if (from !== undefined && from === to) {
      report(PROBLEM_CODES.selfLoop, `${path}.to`, `${name} goes from ${quoted(from)} to itself.`, 'warning');
    }

    const draft = relation['draft'];
    if (isObject(draft)) {
      const confidence = typeof draft['confidence'] === 'number' ? `confidence ${draft['confidence']}` : '';
      const cue = typeof draft['cue'] === 'string' ? `from ${quoted(draft['cue'])}` : '';
      const how = [confidence, cue].filter(Boolean).join(', ');
      report(
        PROBLEM_CODES.draftRelation,
        `${path}.draft`,
        `${name} is a machine draft nobody has reviewed${how ? ` (${how})` : ''}: check it against its quotes, then accept it (remove "draft") or delete it.`,
        'warning',
      );
    }

    const evidence = relation['evidence'];
    if (Array.isArray(evidence) && evidence.length === 0) {
      report(
        PROBLEM_CODES.noEvidence,
        `${path}.evidence`,
        `${name} has no evidence: add at least one quote from a source.`,
        'warning',
      );
    }
    for (const [item, i] of objectsIn(relation, 'evidence')) {
      const source = stringIn(item, 'source');
      if (source !== undefined && !ids.sources.has(source)) {
        report(
          PROBLEM_CODES.unknownSource,
          `${path}.evidence[${i}].source`,
          `Evidence ${i} of ${name.charAt(0).toLowerCase()}${name.slice(1)} quotes source ${quoted(source)}, but sources declares no ${quoted(source)}.${hint(source, ids.sources.keys())}`,
        );
      }
    }

    function checkRepresentative(
      owner: Fields,
      key: 'fromRepresentative' | 'toRepresentative',
      actorId?: string,
      otherId?: string,
    ): void {
      const rep = stringIn(owner, key);
      const actor = actorId === undefined ? undefined : ids.actors.get(actorId);
      if (rep === undefined || actor === undefined || actor.representatives.has(rep)) return;
      const other = otherId === undefined ? undefined : ids.actors.get(otherId);
      const swapped = other?.representatives.has(rep)
        ? ` ${quoted(rep)} represents ${quoted(otherId ?? '')}: are the two fields swapped?`
        : '';
      report(
        PROBLEM_CODES.unknownRepresentative,
        `${path}.${key}`,
        `${name} gives ${key} ${quoted(rep)}, but actor ${quoted(actorId ?? '')} has no representative ${quoted(rep)}.${swapped || hint(rep, actor.representatives)}`,
      );
    }
  }

  warnUnused(root, ids, usedTypes, connected, report);
  return problems;
}

function warnUnused(
  root: Fields,
  ids: DeclaredIds,
  usedTypes: Set<string>,
  connected: Set<string>,
  report: (code: ProblemCode, path: string, message: string, severity: Severity) => void,
): void {
  for (const [type, index] of ids.types) {
    if (!usedTypes.has(type)) {
      report(
        PROBLEM_CODES.unusedType,
        `$.relationTypes[${index}]`,
        `Relation type ${quoted(type)} is declared but no relation uses it.`,
        'warning',
      );
    }
  }
  const actors = root['actors'];
  if (Array.isArray(actors) && actors.length === 0) {
    report(
      PROBLEM_CODES.emptyGraph,
      '$.actors',
      'The dataset has no actors: the graph will be empty.',
      'warning',
    );
  }
  for (const [actor, { index }] of ids.actors) {
    if (!connected.has(actor)) {
      report(
        PROBLEM_CODES.isolatedActor,
        `$.actors[${index}]`,
        `Actor ${quoted(actor)} is in no relation: it will be drawn alone.`,
        'warning',
      );
    }
  }
}
