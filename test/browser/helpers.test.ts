import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumPath } from './helpers/chromium';
import { resolveFile, serveStatic } from './helpers/static-server';

describe('browser test helpers', () => {
  it('fails with the install command when Chromium is missing, never skips', () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/s);
  });

  const site = mkdtempSync(join(tmpdir(), 'ops-manual-site-'));
  mkdirSync(join(site, 'decisions', 'x'), { recursive: true });
  writeFileSync(join(site, 'index.html'), 'home');
  writeFileSync(join(site, '404.html'), 'missing');
  writeFileSync(join(site, 'decisions', 'index.html'), 'index');
  writeFileSync(join(site, 'decisions', 'x', 'index.html'), 'x');
  writeFileSync(join(site, 'decisions', 'y.html'), 'y');
  afterAll(() => rmSync(site, { recursive: true, force: true }));

  it.each([
    ['/', 'index.html'],
    ['/decisions/', 'decisions/index.html'],
    ['/decisions', 'decisions/index.html'],
    ['/decisions/x', 'decisions/x/index.html'],
    ['/decisions/y', 'decisions/y.html'],
    ['/decisions/y.html', 'decisions/y.html'],
    ['/decisions/z', undefined],
    ['/../etc/passwd', undefined],
  ])('resolves %s to %s', (path, want) => {
    expect(resolveFile(site, path)).toBe(want === undefined ? undefined : join(site, want));
  });

  it('serves clean URLs on 127.0.0.1 and the 404 page with status 404', async () => {
    const server = await serveStatic(site);
    try {
      expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const ok = await fetch(`${server.origin}/decisions/x`);
      expect([ok.status, ok.headers.get('content-type'), await ok.text()]).toEqual([200, 'text/html; charset=utf-8', 'x']);
      const missing = await fetch(`${server.origin}/nope`);
      expect([missing.status, await missing.text()]).toEqual([404, 'missing']);
    } finally {
      await server.close();
    }
  });
});
