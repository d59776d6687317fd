/**
 * The sidebar page in a real headless Chromium (Debian's /usr/bin/chromium,
 * driven by playwright-core; no browser download), with a fake
 * google.script.run whose calls go to a function of ours: the tests and the
 * screenshot script pass the built Code.js loaded in node:vm, so the page
 * talks to the real bundle. Every network request is refused: the page needs
 * none.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGE_URL = 'https://sidebar.distilplan.invalid/';
const FONT_URL = 'https://sidebar.distilplan.invalid/NotoSansJP.ttf';
/** The one Japanese face the pages get (this machine has no CJK system font). */
export const NOTO_SANS_JP = join(
  import.meta.dirname,
  '..',
  '..',
  'node_modules',
  '@expo-google-fonts',
  'noto-sans-jp',
  '400Regular',
  'NotoSansJP_400Regular.ttf',
);
/** Apps Script shows sidebars 300 px wide. */
export const SIDEBAR_WIDTH = 300;

export const SIDEBAR_HTML = join(import.meta.dirname, '..', 'src', 'ui', 'Sidebar.html');

/**
 * google.script.run as the page sees it: withSuccessHandler/withFailureHandler
 * chain, any other name calls that server function with JSON-copied arguments,
 * asynchronously, like Apps Script.
 */
const FAKE_SCRIPT_RUN = `
(() => {
  function runner(handlers) {
    return new Proxy({}, {
      get(_, name) {
        if (name === 'withSuccessHandler') return (fn) => runner({ ...handlers, success: fn });
        if (name === 'withFailureHandler') return (fn) => runner({ ...handlers, failure: fn });
        return (...args) => {
          window.__appsScript(String(name), JSON.parse(JSON.stringify(args))).then(
            (result) => handlers.success && handlers.success(result),
            (error) => handlers.failure && handlers.failure(error),
          );
        };
      },
    });
  }
  window.google = { script: { run: runner({}) } };
})();
`;

export interface SidebarSession {
  page: Page;
  /** Server calls the page made, in order. */
  calls: { name: string; args: unknown[] }[];
  /** Network requests the page tried (all refused). */
  refused: string[];
  close(): Promise<void>;
}

export type ServerCall = (name: string, args: unknown[]) => unknown;

/** `locale`: the browser's language (navigator.language), e.g. ja-JP; Chromium's default is en-US. */
export async function openSidebar(server: ServerCall, locale?: string): Promise<SidebarSession> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'distilplan-chromium-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: SIDEBAR_WIDTH, height: 720 },
      ...(locale ? { locale } : {}),
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const calls: SidebarSession['calls'] = [];
    const refused: string[] = [];
    // The page is served from a made-up address (as Apps Script serves it from its own); anything else is refused.
    const html = await readFile(SIDEBAR_HTML, 'utf8');
    const font = await readFile(NOTO_SANS_JP);
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === PAGE_URL) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      if (url === FONT_URL) return route.fulfill({ status: 200, contentType: 'font/ttf', body: font });
      refused.push(url);
      return route.abort();
    });
    await page.exposeFunction('__appsScript', (name: string, args: unknown[]) => {
      calls.push({ name, args });
      return server(name, args);
    });
    await page.addInitScript(FAKE_SCRIPT_RUN);
    await page.goto(PAGE_URL);
    // This machine has no CJK system font; Google's browsers do. Supply one so 万円 is not drawn as boxes.
    await page.addStyleTag({ content: `@font-face { font-family: 'Noto Sans JP'; src: url('${FONT_URL}'); }` });
    const opened = context;
    return {
      page,
      calls,
      refused,
      close: async () => {
        await opened.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}

/** Types a question into the form and waits for the answer or the problem to show. */
export async function ask(page: Page, fields: Partial<Record<string, string>>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    if (['gpus', 'currency', 'rate'].includes(name))
      await page.evaluate("document.querySelector('details').open = true");
    await page.fill(`#${name}`, value ?? '');
  }
  await page.click('#ask');
  await page.waitForFunction("!document.getElementById('answer').hidden || !document.getElementById('problem').hidden");
}
