// Usage: node scripts/bench/static-server.mjs [dir=dist] [port=4399] [base=/]
// A tiny static file server for a built site, so tests and benchmarks can serve dist/ (or a
// sub-path build) without astro. (astro preview allows one server per project, so the e2e tests
// could not start while a reader's `npm start` is running.) Compresses text and WebAssembly with gzip, as a real host would,
// so byte counts are honest.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.pagefind': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt', '.pagefind']);

/**
 * Serves `root` under URL prefix `base` ("/" or "/briefing/") on 127.0.0.1:`port` (0 = any free
 * port). Resolves to { url, close } where url is the site's root URL, base included.
 */
export function serveStatic({ root: dir, base = '/', port = 0 }) {
  const root = path.resolve(dir);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    let rel = decodeURIComponent(pathname);
    if (!rel.startsWith(prefix)) return notFound(res, root);
    rel = rel.slice(prefix.length);
    let file = path.join(root, rel);
    // No escaping the site with ../ in the URL.
    if (!file.startsWith(root)) return notFound(res, root);
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return notFound(res, root);
    send(req, res, file, 200);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}${prefix}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

function notFound(res, root) {
  const page = path.join(root, '404.html');
  if (fs.existsSync(page)) return send(null, res, page, 404);
  res.writeHead(404).end('Not found');
}

function send(req, res, file, status) {
  const ext = path.extname(file);
  let body = fs.readFileSync(file);
  const headers = { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
  if (COMPRESSIBLE.has(ext) && /\bgzip\b/.test(req?.headers['accept-encoding'] ?? '')) {
    body = zlib.gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers).end(body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir = 'dist', port = '4399', base = '/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root: dir, base, port: Number(port) });
  console.log(`Serving ${dir} at ${url}`);
}
