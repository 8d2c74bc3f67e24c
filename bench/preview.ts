import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launchChromium } from '../test/browser/helpers/chromium';

interface PreviewRow {
  readonly step: string;
  readonly ms: number;
  readonly peakMiB: number;
  readonly note?: string;
}

const EDITS = 3;
const DOCUSAURUS = join('node_modules', '@docusaurus', 'core', 'bin', 'docusaurus.mjs');

/**
 * `npm start` on a bench site, as an author sees it: the dev server runs, a
 * browser shows a member page, and that member's manifest (one source) is
 * edited. Measured: from the edit until the page is regenerated on disk (the
 * validator plugin's gen), and until the browser shows the new text (the
 * bundler's hot update after that). Median of a few edits. Peak memory is not
 * sampled here (0).
 */
export async function previewRows(root: string): Promise<PreviewRow[]> {
  const catalog = JSON.parse(readFileSync(join(root, 'static', 'catalog.json'), 'utf8')) as { members: Array<{ name: string }> };
  const member = catalog.members[0]?.name;
  if (member === undefined) throw new Error('preview bench: the site has no member');
  const port = await freePort();
  const server = spawn(process.execPath, [DOCUSAURUS, 'start', '--port', String(port), '--no-open', '--host', '127.0.0.1'], {
    cwd: root,
    env: { ...process.env, BROWSER: 'none' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let log = '';
  server.stdout.on('data', (b: Buffer) => void (log += b.toString()));
  server.stderr.on('data', (b: Buffer) => void (log += b.toString()));
  const browser = await launchChromium();
  try {
    await until(() => /compiled successfully/.test(log), 600_000, () => `the dev server did not compile:\n${log.slice(-3000)}`);
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/registry/${member}`, { waitUntil: 'load', timeout: 600_000 });
    await page.waitForSelector('article', { timeout: 600_000 });
    const manifest = join(root, 'registry', 'projects', `${member}.json`);
    const generated = join(root, 'docs', 'registry', `${member}.md`);
    const onDisk: number[] = [];
    const inBrowser: number[] = [];
    for (let i = 1; i <= EDITS; i++) {
      const marker = `Preview edit ${i}.`;
      const doc = JSON.parse(readFileSync(manifest, 'utf8')) as { summary: string };
      doc.summary = `${doc.summary.replace(/ Preview edit \d+\.$/, '')} ${marker}`;
      const t0 = performance.now();
      writeFileSync(manifest, JSON.stringify(doc, null, 2) + '\n');
      await until(() => readFileSync(generated, 'utf8').includes(marker), 60_000, () => `the page was not regenerated:\n${log.slice(-3000)}`);
      onDisk.push(performance.now() - t0);
      await page.waitForFunction((text) => document.querySelector('article')?.textContent?.includes(text) === true, marker, { timeout: 60_000, polling: 50 });
      inBrowser.push(performance.now() - t0);
      // Let the watcher settle before the next edit, so edits are not debounced together.
      await new Promise((r) => setTimeout(r, 2000));
    }
    const note = `median of ${EDITS} edits of registry/projects/${member}.json`;
    return [
      { step: 'npm start: one manifest edited → its page regenerated on disk', ms: median(onDisk), peakMiB: 0, note },
      { step: 'npm start: one manifest edited → the new text in the browser', ms: median(inBrowser), peakMiB: 0, note },
    ];
  } finally {
    await browser.close();
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function until(ok: () => boolean, timeoutMs: number, why: () => string): Promise<void> {
  const end = performance.now() + timeoutMs;
  while (!ok()) {
    if (performance.now() > end) throw new Error(why());
    await new Promise((r) => setTimeout(r, 25));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
