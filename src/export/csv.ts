/**
 * The relations as a spreadsheet: one row per piece of evidence, so every quote can be read, sorted
 * and checked on its own line. RFC 4180: CRLF line ends, a header row, fields quoted when needed.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { describeRelation, type RelationView } from '../graph/describe.ts';
import type { Evidence } from '../model/dataset.ts';
import { allianceColumns, type AllianceColumns, type AllianceExportOption } from './alliance-columns.ts';
import { selectRelations } from './select.ts';

export interface CsvOptions {
  /** Only these relations (what the filters show). Undefined: all. */
  readonly relationIds: Iterable<string> | undefined;
  /**
   * Start with a UTF-8 byte order mark. On by default: Excel opens a CSV without one as the
   * system's legacy code page and garbles every non-ASCII name and curly quote, silently.
   * LibreOffice, Google Sheets, pandas and R's readr skip the mark; Python's `csv` module needs the
   * file opened with `encoding='utf-8-sig'`.
   */
  readonly bom: boolean;
  /** Neutralise cells a spreadsheet would run as formulas (see `neutralizeFormula`). */
  readonly escapeFormulas: boolean;
  /**
   * Camps and pair scores (see `alliance-columns.ts`): computed when undefined; false leaves the
   * alliance columns empty (they stay in the header, so every file has the same columns).
   */
  readonly alliance: AllianceExportOption;
}

export const DEFAULT_CSV_OPTIONS: CsvOptions = Object.freeze({
  relationIds: undefined,
  bom: true,
  escapeFormulas: true,
  alliance: undefined,
});

type Cell = string | number;

export const CSV_COLUMNS = Object.freeze([
  'relation_id',
  'type',
  'type_label',
  'polarity',
  'from_id',
  'from',
  'to_id',
  'to',
  'directed',
  'status',
  'attribution',
  'from_representative',
  'to_representative',
  'date',
  'summary',
  'source_id',
  'source_title',
  'quote',
  'start',
  'end',
  'quote_attribution',
  'signed_weight',
  'pair_score',
  'pair_sign',
  'against_camps',
  'from_camp',
  'to_camp',
] as const);

export function writeCsv(graph: ActorGraph, options: Partial<CsvOptions> = {}): string {
  const { relationIds, bom, escapeFormulas, alliance }: CsvOptions = { ...DEFAULT_CSV_OPTIONS, ...options };
  const titles = new Map(graph.getAttribute('sources').map((s) => [s.id, s.title]));
  const rows: Cell[][] = [[...CSV_COLUMNS]];
  const edges = selectRelations(graph, relationIds);
  const signed = allianceColumns(graph, edges, alliance);
  for (const edge of edges) {
    const view = describeRelation(graph, edge);
    const extra = allianceCells(signed, view);
    // A relation without evidence still gets its row, so a filter's count of relations holds.
    const evidence: readonly (Evidence | undefined)[] =
      view.evidence.length > 0 ? view.evidence : [undefined];
    for (const e of evidence) rows.push([...row(view, e, e && (titles.get(e.source) ?? '')), ...extra]);
  }
  const text = rows.map((cells) => cells.map((cell) => field(cell, escapeFormulas)).join(',')).join('\r\n');
  return `${bom ? '\uFEFF' : ''}${text}\r\n`;
}

function row(view: RelationView, evidence: Evidence | undefined, sourceTitle: string | undefined): Cell[] {
  return [
    view.id,
    view.typeId,
    view.typeLabel,
    view.polarity,
    view.fromId,
    view.fromName,
    view.toId,
    view.toName,
    String(view.directed),
    view.status,
    view.attribution ?? '',
    view.fromRepresentative ?? '',
    view.toRepresentative ?? '',
    view.date ?? '',
    view.summary,
    evidence?.source ?? '',
    sourceTitle ?? '',
    evidence?.quote ?? '',
    evidence?.start ?? '',
    evidence?.end ?? '',
    // Who said these words, where the dataset says so apart from the relation's attribution (the
    // claim's); empty for the article's own words, so a quote is never credited to someone it is not from.
    evidence?.attribution ?? '',
  ];
}

/** The relation's signed weight, its pair's score and sign, and both ends' camps; empty where none. */
function allianceCells(signed: AllianceColumns | undefined, view: RelationView): Cell[] {
  const relation = signed?.relation(view.id);
  return [
    relation?.weight ?? '',
    relation?.pairScore ?? '',
    relation?.pairSign ?? '',
    relation === undefined ? '' : String(relation.against),
    signed?.camp(view.fromId) ?? '',
    signed?.camp(view.toId) ?? '',
  ];
}

/**
 * OWASP's CSV injection guidance: a cell that starts with `=`, `+`, `-`, `@`, TAB or CR can run as a
 * formula when a spreadsheet opens the file, so it gets a leading apostrophe, which spreadsheets
 * show as text. Only text cells: the numeric columns (`start`, `end`, the weights and scores) are
 * numbers, written as numbers; an apostrophe would turn them into text.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(cell: Cell, escapeFormulas: boolean): string {
  if (typeof cell === 'number') return String(cell);
  const text = escapeFormulas ? neutralizeFormula(cell) : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
