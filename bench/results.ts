import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { BrowserExportData } from './browser/export.ts';
import type { ProfileData } from './browser/profile-load.ts';
import type { ScaleData } from './browser/scale.ts';
import type { SeedData } from './browser/seed.ts';
import type { AllianceData } from './node/alliance.ts';
import type { CliExportData } from './node/cli-export.ts';
import type { CoreData } from './node/core.ts';
import type { DraftData } from './node/draft.ts';
import type { Machine } from './node/machine.ts';
import type { WeightData } from './node/weight.ts';
import type { Suite } from './options.ts';
import { RESULTS_JSON } from './paths.ts';

export interface SuiteData {
  readonly weight: WeightData;
  readonly core: CoreData;
  readonly alliance: AllianceData;
  readonly seed: SeedData;
  readonly export: {
    readonly cli?: CliExportData;
    readonly browser?: BrowserExportData;
    readonly errors: string[];
  };
  readonly profile: { readonly runs: readonly ProfileData[] };
  readonly scale: ScaleData;
  readonly draft: DraftData;
}

export interface SuiteResult<S extends Suite> {
  readonly ranAt: string;
  readonly command: string;
  readonly quick: boolean;
  readonly seconds: number;
  readonly machine: Machine;
  readonly data?: SuiteData[S];
  readonly error?: string;
}

export interface Results {
  readonly format: 1;
  readonly generatedAt: string;
  readonly suites: { [S in Suite]?: SuiteResult<S> };
}

/** The last results, so a partial run (`--only`) keeps the suites it did not run. */
export function readResults(): Results | undefined {
  if (!existsSync(RESULTS_JSON)) return undefined;
  try {
    const json = JSON.parse(readFileSync(RESULTS_JSON, 'utf8')) as Results;
    return json.format === 1 ? json : undefined;
  } catch {
    return undefined;
  }
}

/** Four significant digits are more than any of these measurements can claim. */
const round = (_key: string, value: unknown): unknown =>
  typeof value === 'number' && !Number.isInteger(value) ? Number(value.toPrecision(4)) : value;

export function writeResults(results: Results): void {
  writeFileSync(RESULTS_JSON, `${JSON.stringify(results, round, 2)}\n`);
}
