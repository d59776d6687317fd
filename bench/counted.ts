/**
 * Law evaluations per call, counted outside core: core is bundled here (esbuild, in memory) with its prepareLaws
 * wrapped so that every L (Eq. 1) and L_S (Eq. 8) a prepared law computes is counted. Core's own hot path is
 * untouched; the same wrapper counts any checkout of the repository (a side-by-side run against an older commit).
 * Counts do not depend on the machine's load, unlike times.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';

export interface LawCounter {
  supervised: number;
  student: number;
}

/** Core's public API plus the counter (`LAW_EVALUATIONS`), as one ES module loaded from memory. */
export type CountedCore = typeof import('../core/index.js') & { LAW_EVALUATIONS: LawCounter };

const WRAPPER = `
var LAW_EVALUATIONS = { supervised: 0, student: 0 };
export { LAW_EVALUATIONS };
export function prepareLaws(set) {
  const laws = prepareLawsUncounted(set);
  return {
    supervised: (params, tokens) => { LAW_EVALUATIONS.supervised++; return laws.supervised(params, tokens); },
    student: (params, tokens, teacherLoss) => { LAW_EVALUATIONS.student++; return laws.student(params, tokens, teacherLoss); },
    supervisedAt: (params) => { const at = laws.supervisedAt(params); return (tokens) => { LAW_EVALUATIONS.supervised++; return at(tokens); }; },
    studentAt: (params) => { const at = laws.studentAt(params); return (tokens, teacherLoss) => { LAW_EVALUATIONS.student++; return at(tokens, teacherLoss); }; },
    // Eq. 8 in parts (checkouts that have them): finishing L_S counts as one L_S, though it skips L̃_S and the power term.
    studentPower: laws.studentPower,
    studentFrom: laws.studentFrom && ((logSupervised, power, teacherLoss) => { LAW_EVALUATIONS.student++; return laws.studentFrom(logSupervised, power, teacherLoss); }),
  };
}
`;

function countingPlugin(): Plugin {
  return {
    name: 'count-law-evaluations',
    setup(build) {
      build.onLoad({ filter: /[\\/]core[\\/]laws\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('export function prepareLaws(')) throw new Error(`no prepareLaws in ${args.path}`);
        const renamed = source.replace('export function prepareLaws(', 'function prepareLawsUncounted(');
        return { contents: `${renamed}\n${WRAPPER}`, loader: 'ts' };
      });
    },
  };
}

/** Core of the checkout at `root`, bundled; with `count`, its laws count their evaluations. */
export async function bundledCore(root: string, count: boolean): Promise<CountedCore> {
  const result = await build({
    stdin: {
      contents: count
        ? "export * from './core/index.ts'; export { LAW_EVALUATIONS } from './core/laws.ts';"
        : "export * from './core/index.ts'; export const LAW_EVALUATIONS = { supervised: 0, student: 0 };",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    logLevel: 'silent',
    plugins: count ? [countingPlugin()] : [],
  });
  const code = result.outputFiles[0]!.text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as CountedCore;
}

/** This checkout's root. */
export const HERE = join(import.meta.dirname, '..');

/** L and L_S evaluations one call of `run` makes. */
export function evaluationsOf(core: CountedCore, run: () => unknown): LawCounter {
  const before = { ...core.LAW_EVALUATIONS };
  run();
  return {
    supervised: core.LAW_EVALUATIONS.supervised - before.supervised,
    student: core.LAW_EVALUATIONS.student - before.student,
  };
}
