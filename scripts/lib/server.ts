// Usage: node scripts/lib/server.ts [dir=dist] [port=4399] [base=/]
// The one static server for a built site (e2e tests, PDF, bench): serves dist/ or a sub-path build
// under its base and compresses text with gzip as a real host would, so byte counts are honest.
// Written by hand because `astro preview` neither compresses nor serves a folder other than the
// project's own dist/ under an arbitrary base.
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import zlib from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

export interface StaticServer {
  /** The site's root URL, base included, with a trailing slash ("http://127.0.0.1:4420/"). */
  url: string;
  /** Scheme, host and port only ("http://127.0.0.1:4420"). */
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serves folder `root` under URL prefix `base` ("/" or "/sub/") on 127.0.0.1:`port` (0 = any free
 * port). Unknown paths get root/404.html with status 404, as a static host does.
 */
export function serveStatic({ root, base = '/', port = 0 }: { root: string; base?: string; port?: number }): Promise<StaticServer> {
  const dir = path.resolve(root);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const server = http.createServer((req, res) => {
    try {
      const file = fileFor(dir, prefix, req.url ?? '/');
      if (file === undefined) return void res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request: malformed URL');
      if (file) return send(req, res, file, 200);
      const page = path.join(dir, '404.html');
      if (fs.existsSync(page)) return send(req, res, page, 404);
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    } catch (e) {
      // One bad request (a file removed mid-read) must not stop the server for every other one.
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(`Server error: ${(e as Error).message}`);
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      resolve({ url: origin + prefix, origin, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/**
 * The file a request path names inside `dir` (a folder's index.html), "" when there is none or the
 * path leads outside `dir`, undefined when the URL cannot be decoded.
 */
function fileFor(dir: string, prefix: string, url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return undefined;
  }
  if (pathname.includes('\0')) return undefined;
  if (!pathname.startsWith(prefix)) return '';
  let file = path.join(dir, pathname.slice(prefix.length));
  // Inside dir by path, not by string prefix: "dist-old/…" starts with "dist" too.
  const inside = path.relative(dir, file);
  if (inside === '..' || inside.startsWith(`..${path.sep}`) || path.isAbsolute(inside)) return '';
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) file = path.join(file, 'index.html');
  else if (!stat) return '';
  return fs.statSync(file, { throwIfNoEntry: false })?.isFile() ? file : '';
}

function send(req: http.IncomingMessage, res: http.ServerResponse, file: string, status: number) {
  const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
  let body = fs.readFileSync(file);
  const headers: http.OutgoingHttpHeaders = { 'content-type': type, 'cache-control': 'no-cache' };
  if (/^text\/|json|xml/.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    body = zlib.gzipSync(body);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = body.length;
  res.writeHead(status, headers).end(body);
}

if (import.meta.main) {
  const [root = 'dist', port = '4399', base = '/'] = process.argv.slice(2);
  const { url } = await serveStatic({ root, base, port: Number(port) });
  console.log(`Serving ${root} at ${url}`);
}
