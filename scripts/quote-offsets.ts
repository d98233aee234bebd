/**
 * Finds the code-point offsets of verbatim quotes in a source text.
 *
 * Why this exists: every piece of evidence in a dataset carries `start`/`end` offsets, counted in Unicode
 * code points (not UTF-16 units, not bytes), and the viewer rejects a quote that does not match its offsets.
 * Counting those by hand is error-prone, so offsets are never typed: they are computed here.
 *
 *   npx tsx scripts/quote-offsets.ts <source.txt> "<quote>"   prints every occurrence as `start end`
 *   npx tsx scripts/quote-offsets.ts --fill <dataset.json>    rewrites start/end of every evidence item whose
 *                                                             quote occurs exactly once in its source, and
 *                                                             reports quotes found 0 or 2+ times
 *
 * `--fill` rewrites the dataset with the project's Prettier settings. It exits with status 1 if any quote
 * could not be placed.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import * as prettier from 'prettier';

interface Span {
  start: number;
  end: number;
}

interface EvidenceLike {
  source: string;
  quote: string;
  start: number;
  end: number;
}

interface DatasetLike {
  sources: { id: string; file?: string; text?: string }[];
  relations: { id: string; evidence: EvidenceLike[] }[];
}

/** Every occurrence of `quote` in `text` (overlapping ones too), as code-point offsets, end exclusive. */
function findQuote(text: string, quote: string): Span[] {
  const spans: Span[] = [];
  if (quote.length === 0) return spans;
  const length = Array.from(quote).length;
  let codePoints = 0; // code points in text.slice(0, scanned)
  let scanned = 0;
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    codePoints += Array.from(text.slice(scanned, at)).length;
    scanned = at;
    spans.push({ start: codePoints, end: codePoints + length });
  }
  return spans;
}

async function fill(datasetPath: string): Promise<number> {
  const dataset = JSON.parse(readFileSync(datasetPath, 'utf8')) as DatasetLike;
  const texts = new Map<string, string>();
  for (const s of dataset.sources) {
    try {
      const text =
        s.text ?? (s.file ? readFileSync(resolve(dirname(datasetPath), s.file), 'utf8') : undefined);
      if (text !== undefined) texts.set(s.id, text);
    } catch (error) {
      console.error(`source "${s.id}": ${(error as Error).message}`);
    }
  }
  let placed = 0;
  let failed = 0;
  for (const r of dataset.relations) {
    r.evidence.forEach((e, i) => {
      const text = texts.get(e.source);
      const spans = text === undefined ? [] : findQuote(text, e.quote);
      const span = spans[0];
      if (spans.length === 1 && span) {
        e.start = span.start;
        e.end = span.end;
        placed++;
        return;
      }
      failed++;
      const where = `${r.id}.evidence[${i}]`;
      const what =
        text === undefined
          ? `unknown or unreadable source "${e.source}"`
          : `quote occurs ${spans.length} times`;
      const at = spans.length > 1 ? ` (at ${spans.map((s) => s.start).join(', ')})` : '';
      console.error(`${where}: ${what}${at}: ${JSON.stringify(e.quote.slice(0, 60))}`);
    });
  }
  const options = (await prettier.resolveConfig(datasetPath)) ?? {};
  const json = await prettier.format(JSON.stringify(dataset, null, 2), { ...options, parser: 'json' });
  writeFileSync(datasetPath, json);
  console.log(`${placed} quotes placed, ${failed} not placed.`);
  return failed === 0 ? 0 : 1;
}

async function main(args: string[]): Promise<number> {
  if (args[0] === '--fill' && args.length === 2 && args[1]) return fill(args[1]);
  if (args.length === 2 && args[0] && args[1] !== undefined && !args[0].startsWith('--')) {
    const spans = findQuote(readFileSync(args[0], 'utf8'), args[1]);
    for (const s of spans) console.log(`${s.start} ${s.end}`);
    if (spans.length !== 1) console.error(`The quote occurs ${spans.length} times.`);
    return spans.length === 1 ? 0 : 1;
  }
  console.error(
    'usage: quote-offsets.ts <source.txt> "<quote>"\n       quote-offsets.ts --fill <dataset.json>',
  );
  return 2;
}

process.exitCode = await main(process.argv.slice(2));
