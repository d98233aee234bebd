/**
 * The widget's export pipeline: files in memory from what the screen shows (`exportFile`), saving them
 * (`saveFile`), the view as a snapshot or a link. Its one entry point, so the widget can load it when
 * the reader first exports rather than with the page; the menu (`components/export-menu/`) only asks.
 */
export { exportFile, type ExportSource, type ExportedFile } from './export-file.ts';
export { snapshotOf } from './snapshot-of.ts';
export { saveFile } from './download.ts';
export { copyViewLink, type ViewLink } from './view-link.ts';
export type { GraphPicture } from './png-image.ts';
