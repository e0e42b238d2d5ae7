import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import consolePlugin, { consoleCsp } from '../../api/plugins/console';

/** The plugin alone, over a dist folder of known files (the real build is exercised by the browser tests). */
describe('serving the console at /console/', () => {
  let app: FastifyInstance;
  let empty: FastifyInstance;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'console-dist-'));
  const html = '<!doctype html><title>console</title><script type="module" src="/console/assets/app.js"></script>';

  beforeAll(async () => {
    fs.mkdirSync(path.join(root, 'assets'));
    fs.writeFileSync(path.join(root, 'index.html'), html);
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
    fs.writeFileSync(path.join(root, '.source-hash'), 'secret-ish');
    fs.writeFileSync(path.join(root, '..', 'outside.txt'), 'OUTSIDE-CONTENT');
    app = Fastify({ routerOptions: { ignoreTrailingSlash: true } });
    await app.register(consolePlugin, { root });
    empty = Fastify();
    await empty.register(consolePlugin, { root: path.join(root, 'missing') });
  });
  afterAll(async () => {
    await app.close();
    await empty.close();
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(path.join(root, '..', 'outside.txt'), { force: true });
  });

  it('serves the page with a CSP that allows only its own scripts, styles and API calls', async () => {
    const res = await app.inject('/console/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(html);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(consoleCsp);
    expect(consoleCsp).toContain("script-src 'self'");
    expect(consoleCsp).not.toContain('unsafe-inline');
    expect(consoleCsp).toContain("frame-ancestors 'none'");
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('sends /console to /console/ so relative paths resolve', async () => {
    const res = await app.inject('/console');
    expect(res.statusCode).toBe(308);
    expect(res.headers.location).toBe('/console/');
  });

  it('serves assets as immutable, and answers 404 for a missing one', async () => {
    const asset = await app.inject('/console/assets/app.js');
    expect(asset.statusCode).toBe(200);
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await app.inject('/console/assets/nope.js')).statusCode).toBe(404);
  });

  it('answers every screen path with the page, so a reload opens that screen', async () => {
    const res = await app.inject('/console/cases/3f1c2a9e-5b7d-4c8e-9f00-1234567890ab');
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe(html);
  });

  it('never serves files outside the build or its dot files', async () => {
    for (const url of ['/console/../outside.txt', '/console/%2e%2e/outside.txt', '/console/.source-hash']) {
      const res = await app.inject(url);
      expect(res.body, url).not.toContain('OUTSIDE-CONTENT');
      expect(res.body, url).not.toContain('secret-ish');
    }
  });

  it('says how to build it when the build is missing', async () => {
    const res = await empty.inject('/console/');
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain('npm install');
  });
});
