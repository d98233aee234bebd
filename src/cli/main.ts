/**
 * The process entry point (`bin/actor-graph.js` imports it). It sets `process.exitCode` instead of
 * calling `process.exit`, which could cut off output still being written to a pipe.
 */
import { EXIT } from './io.ts';
import { run } from './run.ts';

const io = {
  out: (text: string) => void process.stdout.write(text),
  err: (text: string) => void process.stderr.write(text),
};

try {
  process.exitCode = await run(process.argv.slice(2), io);
} catch (error) {
  // A bug, not bad input: one line, no stack trace (set ACTOR_GRAPH_DEBUG=1 to see it).
  const message = error instanceof Error ? error.message : String(error);
  io.err(`actor-graph: internal error: ${message}\n`);
  if (process.env['ACTOR_GRAPH_DEBUG']) io.err(`${error instanceof Error ? error.stack : ''}\n`);
  process.exitCode = EXIT.internal;
}
