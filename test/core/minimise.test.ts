/**
 * The optimiser's 1-D routines against functions whose answers are known in closed form, and the `converged`
 * flag: met stopping rule → true; iteration cap, no bracket or a non-finite value → false. A plan built on a
 * search that did not converge is refused, never shown.
 */
import { describe, expect, it } from 'vitest';
import { checkConverged, InputError, optimalDistillation, optimalSupervised } from '../../core/index.js';
import { brent, findRoot, minimiseOnInterval } from '../../core/optimise/minimise.js';
import { wordsOf } from '../helpers/words.js';

describe('minimiseOnInterval', () => {
  it('finds interior minima of known functions', () => {
    const parabola = minimiseOnInterval((x) => (x - 2) ** 2 + 1, 0, 5);
    expect(parabola.x).toBeCloseTo(2, 7); // a flat minimum: f in doubles pins x to ~√ε
    expect(parabola.fun).toBeCloseTo(1, 14);
    expect(parabola.converged).toBe(true);
    expect(parabola.iterations).toBeGreaterThan(0);
    expect(parabola.evaluations).toBeGreaterThan(12);
    // cos has its minimum −1 at π on [0, 2π]
    const cosine = minimiseOnInterval(Math.cos, 0, 2 * Math.PI);
    expect(cosine.x).toBeCloseTo(Math.PI, 7);
    expect(cosine.fun).toBeCloseTo(-1, 14);
    expect(cosine.converged).toBe(true);
    // x·ln x has its minimum −1/e at 1/e
    const entropy = minimiseOnInterval((x) => x * Math.log(x), 0.01, 2, { tolerance: 1e-12 });
    expect(entropy.x).toBeCloseTo(1 / Math.E, 8);
    expect(entropy.fun).toBeCloseTo(-1 / Math.E, 14);
  });

  it('finds a minimum on the boundary, and a one-point interval', () => {
    const edge = minimiseOnInterval((x) => x, 1, 3);
    expect(edge.x).toBeCloseTo(1, 8);
    expect(edge.converged).toBe(true);
    const point = minimiseOnInterval((x) => x * x, 2, 2);
    expect(point).toEqual({ x: 2, fun: 4, converged: true, iterations: 0, evaluations: 1 });
  });

  it('is not converged at the iteration cap, or when f is not finite', () => {
    const capped = minimiseOnInterval((x) => (x - 2) ** 2, 0, 5, { maxIterations: 1 });
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(1);
    expect(minimiseOnInterval(() => Number.NaN, 0, 1).converged).toBe(false);
    expect(minimiseOnInterval(() => Number.POSITIVE_INFINITY, 0, 1).converged).toBe(false);
    expect(minimiseOnInterval(() => Number.NaN, 1, 1).converged).toBe(false);
  });
});

describe('brent', () => {
  it('polishes inside a bracket and counts its work', () => {
    const result = brent((x) => (x - 0.3) ** 2, 0, 1, 1e-10, 100);
    expect(result.x).toBeCloseTo(0.3, 9);
    expect(result.converged).toBe(true);
    expect(result.evaluations).toBe(result.iterations + 1);
    expect(brent((x) => (x - 0.3) ** 2, 0, 1, 1e-10, 3).converged).toBe(false);
  });
});

describe('findRoot', () => {
  it('finds roots of known functions inside their brackets', () => {
    const cubeRoot = findRoot((x) => x ** 3 - 2, 0, 2);
    expect(cubeRoot.x).toBeCloseTo(Math.cbrt(2), 9);
    expect(Math.abs(cubeRoot.fun)).toBeLessThan(1e-8);
    expect(cubeRoot.converged).toBe(true);
    const cosine = findRoot(Math.cos, 0, 3);
    expect(cosine.x).toBeCloseTo(Math.PI / 2, 9);
    expect(cosine.converged).toBe(true);
    // Decreasing through zero works the same way.
    expect(findRoot((x) => 1 - x * x, 0, 3).x).toBeCloseTo(1, 9);
  });

  it('an end that is a root is the answer', () => {
    expect(findRoot((x) => x - 1, 1, 2)).toMatchObject({ x: 1, fun: 0, converged: true, iterations: 0 });
    expect(findRoot((x) => x - 2, 1, 2)).toMatchObject({ x: 2, fun: 0, converged: true });
  });

  it('is not converged without a sign change, at the iteration cap, or when f is not finite', () => {
    const unbracketed = findRoot((x) => x * x + 1, -1, 2);
    expect(unbracketed.converged).toBe(false);
    expect(unbracketed.x).toBe(-1); // the end nearer zero
    expect(unbracketed.fun).toBe(2);
    const capped = findRoot((x) => x ** 3 - 2, 0, 2, 1e-15, 2);
    expect(capped.converged).toBe(false);
    expect(capped.iterations).toBe(2);
    expect(capped.fun).toBe(capped.x ** 3 - 2); // f at the x it returns, not the Illinois-scaled value
    expect(findRoot((x) => (x < 0.5 ? -1 : Number.NaN), 0, 1).converged).toBe(false);
  });
});

describe('plans from searches', () => {
  it('carry converged: true, and a search that did not converge is refused with a coded error', () => {
    expect(optimalSupervised(1e21).converged).toBe(true);
    expect(optimalDistillation({ studentParams: 1e9, compute: 1e21 }).converged).toBe(true);
    const plan = { ...optimalSupervised(1e21), converged: false };
    expect(() => checkConverged(plan)).toThrow(InputError);
    expect(wordsOf(() => checkConverged(plan))).toMatch(/^compute gives no plan: the search .* did not converge/);
    expect(wordsOf(() => checkConverged(plan), 'ja')).toMatch(/探索が収束しなかった/);
  });
});
