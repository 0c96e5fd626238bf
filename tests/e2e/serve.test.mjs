// scripts/serve.mjs answers a bad request with 400 and keeps serving (issue 12).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/serve.mjs';

/** GET `path` exactly as written (no client-side normalisation); resolves to { status, body }. */
function get(port, path) {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET' }, (res) => {
      let body = '';
      res.on('data', (c) => { body += c; });
      res.on('end', () => ok({ status: res.statusCode, body }));
    });
    req.on('error', fail);
    req.setTimeout(3_000, () => req.destroy(new Error(`no answer to GET ${path}`)));
    req.end();
  });
}

test('a malformed % escape gets 400 and the server keeps serving', { timeout: 10_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lab-serve-'));
  writeFileSync(join(dir, 'index.html'), '<p>hello</p>');
  const server = await serve(dir);
  const { port } = server.address();
  try {
    for (const bad of ['/%E0%A4%A', '/%', '/a%ZZ', '//']) {
      assert.equal((await get(port, bad)).status, 400, `GET ${bad}`);
    }
    const ok = await get(port, '/');
    assert.equal(ok.status, 200);
    assert.equal(ok.body, '<p>hello</p>');
    assert.equal((await get(port, '/missing.js')).status, 404);
    assert.equal((await get(port, '/..%2f..%2fetc/passwd')).status, 403);
  } finally {
    await new Promise((done) => server.close(done));
    rmSync(dir, { recursive: true, force: true });
  }
});
