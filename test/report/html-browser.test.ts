import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAuditHtml } from '../../src/report/audit-html.js';
import { runCli } from '../cli/run-cli.js';
import { hostileDocument, HOSTILE_FINDING } from './hostile.js';

/**
 * The HTML report in a real browser: Debian's chromium driven by playwright-core (nothing is
 * downloaded). Skipped, with a message, only when /usr/bin/chromium is absent outside CI; in
 * CI (`CI` set) a missing chromium fails the run. `KRONKOLL_SCREENSHOT=1` also writes the
 * README's screenshot to docs/.
 */
const CHROMIUM = '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && !process.env.CI) console.warn(`browser tests skipped: ${CHROMIUM} not found (apt-get install chromium; they always run when CI is set)`);

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

describe.skipIf(!available && !process.env.CI)('HTML report in chromium', () => {
  let context: BrowserContext;
  let userDataDir: string;
  let dir: string;

  beforeAll(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'kronkoll-chromium-'));
    dir = mkdtempSync(join(tmpdir(), 'kronkoll-html-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens a report from a file; records every request besides the file itself and every dialog. */
  async function open(html: string, name: string): Promise<{ page: Page; requests: string[]; dialogs: string[]; errors: string[] }> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const page = await context.newPage();
    const requests: string[] = [];
    const dialogs: string[] = [];
    const errors: string[] = [];
    const url = pathToFileURL(file).href;
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(url);
    return { page, requests, dialogs, errors };
  }

  it('marks the flagged cell, shows the arithmetic beside it and links finding and cell both ways', async () => {
    // Seed 001 with Kalmar misprinted (…374 for …347): the column sums 27 kr over "Summa".
    const mutated = await runCli(['audit', 'test/fixtures/text/001-kalmar-misprint.txt', '--format', 'html']);
    expect(mutated.code).toBe(1);
    const { page, requests } = await open(mutated.out, 'mutated.html');
    const flagged = page.locator('td.flag.error');
    await expect(flagged.count()).resolves.toBe(1);
    const cell = flagged.first();
    // The flagged cell is the "Summa" row's cell, printed as in the document.
    expect(await cell.evaluate((td) => (td.parentElement?.firstElementChild?.textContent ?? '').startsWith('Summa'))).toBe(true);
    expect(await cell.innerText()).toContain('3 000 000 000');
    expect(await cell.innerText()).toContain('angivet 3 000 000 000 · beräknat 3 000 000 027');
    const outline = await cell.evaluate((td) => getComputedStyle(td).outlineStyle);
    expect(outline).toBe('solid');
    // The finding links to the cell, and the cell back to the finding.
    const go = page.locator('ol.findings li a.go').first();
    const target = (await go.getAttribute('href'))!.slice(1);
    expect(await cell.getAttribute('id')).toBe(target);
    await go.click();
    expect(await page.evaluate(() => location.hash)).toBe(`#${target}`);
    expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe(target);
    const back = cell.locator('a.back');
    const findingId = (await back.getAttribute('href'))!.slice(1);
    expect(await page.locator(`[id="${findingId}"]`).innerText()).toContain('table/column-total');
    expect(requests).toEqual([]);
    if (process.env.KRONKOLL_SCREENSHOT) {
      // The README's picture: the flagged total row with its arithmetic, and the prose amounts.
      mkdirSync('docs', { recursive: true });
      await page.setViewportSize({ width: 1280, height: 640 });
      await cell.scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'docs/audit-report.png' });
    }
    await page.close();
  }, 60_000);

  it.each([
    ['audit', ['audit', 'corpus', '--format', 'html']],
    ['explain', ['explain', 'corpus', 'test/fixtures/text/001-kalmar-misprint.txt', '--format', 'html']],
  ])('%s: every in-page link reaches an element, no request leaves the page, no horizontal overflow at 1280 px', async (name, args) => {
    const { out } = await runCli(args);
    const { page, requests, errors } = await open(out, `${name}.html`);
    const links = await page.evaluate(() => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(50);
    const broken = await page.evaluate((hrefs) => hrefs.filter((h) => !h.startsWith('#') || document.getElementById(decodeURIComponent(h.slice(1))) === null), links);
    expect(broken).toEqual([]);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(widths.client).toBeLessThanOrEqual(1280);
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('renders hostile document text inert: no script runs, no handler or javascript: link exists', async () => {
    const html = formatAuditHtml({ docs: [hostileDocument()], findings: new Map([[hostileDocument().file, [HOSTILE_FINDING]]]), errors: [{ file: 'x<script>window.__pwned=9</script>.pdf', reason: '<img src=x onerror="window.__pwned=10">' }] });
    const { page, dialogs, requests } = await open(html, 'hostile.html');
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.scripts.length,
      handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
      jsLinks: [...document.querySelectorAll('[href],[src]')].filter((e) => /^\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('src') ?? '')).length,
      images: document.images.length,
      iframes: document.querySelectorAll('iframe, object, embed, svg').length,
      text: document.body.innerText,
    }));
    expect(state).toMatchObject({ pwned: undefined, scripts: 0, handlers: 0, jsLinks: 0, images: 0, iframes: 0 });
    // The hostile text is shown as text.
    expect(state.text).toContain('<script>window.__pwned=1</script>');
    expect(state.text).toContain('<img src=x onerror="window.__pwned=3">');
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    // The same through the readers and the CLI: tags in source files never become elements.
    const cli = await runCli(['audit', 'test/fixtures/hostile', '--format', 'html']);
    const second = await open(cli.out, 'hostile-cli.html');
    const cliState = await second.page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned, scripts: document.scripts.length, flagged: document.querySelectorAll('td.flag.error').length }));
    expect(cliState).toEqual({ pwned: undefined, scripts: 0, flagged: 1 });
    expect(second.requests).toEqual([]);
    await page.close();
    await second.page.close();
  }, 60_000);
});
