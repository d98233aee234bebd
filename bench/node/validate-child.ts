/**
 * Run by the core suite in a child process, so its peak RSS is its own:
 *   node --import tsx bench/node/validate-child.ts <file> timings <warmup> <repeats>
 *     → JSON on stdout: JSON.parse and validateDataset times (ms), interleaved, after warm-ups
 *   node --import tsx bench/node/validate-child.ts <file> read|parse|validate
 *     → does that once (for peak RSS); each mode imports the validator, so their baselines match
 */
import { readFileSync } from 'node:fs';
import { validateDataset } from '../../src/validate/index.ts';

const [file = '', mode = 'timings', warmupArg = '1', repeatsArg = '5'] = process.argv.slice(2);
const bytes = readFileSync(file);

const parse = (): unknown => JSON.parse(new TextDecoder().decode(bytes));
const validate = async (): Promise<number> => {
  const result = await validateDataset(bytes, { file });
  if (!result.dataset) throw new Error(`${file} is not valid: ${result.problems[0]?.message ?? ''}`);
  return result.problems.length;
};

async function time(fn: () => unknown): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

if (mode === 'timings') {
  const out = { parse: [] as number[], validate: [] as number[], problems: 0 };
  for (let i = 0; i < Number(warmupArg); i++) {
    parse();
    await validate();
  }
  for (let i = 0; i < Number(repeatsArg); i++) {
    out.parse.push(await time(parse));
    out.validate.push(await time(validate));
  }
  out.problems = await validate();
  process.stdout.write(JSON.stringify(out));
} else if (mode === 'parse') {
  parse();
} else if (mode === 'validate') {
  await validate();
} else if (mode !== 'read') {
  throw new Error(`unknown mode ${mode}`);
}
