import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { OidcSettings } from '../../lib/oidc';

/** The types of what a Vite build writes. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** Where `console/build.cjs` writes the staff console. */
export const consoleDist = path.join(__dirname, '..', '..', 'console', 'dist');

/**
 * The console's pages are the app's own files only: no inline script or style, API calls to this origin
 * (and, with OIDC, to the identity provider: discovery, token and refresh requests), never framed. (The
 * API's JSON answers keep helmet's headers without a CSP.)
 */
export function consoleCspFor(connectOrigins: string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    ['connect-src', "'self'", ...connectOrigins].join(' '),
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
export const consoleCsp = consoleCspFor();

/** What the console reads before signing in: whether, and where, people sign in with OIDC. */
export interface ConsoleConfig {
  oidc: { issuer: string; clientId: string; audience: string; organisation: string; scopes: string } | null;
}

export function consoleConfigFor(oidc: OidcSettings | undefined): ConsoleConfig {
  // Without the console's client id the API still accepts tokens, but the console offers key sign-in only.
  if (!oidc?.clientId) return { oidc: null };
  const { issuer, clientId, audience, organisation, scopes } = oidc;
  return { oidc: { issuer, clientId, audience, organisation, scopes } };
}

/**
 * Serves the staff console (a single-page app) at /console/: files from console/dist, and index.html for
 * every other path below it, so a reload on /console/cases/… opens that screen. Public: the page signs in
 * with an API key itself. Files are streamed directly (no static-file plugin: it would add a third of a second
 * to every API start).
 */
export default async function consolePlugin(
  app: FastifyInstance,
  options: { root?: string; oidc?: OidcSettings } = {},
) {
  const root = path.resolve(options.root ?? consoleDist);
  const config = consoleConfigFor(options.oidc);
  const csp = consoleCspFor(config.oidc ? [new URL(config.oidc.issuer).origin] : []);

  const sendPage = (reply: FastifyReply, file: string) => {
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The staff console is not built. Run `npm install` (or `node console/build.cjs`), then reload.');
    }
    const immutable = file.startsWith('assets/');
    return reply
      .header('content-security-policy', csp)
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .type(contentTypes[path.extname(file)] ?? 'application/octet-stream')
      .send(fs.createReadStream(path.join(root, file)));
  };

  const opts = { config: { public: true }, schema: { hide: true } } as const;
  app.get('/console', opts, async (request, reply) => {
    // With ignoreTrailingSlash both spellings reach here; relative links need the slash.
    if (!request.url.split('?')[0]!.endsWith('/')) return reply.redirect('/console/', 308);
    return sendPage(reply, 'index.html');
  });
  // Public: the sign-in page needs it; it holds only what the provider's discovery document shows anyway.
  app.get('/console/config.json', opts, async (_request, reply) => {
    return reply.header('cache-control', 'no-cache').header('content-security-policy', csp).send(config);
  });
  app.get('/console/*', opts, async (request, reply) => {
    const wanted = (request.params as { '*': string })['*'];
    // Only files inside the build, never its dot files (the source hash); anything else is a screen path.
    const full = path.resolve(root, wanted);
    const file = path.relative(root, full);
    const inside = full.startsWith(root + path.sep) && !file.split(path.sep).some((part) => part.startsWith('.'));
    const exists = inside && fs.existsSync(full) && fs.statSync(full).isFile();
    if (exists) return sendPage(reply, file);
    // A missing asset is a 404; any other path is a screen of the app.
    if (file.startsWith('assets/')) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return sendPage(reply, 'index.html');
  });
}
