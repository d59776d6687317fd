/**
 * The model catalogue against figures it did not compute. Each derived entry's non-embedding count is
 * recounted from the model's architecture (layers, d_model, MLP width, attention heads: its config.json),
 * weight by weight, and its stated total must equal that count plus the embeddings its vocab, d_model and
 * tying give: a wrong total, vocab, d_model or tying fails here, as does a wrong non-embedding figure.
 */
import { describe, expect, it } from 'vitest';
import { findNamedModels, OPEN_MODELS, type OpenModel } from '../../core/index.js';

/** A decoder-only transformer's config, as its config.json gives it. */
interface Architecture {
  layers: number;
  dModel: number;
  /** The MLP's inner width (intermediate_size); gated (SwiGLU): three d_model × width matrices. */
  ffn: number;
  heads: number;
  kvHeads: number;
  headDim?: number;
  /** Mixture of experts: this many MLPs per layer, and a router of d_model × experts. */
  experts?: number;
  /** Biases on the q, k and v projections (Qwen2). */
  qkvBias?: boolean;
  /** An RMSNorm on each head's q and k (Qwen3): two head_dim vectors per layer. */
  qkNorm?: boolean;
  vocab: number;
  tied: boolean;
}

/** Every weight outside the embeddings: attention, MLP, two RMSNorms per layer and the final norm. */
function nonEmbeddingOfArchitecture(a: Architecture): number {
  const headDim = a.headDim ?? a.dModel / a.heads;
  const attention =
    a.dModel * a.heads * headDim * 2 +
    a.dModel * a.kvHeads * headDim * 2 +
    (a.qkvBias ? (a.heads + 2 * a.kvHeads) * headDim : 0) +
    (a.qkNorm ? 2 * headDim : 0);
  const experts = a.experts ?? 1;
  const mlp = 3 * a.dModel * a.ffn * experts + (a.experts ? a.dModel * a.experts : 0);
  return a.layers * (attention + mlp + 2 * a.dModel) + a.dModel;
}

/**
 * Configs as published with the weights (config.json): checked against copies of meta-llama/Llama-3.1-8B and
 * -70B, meta-llama/Llama-3.2-1B and -3B, mistralai/Mistral-7B-v0.1, mistralai/Mixtral-8x7B-Instruct-v0.1,
 * microsoft/Phi-3-mini-4k-instruct and microsoft/phi-4 on Hugging Face.
 */
const ARCHITECTURES: Readonly<Record<string, Architecture>> = {
  'Llama-3.1-8B': { layers: 32, dModel: 4096, ffn: 14336, heads: 32, kvHeads: 8, vocab: 128_256, tied: false },
  'Llama-3.1-70B': { layers: 80, dModel: 8192, ffn: 28672, heads: 64, kvHeads: 8, vocab: 128_256, tied: false },
  'Llama-3.2-1B': {
    layers: 16,
    dModel: 2048,
    ffn: 8192,
    heads: 32,
    kvHeads: 8,
    headDim: 64,
    vocab: 128_256,
    tied: true,
  },
  'Llama-3.2-3B': { layers: 28, dModel: 3072, ffn: 8192, heads: 24, kvHeads: 8, vocab: 128_256, tied: true },
  'Mistral-7B': { layers: 32, dModel: 4096, ffn: 14336, heads: 32, kvHeads: 8, vocab: 32_000, tied: false },
  'Mixtral-8x7B': {
    layers: 32,
    dModel: 4096,
    ffn: 14336,
    heads: 32,
    kvHeads: 8,
    experts: 8,
    vocab: 32_000,
    tied: false,
  },
  'Phi-3-mini': { layers: 32, dModel: 3072, ffn: 8192, heads: 32, kvHeads: 32, vocab: 32_064, tied: false },
  'Phi-4': { layers: 40, dModel: 5120, ffn: 17920, heads: 40, kvHeads: 10, vocab: 100_352, tied: false },
};

