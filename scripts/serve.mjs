#!/usr/bin/env node
// A tiny static server for the release site in dist/ (no dependencies, Node 18+).
//
//   node scripts/serve.mjs [dir=dist] [port=8080] [--no-isolation]
//
// It sends the two headers that make the page cross-origin isolated, which the thread pool
// needs. --no-isolation leaves them out, to see (and test) how the app explains their absence.
// The e2e tests import `serve` from here, so what they test is what the README tells you to run.
import { createServer } from 'node:http';
import { gzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.json', '.webmanifest', '.svg', '.txt']);

/** Serve `dir` on 127.0.0.1:`port` (0 = any free port); resolves to the listening server. */
export function serve(dir, { port = 0, isolation = true } = {}) {
  const root = resolve(dir);
  const gzipped = new Map();
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      // A malformed escape (`/%E0%A4%A`) or an address that is no URL: the request is bad,
      // the server is fine. Uncaught, the URIError would end the process.
      res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, 'index.html');
        info = await stat(file);
      }
      let body = await readFile(file);
      const headers = { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache', Vary: 'Accept-Encoding' };
      // Compressed like every real static host does, so sizes and throttled timings are fair.
      if (COMPRESS.has(extname(file)) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${info.mtimeMs}:${info.size}`;
        if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 6 }));
        body = gzipped.get(key);
        headers['Content-Encoding'] = 'gzip';
      }
      if (isolation) {
        headers['Cross-Origin-Opener-Policy'] = 'same-origin';
        headers['Cross-Origin-Embedder-Policy'] = 'require-corp';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  const isolation = !process.argv.includes('--no-isolation');
  const server = await serve(args[0] ?? 'dist', { port: Number(args[1] ?? 8080), isolation });
  const { port } = server.address();
  console.log(`Lab Konkurensi: http://127.0.0.1:${port}/ ${isolation ? '(cross-origin isolated)' : '(WITHOUT isolation headers)'}`);
}
