import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveStatic, type StaticServer } from '../../../scripts/lib/server.ts';

let dir: string;
let root: StaticServer;
let sub: StaticServer;

/** A site in dir/dist, with folders beside it whose names start with "dist" too, and a file above it. */
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'server-test-'));
  const files: Record<string, string> = {
    'dist/index.html': 'home',
    'dist/404.html': 'not found page',
    'dist/trends/o2o/index.html': 'o2o',
    'dist/..notes.txt': 'a file whose name starts with two dots',
    'dist-old/secret.txt': 'sibling secret',
    'distant/secret.txt': 'another sibling',
    'secret.txt': 'parent secret',
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  root = await serveStatic({ root: path.join(dir, 'dist') });
  sub = await serveStatic({ root: path.join(dir, 'dist'), base: '/briefing' });
});

afterAll(async () => {
  await Promise.all([root?.close(), sub?.close()]);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A GET with the path sent exactly as written (fetch would normalise it first). */
function get(server: StaticServer, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.get(`${server.origin}/`, { path: rawPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    // A server that died on an earlier request never answers: fail instead of hanging.
    req.setTimeout(10_000, () => req.destroy(new Error(`no answer to ${rawPath} in 10 s`)));
  });
}

describe('serveStatic', () => {
  test.each([
    ['/', 200, 'home'],
    ['/index.html', 200, 'home'],
    ['/trends/o2o/', 200, 'o2o'],
    ['/trends/o2o', 200, 'o2o'],
    ['/..notes.txt', 200, 'a file whose name starts with two dots'],
    ['/missing/', 404, 'not found page'],
    // Outside the folder, however the path is spelled: the 404 page, never the file.
    ['/..%2fdist-old/secret.txt', 404, 'not found page'],
    ['/..%2Fdistant%2Fsecret.txt', 404, 'not found page'],
    ['/%2e%2e/dist-old/secret.txt', 404, 'not found page'],
    ['/../secret.txt', 404, 'not found page'],
    ['/..%2f..%2fsecret.txt', 404, 'not found page'],
    ['/..%5csecret.txt', 404, 'not found page'],
    // Malformed: 400, and the server lives on.
    ['/%E0%A4%A/', 400, 'Bad request: malformed URL'],
    ['/%', 400, 'Bad request: malformed URL'],
    ['/a%00b', 400, 'Bad request: malformed URL'],
  ])('GET %s → %i', async (rawPath, status, body) => {
    expect(await get(root, rawPath)).toEqual({ status, body });
    expect(await get(root, '/')).toEqual({ status: 200, body: 'home' });
  });

  test.each([
    ['/briefing/', 200, 'home'],
    ['/briefing/trends/o2o/', 200, 'o2o'],
    ['/', 404, 'not found page'],
    ['/briefingx/', 404, 'not found page'],
    ['/briefing/..%2fdist-old/secret.txt', 404, 'not found page'],
    ['/briefing/%E0%A4%A/', 400, 'Bad request: malformed URL'],
  ])('under a base: GET %s → %i', async (rawPath, status, body) => {
    expect(await get(sub, rawPath)).toEqual({ status, body });
  });
});
