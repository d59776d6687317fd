/**
 * Writes examples/pilot/supervised.csv and distil.csv: the pilot `distilplan pilot --student-params 1B
 * --compute 1e21 --teacher-params 7B --teacher-loss 2.1` designs, with the losses filled in as a team would after
 * running it. Synthetic: a team whose data differs from C4 (the default laws with E = 1.35, alpha 6% lower and
 * beta 6% higher), 0.5% seeded run-to-run noise; each distillation run's teacher_loss is its teacher run's
 * measured loss. Run: npx tsx examples/make-pilot-loop.ts
 */
import { writeFileSync } from 'node:fs';
import { coefficientSet, normal, pilotDesignFor, pilotLosses, seededRandom } from '../core/index.js';

const base = coefficientSet();
const truth = {
  ...base,
  fit: undefined,
  supervised: { ...base.supervised, E: 1.35, alpha: base.supervised.alpha * 0.94, beta: base.supervised.beta * 1.06 },
};
const design = pilotDesignFor({
  studentParams: 1e9,
  compute: 1e21,
  teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 7e9 },
});
const random = seededRandom(2026);
const losses = pilotLosses(
  design,
  truth,
  design.runs.map(() => normal(random)),
  0.005,
  2.1, // the existing teacher's loss, as the question gives it
);
const loss = (i: number) => losses[i]!.toFixed(4);
const supervised = design.runs.flatMap((run, i) =>
  run.kind === 'supervised' ? [`${run.params},${run.tokens},${loss(i)}`] : [],
);
const distil = design.runs.flatMap((run, i) =>
  run.kind === 'distil'
    ? [`${run.params},${run.tokens},${run.teacher!.run === null ? '2.1' : loss(run.teacher!.run - 1)},${loss(i)}`]
    : [],
);
const write = (name: string, header: string, rows: string[]) =>
  writeFileSync(new URL(`pilot/${name}`, import.meta.url), `${header}\n${rows.join('\n')}\n`);
write('supervised.csv', 'params,tokens,loss', supervised);
write('distil.csv', 'student_params,student_tokens,teacher_loss,student_loss', distil);
