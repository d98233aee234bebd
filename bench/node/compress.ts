import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export interface Weight {
  /** Bytes as built (minified). */
  readonly bytes: number;
  /** gzip -9 and brotli -q 11, as a server that compresses ahead of time would serve them. */
  readonly gzip: number;
  readonly brotli: number;
}

export function weigh(data: Buffer | string): Weight {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return {
    bytes: buffer.length,
    gzip: gzipSync(buffer, { level: constants.Z_BEST_COMPRESSION }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

export function sumWeights(weights: readonly Weight[]): Weight {
  return weights.reduce(
    (a, w) => ({ bytes: a.bytes + w.bytes, gzip: a.gzip + w.gzip, brotli: a.brotli + w.brotli }),
    {
      bytes: 0,
      gzip: 0,
      brotli: 0,
    },
  );
}
