/**
 * FLOP accounting of Busbridge et al. 2025, App. H: forward FLOPs per token
 * F(N) for fixed-aspect-ratio transformers (Eq. 69), the model shape implied
 * by N (Eq. 64), training = 3·F(N) per token (backward = 2 × forward, Eq. 70),
 * and the plain 6·N convention for comparison.
 */
import { COUNT_FORMS, checkRange } from './units.js';

export interface Architecture {
  /** d_model / n_layers (Table 13: 128). */
  aspectRatio: number;
  /** omega = 2 + 2/g_size + n_ffn·rho_ffn (Eq. 60/61: 12). */
  omega: number;
  contextLength: number;
  vocabularySize: number;
}

export const PAPER_ARCHITECTURE: Architecture = {
  aspectRatio: 128,
  omega: 12,
  contextLength: 4096,
  vocabularySize: 32768,
};

/**
 * `paper`: training = 3·F(N) per token with F from Eq. 69 (attention and the
 * output layer counted); `6N`: the familiar 6·N per token, which undercounts
 * small models.
 */
export type FlopCounting = 'paper' | '6N';
export const FLOP_COUNTINGS: readonly FlopCounting[] = ['paper', '6N'];

const sigma1Of = (arch: Architecture): number => (arch.aspectRatio * arch.omega * arch.omega) ** (-1 / 3);
const sigma2Of = (arch: Architecture): number => Math.cbrt(arch.aspectRatio / arch.omega);
const PAPER_SIGMA1 = sigma1Of(PAPER_ARCHITECTURE);
const PAPER_SIGMA2 = sigma2Of(PAPER_ARCHITECTURE);

/** Forward FLOPs per token, Eq. 69: 2N + 2·n_ctx·σ1·N^(2/3) + 2·V·σ2·N^(1/3). */
export function forwardFlopsPerTokenOf(params: number, arch: Architecture = PAPER_ARCHITECTURE): number {
  // The paper's architecture's constants are taken once (the optimisers call this thousands of times a decision).
  const sigma1 = arch === PAPER_ARCHITECTURE ? PAPER_SIGMA1 : sigma1Of(arch);
  const sigma2 = arch === PAPER_ARCHITECTURE ? PAPER_SIGMA2 : sigma2Of(arch);
  const cube = Math.cbrt(params);
  return 2 * params + 2 * arch.contextLength * sigma1 * cube * cube + 2 * arch.vocabularySize * sigma2 * cube;
}

/** A forward-FLOPs-per-token function for the chosen counting. */
export function forwardFlopsFor(counting: FlopCounting): (params: number) => number {
  return counting === '6N' ? (params) => 2 * params : (params) => forwardFlopsPerTokenOf(params);
}

export interface ModelShape {
  /** Continuous values of Eq. 64. */
  layers: number;
  width: number;
  /** The nearest buildable shape: whole layers, width = 128 × layers. */
  roundedLayers: number;
  roundedWidth: number;
}

/** Model shape implied by N at the paper's fixed aspect ratio (Eq. 64). */
export function modelShapeOf(params: number, arch: Architecture = PAPER_ARCHITECTURE): ModelShape {
  const layers = Math.cbrt(params / (arch.aspectRatio * arch.aspectRatio * arch.omega));
  const width = Math.cbrt((params * arch.aspectRatio) / arch.omega);
  const roundedLayers = Math.max(1, Math.round(layers));
  return { layers, width, roundedLayers, roundedWidth: roundedLayers * arch.aspectRatio };
}

export interface FlopsPerToken {
  params: number;
  counting: FlopCounting;
  forwardPerToken: number;
  trainingPerToken: number;
  /** Forward FLOPs per token under the other convention, for comparison. */
  sixNPerToken: number;
  shape: ModelShape;
}

/** Per-token FLOPs for a model of `params` non-embedding parameters, checked. */
export function flopsPerToken(params: number, counting: FlopCounting = 'paper'): FlopsPerToken {
  checkRange('params', params, { min: 0, exclusiveMin: true, accepted: COUNT_FORMS });
  const forwardPerToken = forwardFlopsFor(counting)(params);
  return {
    params,
    counting,
    forwardPerToken,
    trainingPerToken: 3 * forwardPerToken,
    sixNPerToken: 6 * params,
    shape: modelShapeOf(params),
  };
}

/** Training FLOPs for D tokens: 3·F(N)·D (or 6·N·D). */
export function trainingFlops(params: number, tokens: number, counting: FlopCounting = 'paper'): number {
  checkRange('tokens', tokens, { min: 0, exclusiveMin: true, accepted: COUNT_FORMS });
  return flopsPerToken(params, counting).trainingPerToken * tokens;
}
