/**
 * index.html in a real browser: headless Chromium (Debian's `chromium` package, driven by
 * playwright-core with the system executable). No console errors (a CSP violation is one), the
 * stylesheet and script run under the page's policy, no input became an element, the table
 * sorts (mouse and keyboard, aria-sort kept in step), and screenshots are saved to
 * reports/screenshots/ (light and dark).
 *
 * Without Chromium the test is skipped with a message, except under CI, where it fails: CI
 * must install the `chromium` apt package.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArticles } from '../../scripts/bench-lib.mjs';
import { runReport } from '../../src/cli/report-command.js';
import { memoryIo } from '../helpers/io.js';
import { scratch } from './helpers.js';

const CANDIDATES = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const EXECUTABLE = CANDIDATES.find((p): p is string => !!p && existsSync(p));
const SHOTS = path.resolve('reports', 'screenshots');

if (!EXECUTABLE && !process.env['CI']) {
  console.warn('report-browser.test.ts: SKIPPED: no Chromium found (apt-get install -y chromium, or set CHROMIUM_PATH)');
}

describe.skipIf(!EXECUTABLE && !process.env['CI'])('index.html in headless Chromium', () => {
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];
  let scratchDir = '';

  beforeAll(async () => {
    if (!EXECUTABLE) throw new Error('Chromium is missing: CI must install the chromium apt package (or set CHROMIUM_PATH)');
    const { dir, wire } = scratch('mtaudit-browser-');
    scratchDir = dir;
    for (const a of generateArticles({ count: 8, seed: 3 })) writeFileSync(path.join(wire, a.name), a.text);
    const [, launched] = await Promise.all([
      runReport(['wire'], { out: 'out', jobs: 1 }, memoryIo({ cwd: dir, env: { SOURCE_DATE_EPOCH: '0' } })),
      chromium.launch({ executablePath: EXECUTABLE, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] }),
    ]);
    browser = launched;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('request', (r) => {
      if (!r.url().startsWith('file:')) problems.push(`request: ${r.url()}`);
    });
    await page.goto(pathToFileURL(path.join(dir, 'out', 'index.html')).href, { waitUntil: 'load' });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    if (scratchDir) rmSync(scratchDir, { recursive: true, force: true });
  });

  const column = (n: number) =>
    page.$$eval(`#articles-table tbody tr td:nth-child(${n})`, (tds) => tds.map((td) => td.getAttribute('data-v') ?? ''));
  const sortState = () => page.$$eval('#articles-table thead th', (ths) => ths.map((th) => th.getAttribute('aria-sort')));
  const sortedNums = (xs: string[], dir: 1 | -1) => xs.map(Number).every((x, i, a) => i === 0 || dir * (x - a[i - 1]!) >= 0);

  it('loads with no console error, no request out, and its stylesheet applied', async () => {
    expect(await page.evaluate('getComputedStyle(document.body).maxWidth')).toBe('1152px');
    expect(await page.title()).toBe('mtaudit report');
    expect(problems).toEqual([]);
  });

  it('turned no input into an element', async () => {
    // Strings, not functions: the project's type check has no DOM library.
    const counts = await page.evaluate(`({
      foreign: document.querySelectorAll('img, iframe, object, embed, b, textarea, body svg:not(.chart)').length,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    })`);
    expect(counts).toEqual({ foreign: 0, scripts: 1, handlers: 0 });
  });

  it('sorts the table by any column, both ways, with aria-sort in step', async () => {
    expect(await sortState()).toEqual(['none', 'none', 'none', 'none', 'none', 'none', 'none', 'descending']);
    const rows = (await column(1)).length;
    expect(rows).toBe(12);
    expect(sortedNums(await column(8), -1)).toBe(true);

    await page.click('#articles-table th:nth-child(2) button');
    expect((await sortState())[1]).toBe('descending');
    expect((await sortState())[7]).toBe('none');
    expect(sortedNums(await column(2), -1)).toBe(true);
    await page.click('#articles-table th:nth-child(2) button');
    expect((await sortState())[1]).toBe('ascending');
    expect(sortedNums(await column(2), 1)).toBe(true);

    await page.focus('#articles-table th:nth-child(1) button');
    await page.keyboard.press('Enter');
    expect((await sortState())[0]).toBe('ascending');
    const names = await column(1);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(await page.textContent('#sort-status')).toBe('Sorted by File, ascending.');
    expect(problems).toEqual([]);
  });

  it('saves screenshots, light and dark', async () => {
    mkdirSync(SHOTS, { recursive: true });
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: path.join(SHOTS, 'report-light.png') });
    await page.emulateMedia({ colorScheme: 'dark' });
    // Through the table's link, as a reader would; sections render lazily (content-visibility), so wait for two frames.
    await page.click('#articles-table a[href="#a1"]');
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))');
    expect(await page.evaluate("Math.round(document.getElementById('a1').getBoundingClientRect().top)")).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, 'report-dark-article.png') });
    expect(existsSync(path.join(SHOTS, 'report-light.png'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
