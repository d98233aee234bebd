import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BENCH = join(ROOT, 'bench');
/** The product build the widget is measured from (`npm run build`). */
export const DIST = join(ROOT, 'dist');
/**
 * Everything a run generates besides its results: under bench/results/, which the root ESLint and
 * Prettier configs already skip (minified bundles and multi-megabyte datasets would fail both).
 */
export const TMP = join(BENCH, 'results', 'tmp');
export const PAGES = join(BENCH, 'pages');
export const PAGES_DIST = join(TMP, 'pages');
/** The weight floor's build (bench/pages/floor.ts). */
export const FLOOR_DIST = join(TMP, 'floor');
export const DATA = join(TMP, 'data');
export const OUT = join(TMP, 'out');
export const RESULTS_JSON = join(BENCH, 'results.json');
export const RESULTS_MD = join(BENCH, 'RESULTS.md');
