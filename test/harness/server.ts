import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative, isAbsolute } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createCore, type Core } from '../../electron/core/app';
import { warmReports } from '../../electron/core/reports/warm';
import { dispatch } from '../../electron/core/dispatch';
import { harnessPrinter } from './print';
import { plainFileKeyStore } from '../../electron/core/backup/key-store';

// The browser harness of DESIGN §7: the built renderer plus the same handler table as the
// Electron app, over HTTP on 127.0.0.1 only.

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};
// An evidence file of up to 20 MB travels as base64 (a third larger) inside JSON.
const MAX_BODY = 32 * 1024 * 1024;
const BRIDGE = readFileSync(join(import.meta.dirname, 'bridge.js'), 'utf8');

export interface HarnessOptions {
  dataDir: string;
  rendererDir: string;
  port?: number;
  version?: string;
  now?: () => number;
  /** Warm the reports in the background after start, as the Electron app does (off in e2e: speed). */
  warmReports?: boolean;
}

export interface Harness {
  /** The app's address; a browser needs a link from openUrl() first, to be let in. */
  url: string;
  /** The run's secret: the session cookie's value, or the x-shopdesk-token header of a program. */
  token: string;
  /**
   * A link that lets one browser in: its code works once, then the browser holds the secret as an
   * HttpOnly cookie. The secret itself is never in a page, so a local program that can reach the
   * port cannot read it (issue 18.8).
   */
  openUrl: () => string;
  core: Core;
  /** Settles when the start-up warming of the reports is done (at once when it was not asked for). */
  warmed: Promise<void>;
  close: () => Promise<void>;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) reject(new Error('too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function readCookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const token = randomBytes(24).toString('hex');
  const tokenBuffer = Buffer.from(token);
  const streams = new Set<ServerResponse>();
  let url = '';
  // The printer's own browser gets in like any other: through a one-time link.
  const printer = harnessPrinter(() => openUrl());
  const core = createCore({
    dataDir: options.dataDir,
    version: options.version ?? '0.0.0-harness',
    backupKeys: plainFileKeyStore(options.dataDir),
    now: options.now,
    checkOutputs: true,
    platform: { printToPdf: printer.printToPdf },
    onEvent: (event, payload) => {
      const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
      for (const stream of streams) stream.write(line);
    },
  });
  const warmed =
    options.warmReports && core.ctx
      ? warmReports(core.ctx).catch((error: unknown) => core.log('warming the reports failed', error))
      : Promise.resolve();
  const launchCodes = new Set<string>();
  const openUrl = () => {
    const code = randomBytes(18).toString('hex');
    launchCodes.add(code);
    return `${url}?launch=${code}`;
  };
  // Filled in once the port is known: the only Host and Origin values the harness answers.
  const hosts = new Set<string>();
  const origins = new Set<string>();
  let cookieName = '';
  const tokenOk = (given: string | null | undefined) => {
    if (!given) return false;
    const buffer = Buffer.from(given);
    return buffer.length === tokenBuffer.length && timingSafeEqual(buffer, tokenBuffer);
  };
  const authorised = (req: IncomingMessage) =>
    tokenOk(req.headers['x-shopdesk-token'] as string | undefined) || tokenOk(readCookie(req, cookieName));
  // A page of another site (a DNS-rebinding one included) sends its own Host, or its own Origin.
  const fromElsewhere = (req: IncomingMessage) => {
    if (!hosts.has(req.headers.host ?? '')) return true;
    const origin = req.headers.origin;
    if (origin !== undefined && !origins.has(origin)) return true;
    const site = req.headers['sec-fetch-site'];
    return site !== undefined && site !== 'same-origin' && site !== 'none';
  };
  const indexHtml = () =>
    readFileSync(join(options.rendererDir, 'index.html'), 'utf8').replace(
      '<head>',
      `<head>\n    <script src="/__harness/bridge.js"></script>`,
    );

  const server = createServer((req, res) => {
    void handle(req, res).catch((error) => {
      core.log('harness request failed', error);
      if (!res.headersSent)
        send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: 'Harness error' } }));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (fromElsewhere(req)) {
      return send(
        res,
        403,
        JSON.stringify({
          ok: false,
          error: { code: 'FORBIDDEN', message: 'The harness answers only its own address (127.0.0.1).' },
        }),
      );
    }
    const launch = url.searchParams.get('launch');
    if (launch !== null && req.method === 'GET') {
      if (!launchCodes.delete(launch)) {
        return send(res, 403, 'This link was used already. Ask the harness for a new one.', 'text/plain');
      }
      res.writeHead(303, {
        location: url.pathname,
        'set-cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`,
        'cache-control': 'no-store',
      });
      return res.end();
    }
    if (url.pathname.startsWith('/rpc/')) {
      if (req.method !== 'POST') return send(res, 405, '{}');
      if (!authorised(req)) {
        return send(
          res,
          403,
          JSON.stringify({
            ok: false,
            error: {
              code: 'FORBIDDEN',
              message: 'Not signed in to the harness: open the link it printed (each link works once).',
            },
          }),
        );
      }
      let input: unknown;
      try {
        const text = await readBody(req);
        input = text.length === 0 ? {} : JSON.parse(text);
      } catch {
        return send(
          res,
          400,
          JSON.stringify({
            ok: false,
            error: { code: 'VALIDATION', message: 'The request body is not JSON.' },
          }),
        );
      }
      const channel = decodeURIComponent(url.pathname.slice('/rpc/'.length));
      return send(res, 200, JSON.stringify(await dispatch(core, channel, input)));
    }
    if (url.pathname === '/__harness/events') {
      if (!authorised(req)) return send(res, 403, '{}');
      res.writeHead(200, {
        'content-type': 'text/event-stream',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      streams.add(res);
      req.on('close', () => streams.delete(res));
      return;
    }
    if (url.pathname === '/__harness/bridge.js') return send(res, 200, BRIDGE, MIME['.js']);
    if (req.method !== 'GET') return send(res, 405, '{}');
    // Static files of the built renderer; anything unknown is the app (client-side routes).
    const path = decodeURIComponent(url.pathname);
    const file = normalize(join(options.rendererDir, path));
    const rel = relative(options.rendererDir, file);
    const inside = !rel.startsWith('..') && !isAbsolute(rel);
    if (inside && rel !== '' && rel !== 'index.html' && existsSync(file)) {
      return send(res, 200, readFileSync(file), MIME[extname(file)] ?? 'application/octet-stream');
    }
    return send(res, 200, indexHtml(), MIME['.html']);
  }

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  url = `http://127.0.0.1:${port}/`;
  for (const name of ['127.0.0.1', 'localhost']) {
    hosts.add(`${name}:${port}`);
    origins.add(`http://${name}:${port}`);
  }
  // Cookies are kept per host, not per port: the port in the name keeps two harnesses apart.
  cookieName = `shopdesk_harness_${port}`;
  return {
    url,
    token,
    openUrl,
    core,
    warmed,
    close: async () => {
      for (const stream of streams) stream.end();
      await printer.close();
      // A browser keeps idle keep-alive sockets open; close them too, or close() waits on the client.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
      core.close();
    },
  };
}
