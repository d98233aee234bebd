import { exportFormat, type ExportFormatId } from './formats.ts';

/** Well under every file system's 255-byte limit, with room for a browser's " (1)". */
export const MAX_FILE_NAME_BASE = 100;

// Names Windows reserves for devices, with or without an extension.
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

/**
 * The name a download or the CLI gives an export: `putins-delicate-dance.graphml`,
 * `putins-delicate-dance-relations.csv`. Dataset ids are already safe when validated, but the
 * name must be safe on every system whatever it is given: only `[A-Za-z0-9._-]`, accents dropped
 * rather than the letters, no leading dot (a hidden file), no device names, bounded length.
 */
export function exportFileName(datasetId: string, format: ExportFormatId, suffix?: string): string {
  const { extension } = exportFormat(format);
  const parts = [datasetId, suffix ?? ''].map(sanitize).filter((part) => part !== '');
  let base = trim(parts.join('-').slice(0, MAX_FILE_NAME_BASE));
  if (base === '') base = 'graph';
  if (WINDOWS_DEVICE.test(base)) base = `${base}-graph`;
  return `${base}.${extension}`;
}

function sanitize(part: string): string {
  const plain = part.normalize('NFKD').replace(/\p{M}/gu, '');
  return trim(plain.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/-{2,}/g, '-'));
}

function trim(name: string): string {
  return name.replace(/^[.-]+|[.-]+$/g, '');
}
