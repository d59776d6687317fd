import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests spawn bin/distilplan.mjs, which runs the esbuild bundle: built fresh once per run.
    globalSetup: ['test/helpers/buildCli.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two cores here and in CI: keep workers few so loopback servers and vm bundles do not starve each other.
    maxWorkers: 2,
  },
});
