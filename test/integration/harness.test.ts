import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../harness/server';
import { makeTempDir } from '../support/core';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function harness(): Promise<Harness> {
  const temp = makeTempDir();
  cleanups.push(temp.cleanup);
  const rendererDir = join(temp.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(
    join(rendererDir, 'index.html'),
    '<!doctype html><html><head><title>t</title></head><body></body></html>',
  );
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const h = await startHarness({ dataDir: join(temp.dir, 'data'), rendererDir });
  cleanups.push(h.close);
  return h;
}

const rpc = (h: Harness, channel: string, body: unknown, token: string | null = h.token) =>
  fetch(new URL(`rpc/${channel}`, h.url), {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { 'x-shopdesk-token': token } : {}) },
    body: JSON.stringify(body),
  });

/** A raw HTTP request: fetch() may not set Host or Origin, a hostile local program can. */
function raw(
  h: Harness,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { port } = new URL(h.url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser harness', () => {
  it('listens on 127.0.0.1 only', async () => {
    const h = await harness();
    expect(new URL(h.url).hostname).toBe('127.0.0.1');
  });

  it('serves the page with the bridge and the built files, never its secret', async () => {
    const h = await harness();
    const html = await (await fetch(h.url)).text();
    expect(html).not.toContain(h.token);
    expect(html).toContain('<script src="/__harness/bridge.js"></script>');
    expect(await (await fetch(new URL('assets/app.js', h.url))).text()).toBe('console.log(1)');
    expect(await (await fetch(new URL('__harness/bridge.js', h.url))).text()).toContain('window.shopdesk');
    // Unknown paths are client-side routes: the app, never a file outside the renderer folder.
    expect(await (await fetch(new URL('../../../etc/passwd', h.url))).text()).toContain('<!doctype html>');
  });

  it('answers the contract over POST /rpc with the token, and refuses without it', async () => {
    const h = await harness();
    expect(await (await rpc(h, 'session.current', {})).json()).toEqual({
      ok: true,
      data: { needsSetup: true, user: null },
    });
    const refused = await rpc(h, 'session.current', {}, null);
    expect(refused.status).toBe(403);
    expect((await rpc(h, 'session.current', {}, 'f'.repeat(48))).status).toBe(403);
  });

  it('turns a body that is not JSON into VALIDATION', async () => {
    const h = await harness();
    const response = await fetch(new URL('rpc/session.current', h.url), {
      method: 'POST',
      headers: { 'x-shopdesk-token': h.token },
      body: '{not json',
    });
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('lets a browser in once per link, as an HttpOnly cookie, and the cookie then answers /rpc', async () => {
    const h = await harness();
    const link = new URL(h.openUrl());
    const first = await raw(h, `${link.pathname}${link.search}`, { headers: { host: link.host } });
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain(h.token);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const again = await raw(h, `${link.pathname}${link.search}`, { headers: { host: link.host } });
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();

    const pair = cookie.split(';')[0]!;
    const answer = await raw(h, '/rpc/session.current', {
      method: 'POST',
      headers: { host: link.host, cookie: pair, 'content-type': 'application/json', origin: link.origin },
      body: '{}',
    });
    expect(JSON.parse(answer.body)).toMatchObject({ ok: true });
  });

  it('refuses another Host (DNS rebinding) and another Origin, even with the secret', async () => {
    const h = await harness();
    const { host, origin } = new URL(h.url);
    const call = (headers: Record<string, string>) =>
      raw(h, '/rpc/session.current', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-shopdesk-token': h.token, ...headers },
        body: '{}',
      });
    expect((await call({ host })).status).toBe(200);
    expect((await call({ host, origin })).status).toBe(200);
    expect((await call({ host: `evil.example:${new URL(h.url).port}` })).status).toBe(403);
    expect((await call({ host, origin: 'http://evil.example' })).status).toBe(403);
    expect((await call({ host, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    // The page and its link are refused too under a foreign Host: no secret to be had there.
    const link = new URL(h.openUrl());
    const rebound = await raw(h, `/${link.search}`, { headers: { host: 'evil.example' } });
    expect(rebound.status).toBe(403);
    expect(rebound.headers['set-cookie']).toBeUndefined();
  });
});
