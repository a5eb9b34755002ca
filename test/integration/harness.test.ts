import { mkdirSync, writeFileSync } from 'node:fs';
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

describe('browser harness', () => {
  it('listens on 127.0.0.1 only', async () => {
    const h = await harness();
    expect(new URL(h.url).hostname).toBe('127.0.0.1');
  });

  it('serves the page with its token and the bridge, and the built files', async () => {
    const h = await harness();
    const html = await (await fetch(h.url)).text();
    expect(html).toContain(`<meta name="shopdesk-harness-token" content="${h.token}" />`);
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
});
