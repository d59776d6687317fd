/**
 * Vitest global setup: builds the CLI bundle (dist/cli, esbuild, well under a second) before any test spawns
 * bin/distilplan.mjs, so the tests always run the code as it is, never a stale build.
 */
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain ES module build script (cli/build.mjs) without types
  const { buildCli } = await import('../../cli/build.mjs');
  await buildCli();
}
