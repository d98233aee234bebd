/**
 * The process entry point (`bin/actor-graph.js` imports it). It sets `process.exitCode` instead of
 * calling `process.exit`, which could cut off output still being written to a pipe.
 */
import { EXIT, type Io } from './io.ts';
import { run } from './run.ts';

// A reader that stops early (`| head`) closes the pipe: without a listener Node would crash with a
// stack trace. The error is kept for `flushOut`, which is how a command learns its output was cut.
let outError: Error | undefined;
process.stdout.on('error', (error: Error) => void (outError ??= error));

const io: Io = {
  out: (data) => void process.stdout.write(data),
  err: (text) => void process.stderr.write(text),
  outIsTerminal: process.stdout.isTTY === true,
  flushOut: () =>
    new Promise((resolve, reject) => {
      if (outError) return reject(outError);
      // Writes complete in order, so this one's callback comes after everything written before it.
      process.stdout.write('', (error) => {
        const failure = outError ?? error;
        if (failure) reject(failure);
        else resolve();
      });
    }),
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
