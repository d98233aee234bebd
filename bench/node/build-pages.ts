import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { BENCH, ROOT } from '../paths.ts';

/**
 * Builds bench/pages with Vite (bench/vite.bench.config.ts): the bare page into
 * bench/results/tmp/pages/, the weight floor into bench/results/tmp/floor/.
 */
export async function buildPages(): Promise<void> {
  for (const mode of ['production', 'floor']) {
    await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'node_modules/vite/bin/vite.js'),
        'build',
        '--config',
        join(BENCH, 'vite.bench.config.ts'),
        '--mode',
        mode,
      ],
      { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 },
    );
  }
}