/** Non-embedding counts worked by hand: total − vocab × d_model × (1 tied, 2 untied). */
const HAND_WORKED: Readonly<Record<string, number>> = {
  'Llama-3.1-8B': 6_979_588_096, // 8,030,261,248 − 128,256 × 4,096 × 2
  'Llama-3.1-70B': 68_452_360_192, // 70,553,706,496 − 128,256 × 8,192 × 2
  'Llama-3.2-1B': 973_146_112, // 1,235,814,400 − 128,256 × 2,048
  'Llama-3.2-3B': 2_818_747_392, // 3,212,749,824 − 128,256 × 3,072
  'Mistral-7B': 6_979_588_096, // 7,241,732,096 − 32,000 × 4,096 × 2 (Llama 3.1 8B's layers, a smaller vocab)
  'Mixtral-8x7B': 46_440_648_704, // 46,702,792,704 − 32,000 × 4,096 × 2
  'Phi-3-mini': 3_624_078_336, // 3,821,079,552 − 32,064 × 3,072 × 2
  'Phi-4': 13_631_902_720, // 14,659,507,200 − 100,352 × 5,120 × 2
};

const model = (id: string): OpenModel => OPEN_MODELS.find((entry) => entry.id === id)!;

describe('the model catalogue', () => {
  it('has an architecture and a hand-worked figure for every derived entry, and no others', () => {
    const derived = OPEN_MODELS.filter((entry) => entry.nonEmbedding.kind === 'derived').map((entry) => entry.id);
    expect(Object.keys(ARCHITECTURES).sort()).toEqual([...derived].sort());
    expect(Object.keys(HAND_WORKED).sort()).toEqual([...derived].sort());
  });

  it.each(Object.keys(ARCHITECTURES))(
    '%s: non-embedding count, vocab, d_model, tying and total agree with its config',
    (id) => {
      const entry = model(id);
      const arch = ARCHITECTURES[id]!;
      const counted = nonEmbeddingOfArchitecture(arch);
      expect(entry.nonEmbeddingParams).toBe(HAND_WORKED[id]);
      expect(entry.nonEmbeddingParams).toBe(counted);
      if (entry.nonEmbedding.kind !== 'derived') throw new Error(`${id} is not derived`);
      const { totalParams, vocab, dModel, tied } = entry.nonEmbedding;
      expect({ vocab, dModel, tied }).toEqual({ vocab: arch.vocab, dModel: arch.dModel, tied: arch.tied });
      expect(totalParams).toBe(counted + arch.vocab * arch.dModel * (arch.tied ? 1 : 2));
    },
  );

  it.each([
    // Qwen/Qwen2.5-7B config.json: 28 layers, d_model 3,584, MLP 18,944, 28 heads, 4 KV heads, q/k/v biases.
    [
      'Qwen2.5-7B',
      { layers: 28, dModel: 3584, ffn: 18944, heads: 28, kvHeads: 4, qkvBias: true, vocab: 152_064, tied: false },
      6_525_621_760,
    ],
    // Qwen/Qwen3-8B config.json: 36 layers, d_model 4,096, MLP 12,288, 32 heads, 8 KV heads, head_dim 128, q/k norms.
    [
      'Qwen3-8B',
      {
        layers: 36,
        dModel: 4096,
        ffn: 12288,
        heads: 32,
        kvHeads: 8,
        headDim: 128,
        qkNorm: true,
        vocab: 151_936,
        tied: false,
      },
      6_946_075_648,
    ],
  ] as const)('%s: the stated figure agrees with its architecture at the precision stated', (id, arch, exact) => {
    const counted = nonEmbeddingOfArchitecture(arch);
    expect(counted).toBe(exact);
    expect(model(id).nonEmbedding.kind).toBe('stated');
    expect(model(id).nonEmbeddingParams).toBe(Number(counted.toPrecision(3)));
  });

  it('gives every entry a source and a publication month', () => {
    for (const entry of OPEN_MODELS) {
      expect(entry.source, entry.id).toMatch(/\S{3,}.*(card|report|paper|config|blog)/i);
      expect(entry.date, entry.id).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
      if (entry.trainingTokens !== undefined) expect(entry.trainingTokens, entry.id).toBeGreaterThanOrEqual(1e12);
    }
    for (const family of ['llama', 'qwen', 'gemma', 'mistral', 'phi'])
      expect(OPEN_MODELS.some((entry) => entry.family === family)).toBe(true);
  });

  it('finds each entry by its own id, and by no other', () => {
    for (const entry of OPEN_MODELS) {
      const [named, ...others] = findNamedModels(entry.id);
      expect(others, entry.id).toEqual([]);
      expect(named?.model?.id, entry.id).toBe(entry.id);
    }
  });
});
