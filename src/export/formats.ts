/**
 * Every format the app exports, in menu order. The UI's export menu and the CLI both read this
 * table, so a format is named, suffixed and served the same everywhere.
 */
import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';

export type ExportFormatId = 'graphml' | 'gexf' | 'csv' | 'json' | 'svg' | 'png';

export interface ExportFormat {
  readonly id: ExportFormatId;
  readonly label: string;
  /** Without the dot. */
  readonly extension: string;
  readonly mimeType: string;
  /** What the file is for, one line for the menu. */
  readonly description: string;
}

// GraphML has no registered media type; `application/graphml+xml` is the one in common use (and in
// the purl.org/NET/mediatypes list). The GEXF specification names `application/gexf+xml`. CSV
// (RFC 4180) and JSON are registered; CSV says its charset because its default is US-ASCII.
const FORMATS: readonly ExportFormat[] = [
  {
    id: 'graphml',
    label: 'GraphML',
    extension: 'graphml',
    mimeType: 'application/graphml+xml',
    description: 'Graph with evidence, for networkx, yEd and igraph',
  },
  {
    id: 'gexf',
    label: 'GEXF',
    extension: 'gexf',
    mimeType: 'application/gexf+xml',
    description: 'Graph with layout and colours, for Gephi',
  },
  {
    id: 'csv',
    label: 'CSV',
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
    description: 'One row per quote, for spreadsheets',
  },
  {
    id: 'json',
    label: 'JSON',
    extension: 'json',
    mimeType: 'application/json',
    description: 'The dataset in its own format',
  },
  { id: 'svg', label: 'SVG', extension: 'svg', mimeType: 'image/svg+xml', description: 'Picture, scalable' },
  { id: 'png', label: 'PNG', extension: 'png', mimeType: 'image/png', description: 'Picture' },
];

export const EXPORT_FORMATS: readonly ExportFormat[] = Object.freeze(
  FORMATS.map((f) => Object.freeze({ ...f })),
);

export function exportFormat(id: ExportFormatId): ExportFormat {
  const format = EXPORT_FORMATS.find((f) => f.id === id);
  if (!format) {
    throw new ExportError(EXPORT_ERROR_CODES.invalidOption, 'format', `There is no export format "${id}".`);
  }
  return format;
}
