/**
 * Serving for the browser tests: the game's production build behind `vite preview` (the e2e and
 * the engine suites), and a small static file server on 127.0.0.1 for pages that must come from
 * one origin (an LMS and its SCO).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { build, preview } from 'vite';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

const projectRoot = path.resolve(import.meta.dirname, '../..');

/**
 * Builds the game into `outDir` (emptied first) and serves that build with `vite preview` on
 * `port`, or the next free port when another suite already has it.
 */
export async function buildAndServe(outDir: string, port: number): Promise<StaticServer> {
  await build({ root: projectRoot, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const server = await preview({ root: projectRoot, logLevel: 'warn', build: { outDir }, preview: { port, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) {
    await server.close();
    throw new Error('vite preview did not report a URL');
  }
  return { url, close: () => server.close() };
}

/** Serves files under `root`, but only below the given URL prefixes (such as `/tests/fixtures/`). */
export async function serveStatic(root: string, prefixes: readonly string[]): Promise<StaticServer> {
  const server = http.createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
    const file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const allowed = prefixes.some((prefix) => pathname.startsWith(prefix)) && file.startsWith(root + path.sep);
    if (!allowed || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
