/**
 * `npm run docs:sidebar`: docs/sheets-sidebar.png, the "Distil or train?"
 * sidebar answering a question, rendered by headless Chromium against the
 * built bundle (run `npm run build:sheets` first).
 */
import { join } from 'node:path';
import { loadGasBundle } from '../../test/helpers/gasBundle.js';
import { ask, openSidebar } from './sidebarHarness.js';

const OUT = join(import.meta.dirname, '..', '..', 'docs', 'sheets-sidebar.png');

const gas = loadGasBundle();
const session = await openSidebar((name, args) => gas.call(name, ...args));
try {
  await ask(session.page, { student: '1B', budget: '$200k', teacher: '8B@15T', gpu: 'h100' });
  await session.page.screenshot({ path: OUT, fullPage: true });
  console.log(`wrote ${OUT}`);
} finally {
  await session.close();
}
