/**
 * A tiny static file server for repository tests: serves one directory on 127.0.0.1 at a random
 * port, GET and HEAD only, with a correct Content-Length, 404 for anything missing or outside the
 * directory, and a log of every request so a test can check which paths a client fetched.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** One request the server answered. */
export interface RequestLogEntry {
  method: string;
  /** The decoded path, e.g. `/dists/stable/InRelease`. */
  path: string;
  status: number;
}

export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  url: string;
  /** Every request so far, in order. */
  log: RequestLogEntry[];
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/** Serves `dir` over HTTP on 127.0.0.1 (random port) until `close()`. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const root = path.resolve(dir);
  const log: RequestLogEntry[] = [];
  const server = createServer((req, res) => {
    const method = req.method ?? 'GET';
    let urlPath: string;
    try {
      urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      urlPath = req.url ?? '/';
    }
    const reply = (status: number, headers: Record<string, string | number> = {}, body?: string): void => {
      log.push({ method, path: urlPath, status });
      res.writeHead(status, headers);
      res.end(method === 'HEAD' ? undefined : body);
    };
    if (method !== 'GET' && method !== 'HEAD') {
      reply(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
      return;
    }
    const file = path.join(root, urlPath);
    if (file !== root && !file.startsWith(root + path.sep)) {
      reply(404, { 'Content-Length': 10 }, 'not found\n');
      return;
    }
    stat(file).then(
      (st) => {
        if (!st.isFile()) {
          reply(404, { 'Content-Length': 10 }, 'not found\n');
          return;
        }
        const headers = {
          'Content-Length': st.size,
          'Content-Type': 'application/octet-stream',
          'Last-Modified': st.mtime.toUTCString(),
        };
        if (method === 'HEAD') {
          reply(200, headers);
          return;
        }
        log.push({ method, path: urlPath, status: 200 });
        res.writeHead(200, headers);
        createReadStream(file)
          .on('error', () => res.destroy())
          .pipe(res);
      },
      () => reply(404, { 'Content-Length': 10 }, 'not found\n'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
