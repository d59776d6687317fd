/**
 * The house's import rules, checked by `npm run lint:imports` (part of `npm run lint`, so of `npm test`).
 * README's Layout section says the same in words. Type-only imports count: a circle of types is still a
 * circle a reader has to walk. Tests, scripts, benchmarks and examples may import anything, but not in a circle.
 */
const FACES = '^(bot|cli|sheets-addon)/';

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'No file reaches itself through its imports: every folder reads from the bottom (core/) up.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment:
        'core/ is pure and bundled into Apps Script: it imports core/ and decimal.js (its money arithmetic), nothing else.',
      from: { path: '^core/' },
      to: { pathNot: ['^core/', '^node_modules/decimal\\.js/'] },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      comment: 'core/ runs in Apps Script too: no Node built-in (fs, path, worker_threads, …).',
      from: { path: '^core/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'messages-imports-only-core-and-messages',
      severity: 'error',
      comment:
        'messages/ words what core describes: it imports core/ and messages/ only (it is bundled into Apps Script).',
      from: { path: '^messages/' },
      to: { pathNot: ['^core/', '^messages/'] },
    },
    {
      name: 'faces-do-not-import-each-other',
      severity: 'error',
      comment:
        'Slack, the CLI and Sheets each lay out core answers; what two of them share belongs in core/ or messages/.',
      from: { path: FACES },
      to: { path: FACES, pathNot: '^$1/' },
    },
    {
      name: 'cli-commands-are-leaves',
      severity: 'error',
      comment: 'A command never imports another command: code two commands share lives in cli/, outside cli/commands/.',
      from: { path: '^cli/commands/' },
      to: { path: '^cli/commands/' },
    },
    {
      name: 'render-imports-no-face',
      severity: 'error',
      comment: 'render/ draws charts for every face: it imports core/, messages/ and libraries, never a face.',
      from: { path: '^render/' },
      to: { path: FACES },
    },
    {
      name: 'bot-reply-assembly-on-top',
      severity: 'error',
      comment:
        "The bot's reply assembly (bot/src/answer/) sits above the blocks and results it puts together: only the listeners and the local runner call it.",
      from: { path: '^bot/src/', pathNot: ['^bot/src/answer/', '^bot/src/listeners/', '^bot/src/local/'] },
      to: { path: '^bot/src/answer/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'Every import resolves, so no edge escapes the rules above.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    exclude: { path: '^(dist|release|coverage|docs)/' },
    doNotFollow: { path: 'node_modules' },
    tsConfig: { fileName: 'tsconfig.json' },
    // Type-only imports are edges too (see the comment at the top).
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
