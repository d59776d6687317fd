/**
 * The pilot's promise against synthetic truths the paper's coefficients do not describe: laws drawn around a
 * shifted centre (exponents moved by 6–8%, a different irreducible loss), not around the paper's. For each of 36
 * seeds one truth is drawn, the designed pilot's losses are drawn from it with the stated 0.5% noise, the runs
 * are fitted with the project's fitter and the plausible laws weighed; the share of truths whose call is then
 * settled on the truth's own verdict must reach the settledAfter `planPilot` promised, within sampling error
 * (two standard errors of the difference: 24 simulated worlds for the promise, 36 truths). Small counts keep the
 * suite quick. A truth at a tie is settled by no pilot, so each centre is a decisive one (its own margin at least
 * 0.04 nats, as the paper's centre is for the first question): one centre favours distillation, the other not.
 */
import { describe, expect, it } from 'vitest';
import {
  type CoefficientSet,
  coefficientSet,
  type DecisionRequest,
  drawWorld,
  existingTeacherLoss,
  normal,
  pilotDesignFor,
  pilotLosses,
  pilotOutcome,
  planPilot,
  quickDecision,
  seededRandom,
  settledVerdict,
} from '../../../core/index.js';

const base = coefficientSet();

function shifted(name: string, supervised: Partial<CoefficientSet['supervised']>): CoefficientSet {
  return { ...base, id: name, fit: undefined, supervised: { ...base.supervised, ...supervised } };
}

/** Both centres give a decisive verdict (|margin| ≥ 0.04 nats, checked below), one each way, unlike the paper's. */
const CENTRES = [
  shifted('harder data: alpha −6%, beta +6%, E 1.35', { alpha: 0.408 * 0.94, beta: 0.431 * 1.06, E: 1.35 }),
  shifted('easier data: alpha +6%, beta +6%, E 1.12', { alpha: 0.408 * 1.06, beta: 0.431 * 1.06, E: 1.12 }),
];

const QUESTIONS: { name: string; request: DecisionRequest }[] = [
  {
    name: '1B on 1e21 FLOPs from an existing 7B teacher at loss 2.1',
    request: { studentParams: 1e9, compute: 1e21, teacher: { kind: 'loss', teacherLoss: 2.1, teacherParams: 7e9 } },
  },
  {
    name: '500M on 2e21 FLOPs, no teacher yet, 4 students share one',
    request: { studentParams: 5e8, compute: 2e21, teacher: { kind: 'none', students: 4 } },
  },
];

const TRUTHS = 36;
const WORLDS = 24;

describe('a designed pilot on synthetic truths settles the call at least as often as promised', () => {
  for (const question of QUESTIONS) {
    const plan = planPilot(question.request, { worlds: WORLDS });
    const design = pilotDesignFor(question.request, { share: plan.share });
    for (const centre of CENTRES) {
      it(`${question.name}; truths around ${centre.id}`, () => {
        expect(design.runs).toEqual(plan.runs.map(({ cost: _cost, ...run }) => run));
        expect(Math.abs(quickDecision(question.request, centre, 'paper')!.margin)).toBeGreaterThanOrEqual(0.04);
        const promised = plan.settledAfter!;
        let right = 0;
        let drawn = 0;
        for (let seed = 1; drawn < TRUTHS; seed++) {
          const random = seededRandom(7000 + seed);
          const truth = drawWorld(centre, random, seed);
          const answer = quickDecision(question.request, truth, 'paper');
          if (!answer) continue; // a truth whose E is above the given teacher's loss could not have made that teacher
          drawn++;
          const noise = [...design.runs, null].map(() => normal(random));
          const existing = existingTeacherLoss(question.request, truth, noise, 0.005, design.runs.length);
          const losses = pilotLosses(design, truth, noise, 0.005, existing);
          const outcome = pilotOutcome(question.request, design, losses, truth, {
            set: base,
            flopCounting: 'paper',
            resamples: 24,
            fitSeed: seed,
            existingTeacherLoss: existing,
          });
          if (outcome.settled === (answer.margin > 0 ? 'distil' : 'train')) right++;
        }
        const achieved = right / TRUTHS;
        const error = Math.sqrt((promised * (1 - promised)) / WORLDS + (achieved * (1 - achieved)) / TRUTHS);
        expect(promised).toBeGreaterThan(0.3); // a promise worth testing
        expect(achieved).toBeGreaterThanOrEqual(promised - 2 * Math.max(error, 0.05));
      }, 120_000);
    }
  }
});

describe('a simulated pilot settles by the call’s own rule', () => {
  it('distil at ≥ 90% of the fitted plausible laws, train at ≤ 10% (20 of 200 and 4 of 40 exactly on it)', () => {
    expect(settledVerdict(0.9)).toBe('distil');
    expect(settledVerdict(23 / 24)).toBe('distil');
    expect(settledVerdict(0.895)).toBeNull();
    expect(settledVerdict(0.5)).toBeNull();
    expect(settledVerdict(0.105)).toBeNull();
    expect(settledVerdict(20 / 200)).toBe('train');
    expect(settledVerdict(4 / 40)).toBe('train');
    expect(settledVerdict(0)).toBe('train');
  });
});
