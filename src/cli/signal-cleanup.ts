/**
 * Temporary files that must not outlive the process: an export in progress writes to one, and Ctrl-C
 * (SIGINT), a `kill` (SIGTERM) or a closed terminal (SIGHUP) would otherwise end the process with it
 * left behind. While any is registered, these signals remove them and then end the process with the
 * same signal, so the shell sees the usual "interrupted" exit status.
 *
 * Handlers are installed only while a file is registered: with a handler, Node waits for the
 * JavaScript thread to be free before acting on the signal, and rendering a large picture keeps it
 * busy for seconds; the rest of the time Ctrl-C ends the process at once, as it always did.
 */
import { unlinkSync } from 'node:fs';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const files = new Set<string>();

function onSignal(signal: NodeJS.Signals): void {
  for (const file of files) {
    try {
      unlinkSync(file);
    } catch {
      // Already gone (renamed into place, or removed): nothing to clean.
    }
  }
  files.clear();
  uninstall();
  process.kill(process.pid, signal);
}

function install(): void {
  for (const signal of SIGNALS) process.on(signal, onSignal);
}

function uninstall(): void {
  for (const signal of SIGNALS) process.off(signal, onSignal);
}

/** Removes `file` if the process is interrupted before the returned function is called. */
export function removeOnSignal(file: string): () => void {
  if (files.size === 0) install();
  files.add(file);
  return () => {
    if (!files.delete(file)) return;
    if (files.size === 0) uninstall();
  };
}
