/**
 * The analysis of 2,000 actors off the main thread: in a worker thread, fed a plain dataset by
 * structured clone, reporting progress through every stage and returning what the main thread
 * would have computed itself.
 */
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { analyzeAlliances, type AllianceAnalysis, type AllianceProgress } from '../../src/alliance/index.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';

type Message = { type: 'progress'; progress: AllianceProgress } | { type: 'done'; result: AllianceAnalysis };

describe('the analysis in a worker', () => {
  it('analyses 2,000 actors off the main thread, with progress, and gives the same result', async () => {
    const dataset = generateDataset({ actors: 2000, ratio: 1.5, seed: 5 });
    const worker = new Worker(new URL('../fixtures/alliance/analysis-worker.mjs', import.meta.url));
    const progress: AllianceProgress[] = [];
    try {
      const result = await new Promise<AllianceAnalysis>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('message', (message: Message) => {
          if (message.type === 'progress') progress.push(message.progress);
          else resolve(message.result);
        });
        worker.postMessage(dataset);
      });
      expect([...new Set(progress.map((p) => p.stage))]).toEqual([
        'pairs',
        'camps',
        'triads',
        'inferences',
        'brokers',
        'sensitivity',
      ]);
      expect(progress.length).toBeGreaterThan(10);
      expect(result.camps.method).toBe('heuristic');
      expect(result).toEqual(analyzeAlliances(buildGraph(dataset)));
    } finally {
      await worker.terminate();
    }
  }, 60_000);
});
