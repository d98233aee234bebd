/**
 * Exports from the command line on the seed dataset: `export --format svg|png` against `validate` of
 * the same file (start-up + validation), so the ratio isolates what the export itself costs.
 */
import { join } from 'node:path';
import { ROOT } from '../paths.ts';
import { cli, timeCli, type CliFigure } from './cli-runs.ts';
import { plan } from './plans.ts';
import { ratio } from './stats.ts';

export const SEED_FILE = join(ROOT, 'graph-data', 'putins-delicate-dance.json');

export interface CliExportData {
  readonly file: string;
  readonly figures: readonly CliFigure[];
  readonly ratios: Readonly<Record<string, number | undefined>>;
}

export async function measureCliExport(quick: boolean): Promise<CliExportData> {
  const figures = [
    await timeCli('validate (baseline)', cli.validate(SEED_FILE), plan('cheap', quick)),
    await timeCli('export svg', cli.export(SEED_FILE, 'svg'), plan('cheap', quick)),
    await timeCli('export png', cli.export(SEED_FILE, 'png'), plan('cheap', quick)),
  ];
  const wall = (i: number) => figures[i]?.wallMs?.median;
  return {
    file: 'graph-data/putins-delicate-dance.json',
    figures,
    ratios: {
      svgVsValidate: ratio(wall(1), wall(0)),
      pngVsValidate: ratio(wall(2), wall(0)),
      svgExtraMs: wall(1) !== undefined && wall(0) !== undefined ? wall(1)! - wall(0)! : undefined,
      pngExtraMs: wall(2) !== undefined && wall(0) !== undefined ? wall(2)! - wall(0)! : undefined,
    },
  };
}
