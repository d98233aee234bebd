/** File names for downloads and the CLI, and the formats table the export menu and the CLI read. */
import { describe, expect, it } from 'vitest';
import {
  EXPORT_ERROR_CODES,
  EXPORT_FORMATS,
  MAX_FILE_NAME_BASE,
  exportFileName,
  exportFormat,
  type ExportFormatId,
} from '../../src/export/index.ts';

const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.[a-z]+$/;

describe('exportFileName', () => {
  it('names a file after the dataset, with an optional suffix', () => {
    expect(exportFileName('putins-delicate-dance', 'graphml')).toBe('putins-delicate-dance.graphml');
    expect(exportFileName('putins-delicate-dance', 'csv', 'relations')).toBe(
      'putins-delicate-dance-relations.csv',
    );
    expect(exportFileName('seed', 'json', '')).toBe('seed.json');
  });

  it('keeps only letters, digits, dot, underscore and hyphen, and drops accents rather than letters', () => {
    expect(exportFileName('Pütin’s Dänce: Iran / Israel', 'gexf')).toBe('Putin-s-Dance-Iran-Israel.gexf');
    expect(exportFileName('a<b>c:"d"|e?*f', 'svg', 'x y')).toBe('a-b-c-d-e-f-x-y.svg');
    expect(exportFileName('data\u0000set\u202Egnp.exe', 'png')).toBe('data-set-gnp.exe.png');
  });

  it('cannot climb out of a folder or hide the file', () => {
    expect(exportFileName('../../etc/passwd', 'json')).toBe('etc-passwd.json');
    expect(exportFileName('.hidden', 'csv')).toBe('hidden.csv');
    expect(exportFileName('..', 'csv', '..')).toBe('graph.csv');
  });

  it('falls back to a name when nothing usable is left, and avoids Windows device names', () => {
    expect(exportFileName('', 'json')).toBe('graph.json');
    expect(exportFileName('💥🔥', 'json')).toBe('graph.json');
    expect(exportFileName('CON', 'csv')).toBe('CON-graph.csv');
    expect(exportFileName('lpt1', 'svg')).toBe('lpt1-graph.svg');
  });

  it('bounds the length', () => {
    const name = exportFileName('x'.repeat(500), 'graphml', 'relations');
    expect(name).toBe(`${'x'.repeat(MAX_FILE_NAME_BASE)}.graphml`);
  });

  it('gives a safe name for every format, whatever the input', () => {
    const inputs = [
      'putins-delicate-dance',
      '',
      '...',
      ' -x- ',
      'Ünïcödé',
      '\\\\server\\share',
      'a'.repeat(300),
    ];
    for (const { id } of EXPORT_FORMATS) {
      for (const input of inputs) expect(exportFileName(input, id, input)).toMatch(SAFE_NAME);
    }
  });
});

describe('EXPORT_FORMATS', () => {
  it('lists each format once, with its extension and media type', () => {
    expect(EXPORT_FORMATS.map((f) => [f.id, f.extension, f.mimeType])).toEqual([
      ['graphml', 'graphml', 'application/graphml+xml'],
      ['gexf', 'gexf', 'application/gexf+xml'],
      ['csv', 'csv', 'text/csv;charset=utf-8'],
      ['json', 'json', 'application/json'],
      ['svg', 'svg', 'image/svg+xml'],
      ['png', 'png', 'image/png'],
    ]);
    expect(EXPORT_FORMATS.every((f) => f.label.length > 0 && f.description.length > 0)).toBe(true);
  });

  it('cannot be changed by a caller', () => {
    expect(Object.isFrozen(EXPORT_FORMATS)).toBe(true);
    expect(EXPORT_FORMATS.every((f) => Object.isFrozen(f))).toBe(true);
  });

  it('finds a format by id and rejects an unknown one', () => {
    expect(exportFormat('gexf').label).toBe('GEXF');
    expect(() => exportFormat('dot' as ExportFormatId)).toThrow(
      expect.objectContaining({ code: EXPORT_ERROR_CODES.invalidOption, path: 'format' }),
    );
  });
});
