/**
 * A second server for the hostile-input tests, on another port and so another origin: bodies that
 * never end or stop halfway, which `page.route` cannot stream, and an answer without a CORS header.
 * Every answer but /no-cors.json lets any origin read it.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tinyDataset } from './explorer-fixtures.ts';

export interface Served {
  ended: boolean;
  closedEarly: boolean;
}

export function startOtherServer(): Promise<{ server: Server; origin: string; served: Map<string, Served> }> {
  const served = new Map<string, Served>();
  const chunk = Buffer.from(`[${'0,'.repeat(8191)}0]`.slice(0, 16 * 1024));
  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    const record: Served = { ended: false, closedEarly: false };
    served.set(request.url ?? '', record);
    response.on('close', () => void (record.closedEarly = !record.ended));
    response.on('finish', () => void (record.ended = true));
    const cors = { 'access-control-allow-origin': '*', 'content-type': 'application/json' };
    switch (request.url) {
      case '/no-cors.json':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify(tinyDataset('Not shared')));
        return;
      case '/endless.json': {
        // Like /dev/zero: bytes as fast as the reader takes them, for ever.
        response.writeHead(200, cors);
        const more = (): void => {
          while (!response.destroyed && response.write(chunk));
          if (!response.destroyed) response.once('drain', more);
        };
        more();
        return;
      }
      case '/stalls.json':
        response.writeHead(200, cors);
        response.write('{"formatVersion": 1, "title": "Half a dat');
        return;
    }
    // /declared/<n>.json: n bytes announced, 16 kB sent, then nothing; only the header can refuse it.
    const declared = /^\/declared\/(\d+)\.json$/.exec(request.url ?? '')?.[1];
    if (declared) {
      response.writeHead(200, { ...cors, 'content-length': declared });
      response.write(chunk);
      return;
    }
    response.writeHead(404, cors).end('Not found');
  };
  const server = createServer(handle);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${port}`, served });
    }),
  );
}

export async function stopOtherServer(server: Server | undefined): Promise<void> {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}
