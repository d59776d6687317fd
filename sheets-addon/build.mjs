// Builds the Apps Script project in dist/sheets/: Code.js (core + the custom
// functions in one IIFE, then the generated top-level declarations) and
// appsscript.json. Apps Script has no modules and clasp 3 no longer compiles
// TypeScript, hence one plain file.

import { copyFile, mkdir, stat } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const outDir = join(root, 'dist', 'sheets');

/** Loads registry.ts and footer.ts (TypeScript) by bundling them to an in-memory module. */
async function loadFooterTools() {
  const result = await build({
    stdin: {
      contents:
        "export { REGISTRY } from './registry.ts'; export { ENTRY_POINTS } from './ui/entryPoints.ts'; export { renderFooter, GLOBAL_NAME } from './footer.ts';",
      resolveDir: join(here, 'src'),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

async function main() {
  const { REGISTRY, ENTRY_POINTS, renderFooter, GLOBAL_NAME } = await loadFooterTools();
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, 'Code.js');
  await build({
    entryPoints: [join(here, 'src', 'entry.ts')],
    outfile,
    bundle: true,
    format: 'iife',
    globalName: GLOBAL_NAME,
    platform: 'neutral',
    // neutral resolves no package fields by default; decimal.js ships an ES module.
    mainFields: ['module', 'main'],
    target: 'es2020',
    banner: {
      js: '// distilplan Google Sheets add-on. Built file: edit sheets-addon/src and run npm run build:sheets.',
    },
    footer: { js: renderFooter(REGISTRY, ENTRY_POINTS) },
    logLevel: 'warning',
  });
  await copyFile(join(here, 'appsscript.json'), join(outDir, 'appsscript.json'));
  // HtmlService.createHtmlOutputFromFile('Sidebar') reads the project's Sidebar.html.
  await copyFile(join(here, 'src', 'ui', 'Sidebar.html'), join(outDir, 'Sidebar.html'));
  const { size } = await stat(outfile);
  console.log(`${relative(root, outfile)}: ${(size / 1024).toFixed(1)} KB, ${REGISTRY.length} custom functions`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
