import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/** Where `console/build.cjs` writes the staff console. */
export const consoleDist = path.join(__dirname, '..', '..', 'console', 'dist');

/**
 * The console's pages are the app's own files only: no inline script or style, API calls to this origin,
 * never framed. (The API's JSON answers keep helmet's headers without a CSP.)
 */
export const consoleCsp = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the staff console (a single-page app) at /console/: files from console/dist, and index.html for
 * every other path below it, so a reload on /console/cases/… opens that screen. Public: the page signs in
 * with an API key itself.
 */
export default async function consolePlugin(app: FastifyInstance, options: { root?: string } = {}) {
  const root = options.root ?? consoleDist;
  await app.register(fastifyStatic, { root, serve: false, decorateReply: true, index: false });

  const sendPage = (reply: FastifyReply, file: string) => {
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      return reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The staff console is not built. Run `npm install` (or `node console/build.cjs`), then reload.');
    }
    const immutable = file.startsWith('assets/');
    return reply
      .header('content-security-policy', consoleCsp)
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
      .sendFile(file, root, { cacheControl: false });
  };

  const opts = { config: { public: true }, schema: { hide: true } } as const;
  app.get('/console', opts, async (request, reply) => {
    // With ignoreTrailingSlash both spellings reach here; relative links need the slash.
    if (!request.url.split('?')[0]!.endsWith('/')) return reply.redirect('/console/', 308);
    return sendPage(reply, 'index.html');
  });
  app.get('/console/*', opts, async (request, reply) => {
    const wanted = (request.params as { '*': string })['*'];
    const file = path.normalize(wanted).replace(/^(\.\.(\/|\\|$))+/, '');
    const exists =
      file !== '' &&
      !file.startsWith('.') &&
      fs.existsSync(path.join(root, file)) &&
      fs.statSync(path.join(root, file)).isFile();
    if (exists) return sendPage(reply, file);
    // A missing asset is a 404; any other path is a screen of the app.
    if (file.startsWith('assets/')) return reply.code(404).type('text/plain; charset=utf-8').send('Not found');
    return sendPage(reply, 'index.html');
  });
}
