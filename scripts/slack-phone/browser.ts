/**
 * The phone page (html.ts) in a real headless Chromium (/usr/bin/chromium via
 * playwright-core, a fresh profile, every network request refused): how tall
 * the first screen's blocks are, and optionally a PNG of the whole message.
 * Noto Sans JP is supplied because this machine has no CJK system font.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, NOTO_SANS_JP } from '../../sheets-addon/tool/sidebarHarness.js';
import { PHONE_WIDTH } from './html.js';

const PAGE_URL = 'https://slack-phone.distilplan.invalid/';
const FONT_URL = 'https://slack-phone.distilplan.invalid/NotoSansJP.ttf';

/** Runs in the page (a string: this file is type-checked without the DOM library). */
const MEASURE = `(() => {
  const headline = [...document.querySelectorAll('[data-headline]')];
  const bottom = Math.max(0, ...headline.map((element) => element.getBoundingClientRect().bottom));
  return { headlineBottom: Math.ceil(bottom), height: Math.ceil(document.documentElement.scrollHeight) };
})()`;

export interface PhoneRender {
  /** CSS px from the top of the page to the bottom of the last first-screen block. */
  headlineBottom: number;
  /** The whole page's height, CSS px. */
  height: number;
}

/** Renders `html` at phone width; writes a PNG (2× pixels, like a phone) to `screenshot` when given. */
export async function renderPhone(html: string, screenshot?: string): Promise<PhoneRender> {
  const [rendered] = await renderPhones([html], screenshot);
  return rendered!;
}

/** Several pages in one browser (a launch costs seconds); the screenshot, if any, is of the first. */
export async function renderPhones(htmls: readonly string[], screenshot?: string): Promise<PhoneRender[]> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'distilplan-phone-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: PHONE_WIDTH, height: 844 },
    deviceScaleFactor: 2,
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const font = await readFile(NOTO_SANS_JP);
    let html = '';
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      if (url === FONT_URL) return route.fulfill({ status: 200, contentType: 'font/ttf', body: font });
      return route.abort();
    });
    const rendered: PhoneRender[] = [];
    for (const [i, pageHtml] of htmls.entries()) {
      html = pageHtml;
      await page.goto(PAGE_URL);
      await page.addStyleTag({ content: `@font-face { font-family: 'Noto Sans JP'; src: url('${FONT_URL}'); }` });
      await page.evaluate('document.fonts.ready');
      rendered.push((await page.evaluate(MEASURE)) as PhoneRender);
      if (i === 0 && screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    }
    return rendered;
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
