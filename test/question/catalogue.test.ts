/**
 * The model catalogue against figures it did not compute. Every entry's non-embedding count is recounted from
 * the model's architecture (layers, d_model, MLP width, attention heads, KV heads, head size, vocab and tying:
 * its config.json), weight by weight. A derived entry's total must equal that count plus the embeddings its
 * vocab, d_model and tying give; a stated entry (the publisher's rounded figure) must be that count at the
 * digits stated. A wrong total, vocab, d_model, tying or non-embedding figure fails here.
 */
import { describe, expect, it } from 'vitest';
import { findNamedModels, OPEN_MODELS, type OpenModel } from '../../core/index.js';

/** A decoder-only transformer's config, as its config.json gives it. */
interface Architecture {
  layers: number;
  dModel: number;
  /** The MLP's inner width (intermediate_size); gated (SwiGLU, GeGLU): three d_model × width matrices. */
  ffn: number;
  heads: number;
  kvHeads: number;
  headDim?: number;
  /** Mixture of experts: this many MLPs per layer, and a router of d_model × experts. */
  experts?: number;
  /** Biases on the q, k and v projections (Qwen2). */
  qkvBias?: boolean;
  /** An RMSNorm on each head's q and k (Qwen3, Gemma 3): two head_dim vectors per layer. */
  qkNorm?: boolean;
  /** RMSNorms per layer: 2 (before attention and MLP), 4 in Gemma 2 and 3 (before and after each). */
  norms?: number;
  vocab: number;
  tied: boolean;
  /** Where the config was read (Hugging Face, read 2026-12). */
  config: string;
  /** A stated entry's figure as the publisher prints it, with its digits: "0.36B", "698M". */
  stated?: string;
}

/** Every weight outside the embeddings: attention, MLP, the RMSNorms of each layer and the final norm. */
function nonEmbeddingOfArchitecture(a: Architecture): number {
  const headDim = a.headDim ?? a.dModel / a.heads;
  const attention =
    a.dModel * a.heads * headDim * 2 +
    a.dModel * a.kvHeads * headDim * 2 +
    (a.qkvBias ? (a.heads + 2 * a.kvHeads) * headDim : 0) +
    (a.qkNorm ? 2 * headDim : 0);
  const experts = a.experts ?? 1;
  const mlp = 3 * a.dModel * a.ffn * experts + (a.experts ? a.dModel * a.experts : 0);
  return a.layers * (attention + mlp + (a.norms ?? 2) * a.dModel) + a.dModel;
}

const hf = (repo: string) => `https://huggingface.co/${repo}/blob/main/config.json`;
const QWEN2 = { qkvBias: true, vocab: 151_936, tied: true } as const;
const QWEN2_UNTIED = { qkvBias: true, vocab: 152_064, tied: false } as const;
const QWEN3 = { headDim: 128, qkNorm: true, vocab: 151_936 } as const;
const GEMMA2 = { norms: 4, vocab: 256_000, tied: true } as const;
const GEMMA3 = { norms: 4, qkNorm: true, vocab: 262_144, tied: true } as const;

/** Configs as published with the weights (config.json on Hugging Face). */
const ARCHITECTURES: Readonly<Record<string, Architecture>> = {
  'Llama-3.1-8B': {
    ...{ layers: 32, dModel: 4096, ffn: 14336, heads: 32, kvHeads: 8, vocab: 128_256, tied: false },
    config: hf('meta-llama/Llama-3.1-8B'),
  },
  'Llama-3.1-70B': {
    ...{ layers: 80, dModel: 8192, ffn: 28672, heads: 64, kvHeads: 8, vocab: 128_256, tied: false },
    config: hf('meta-llama/Llama-3.1-70B'),
  },
  'Llama-3.2-1B': {
    ...{ layers: 16, dModel: 2048, ffn: 8192, heads: 32, kvHeads: 8, headDim: 64, vocab: 128_256, tied: true },
    config: hf('meta-llama/Llama-3.2-1B'),
  },
  'Llama-3.2-3B': {
    ...{ layers: 28, dModel: 3072, ffn: 8192, heads: 24, kvHeads: 8, vocab: 128_256, tied: true },
    config: hf('meta-llama/Llama-3.2-3B'),
  },
  // Qwen2.5 cards: "Number of Parameters (Non-Embedding)".
  'Qwen2.5-0.5B': {
    ...{ layers: 24, dModel: 896, ffn: 4864, heads: 14, kvHeads: 2, ...QWEN2 },
    config: hf('Qwen/Qwen2.5-0.5B'),
    stated: '0.36B',
  },
  'Qwen2.5-1.5B': {
    ...{ layers: 28, dModel: 1536, ffn: 8960, heads: 12, kvHeads: 2, ...QWEN2 },
    config: hf('Qwen/Qwen2.5-1.5B'),
    stated: '1.31B',
  },
  'Qwen2.5-3B': {
    ...{ layers: 36, dModel: 2048, ffn: 11008, heads: 16, kvHeads: 2, ...QWEN2 },
    config: hf('Qwen/Qwen2.5-3B'),
    stated: '2.77B',
  },
  'Qwen2.5-7B': {
    ...{ layers: 28, dModel: 3584, ffn: 18944, heads: 28, kvHeads: 4, ...QWEN2_UNTIED },
    config: hf('Qwen/Qwen2.5-7B'),
    stated: '6.53B',
  },
  // The cards' 13.1B, 31.0B and 70.0B are not what these configs give: the catalogue derives them.
  'Qwen2.5-14B': {
    ...{ layers: 48, dModel: 5120, ffn: 13824, heads: 40, kvHeads: 8, ...QWEN2_UNTIED },
    config: hf('Qwen/Qwen2.5-14B'),
  },
  'Qwen2.5-32B': {
    ...{ layers: 64, dModel: 5120, ffn: 27648, heads: 40, kvHeads: 8, ...QWEN2_UNTIED },
    config: hf('Qwen/Qwen2.5-32B'),
  },
  'Qwen2.5-72B': {
    ...{ layers: 80, dModel: 8192, ffn: 29568, heads: 64, kvHeads: 8, ...QWEN2_UNTIED },
    config: hf('Qwen/Qwen2.5-72B'),
  },
  // Qwen3 cards: "Number of Paramaters (Non-Embedding)".
  'Qwen3-0.6B': {
    ...{ layers: 28, dModel: 1024, ffn: 3072, heads: 16, kvHeads: 8, ...QWEN3, tied: true },
    config: hf('Qwen/Qwen3-0.6B'),
    stated: '0.44B',
  },
  'Qwen3-1.7B': {
    ...{ layers: 28, dModel: 2048, ffn: 6144, heads: 16, kvHeads: 8, ...QWEN3, tied: true },
    config: hf('Qwen/Qwen3-1.7B'),
    stated: '1.4B',
  },
  'Qwen3-4B': {
    ...{ layers: 36, dModel: 2560, ffn: 9728, heads: 32, kvHeads: 8, ...QWEN3, tied: true },
    config: hf('Qwen/Qwen3-4B'),
    stated: '3.6B',
  },
  'Qwen3-8B': {
    ...{ layers: 36, dModel: 4096, ffn: 12288, heads: 32, kvHeads: 8, ...QWEN3, tied: false },
    config: hf('Qwen/Qwen3-8B'),
    stated: '6.95B',
  },
  'Qwen3-14B': {
    ...{ layers: 40, dModel: 5120, ffn: 17408, heads: 40, kvHeads: 8, ...QWEN3, tied: false },
    config: hf('Qwen/Qwen3-14B'),
    stated: '13.2B',
  },
  'Qwen3-32B': {
    ...{ layers: 64, dModel: 5120, ffn: 25600, heads: 64, kvHeads: 8, ...QWEN3, tied: false },
    config: hf('Qwen/Qwen3-32B'),
    stated: '31.2B',
  },
  // Gemma 2 report, Table 2: non-embedding parameters to the unit.
  'Gemma-2-2B': {
    ...{ layers: 26, dModel: 2304, ffn: 9216, heads: 8, kvHeads: 4, headDim: 256, ...GEMMA2 },
    config: hf('google/gemma-2-2b'),
    stated: '2,024,517,888',
  },
  'Gemma-2-9B': {
    ...{ layers: 42, dModel: 3584, ffn: 14336, heads: 16, kvHeads: 8, headDim: 256, ...GEMMA2 },
    config: hf('google/gemma-2-9b'),
    stated: '8,324,201,984',
  },
  'Gemma-2-27B': {
    ...{ layers: 46, dModel: 4608, ffn: 36864, heads: 32, kvHeads: 16, headDim: 128, ...GEMMA2 },
    config: hf('google/gemma-2-27b'),
    stated: '26,047,480,320',
  },
  // Gemma 3 report, Table 1: non-embedding parameters of the language model in millions.
  'Gemma-3-1B': {
    ...{ layers: 26, dModel: 1152, ffn: 6912, heads: 4, kvHeads: 1, headDim: 256, ...GEMMA3 },
    config: hf('google/gemma-3-1b-pt'),
    stated: '698M',
  },
  'Gemma-3-4B': {
    ...{ layers: 34, dModel: 2560, ffn: 10240, heads: 8, kvHeads: 4, headDim: 256, ...GEMMA3 },
    config: hf('google/gemma-3-4b-pt'),
    stated: '3,209M',
  },
  'Gemma-3-12B': {
    ...{ layers: 48, dModel: 3840, ffn: 15360, heads: 16, kvHeads: 8, headDim: 256, ...GEMMA3 },
    config: hf('google/gemma-3-12b-pt'),
    stated: '10,759M',
  },
  'Gemma-3-27B': {
    ...{ layers: 62, dModel: 5376, ffn: 21504, heads: 32, kvHeads: 16, headDim: 128, ...GEMMA3 },
    config: hf('google/gemma-3-27b-pt'),
    stated: '25,600M',
  },
  'Mistral-7B': {
    ...{ layers: 32, dModel: 4096, ffn: 14336, heads: 32, kvHeads: 8, vocab: 32_000, tied: false },
    config: hf('mistralai/Mistral-7B-v0.1'),
  },
  'Mixtral-8x7B': {
    ...{ layers: 32, dModel: 4096, ffn: 14336, heads: 32, kvHeads: 8, experts: 8, vocab: 32_000, tied: false },
    config: hf('mistralai/Mixtral-8x7B-v0.1'),
  },
  'Phi-3-mini': {
    ...{ layers: 32, dModel: 3072, ffn: 8192, heads: 32, kvHeads: 32, vocab: 32_064, tied: false },
    config: hf('microsoft/Phi-3-mini-4k-instruct'),
  },
  'Phi-4': {
    ...{ layers: 40, dModel: 5120, ffn: 17920, heads: 40, kvHeads: 10, vocab: 100_352, tied: false },
    config: hf('microsoft/phi-4'),
  },
};

/** Non-embedding counts of the derived entries worked by hand: total − vocab × d_model × (1 tied, 2 untied). */
const HAND_WORKED: Readonly<Record<string, number>> = {
  'Llama-3.1-8B': 6_979_588_096, // 8,030,261,248 − 128,256 × 4,096 × 2
  'Llama-3.1-70B': 68_452_360_192, // 70,553,706,496 − 128,256 × 8,192 × 2
  'Llama-3.2-1B': 973_146_112, // 1,235,814,400 − 128,256 × 2,048
  'Llama-3.2-3B': 2_818_747_392, // 3,212,749,824 − 128,256 × 3,072
  'Qwen2.5-14B': 13_212_898_304, // 14,770,033,664 − 152,064 × 5,120 × 2
  'Qwen2.5-32B': 31_206_740_992, // 32,763,876,352 − 152,064 × 5,120 × 2
  'Qwen2.5-72B': 70_214_787_072, // 72,706,203,648 − 152,064 × 8,192 × 2
  'Mistral-7B': 6_979_588_096, // 7,241,732,096 − 32,000 × 4,096 × 2 (Llama 3.1 8B's layers, a smaller vocab)
  'Mixtral-8x7B': 46_440_648_704, // 46,702,792,704 − 32,000 × 4,096 × 2
  'Phi-3-mini': 3_624_078_336, // 3,821,079,552 − 32,064 × 3,072 × 2
  'Phi-4': 13_631_902_720, // 14,659,507,200 − 100,352 × 5,120 × 2
};

/** A figure as a publisher prints it (0.36B, 3,209M, 2,024,517,888) and its significant digits. */
function statedFigure(text: string): { value: number; digits: number } {
  const match = /^([\d,]+(?:\.\d+)?)([MB]?)$/.exec(text)!;
  const digits = match[1]!.replace(/,/g, '');
  const scale = match[2] === 'B' ? 1e9 : match[2] === 'M' ? 1e6 : 1;
  return {
    value: Number(`${digits}e${Math.log10(scale)}`),
    digits: digits.replace('.', '').replace(/^0+/, '').length,
  };
}

const model = (id: string): OpenModel => OPEN_MODELS.find((entry) => entry.id === id)!;

describe('the model catalogue', () => {
  it('has an architecture for every entry, a hand-worked figure for every derived one, and no others', () => {
    const derived = OPEN_MODELS.filter((entry) => entry.nonEmbedding.kind === 'derived').map((entry) => entry.id);
    expect(Object.keys(ARCHITECTURES).sort()).toEqual(OPEN_MODELS.map((entry) => entry.id).sort());
    expect(Object.keys(HAND_WORKED).sort()).toEqual([...derived].sort());
    for (const [id, arch] of Object.entries(ARCHITECTURES))
      expect(arch.stated === undefined, id).toBe(model(id).nonEmbedding.kind === 'derived');
  });

  it.each(Object.keys(HAND_WORKED))(
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

  it.each(Object.keys(ARCHITECTURES).filter((id) => ARCHITECTURES[id]!.stated !== undefined))(
    '%s: the publisher’s figure is its config’s count at the digits stated',
    (id) => {
      const arch = ARCHITECTURES[id]!;
      const { value, digits } = statedFigure(arch.stated!);
      expect(model(id).nonEmbeddingParams).toBe(value);
      expect(Number(nonEmbeddingOfArchitecture(arch).toPrecision(digits))).toBe(value);
    },
  );

  it('counts what the configs give for the three Qwen2.5 cards that state otherwise', () => {
    // Qwen2.5-14B, -32B and -72B cards print 13.1B, 31.0B and 70.0B; their configs give 13.21B, 31.21B, 70.21B.
    for (const [id, card] of [
      ['Qwen2.5-14B', 13.1e9],
      ['Qwen2.5-32B', 31.0e9],
      ['Qwen2.5-72B', 70.0e9],
    ] as const) {
      const counted = nonEmbeddingOfArchitecture(ARCHITECTURES[id]!);
      expect(Number(counted.toPrecision(3)), id).not.toBe(card);
      expect(model(id).nonEmbeddingParams).toBe(counted);
    }
  });

  it('gives every entry the publisher’s pre-training tokens, or none where none was published', () => {
    // The publishers' words: Llama 3.1 card "over 15T tokens"; Llama 3.2 card "up to 9T tokens"; Qwen2.5 blog
    // "up to 18T tokens"; Qwen3 blog "approximately 36 trillion tokens"; Gemma 2 report: 2B 2T, 9B 8T, 27B 13T;
    // Gemma 3 card: 1B 2T, 4B 4T, 12B 12T, 27B 14T; Phi-3 report 3.3T (mini); Phi-4 report "approximately 10T"
    // (its model card says 9.8T: the report is used); Mistral AI has not published its models' tokens.
    const published: Record<string, number | undefined> = {
      'Llama-3.1-8B': 15e12,
      'Llama-3.1-70B': 15e12,
      'Llama-3.2-1B': 9e12,
      'Llama-3.2-3B': 9e12,
      'Gemma-2-2B': 2e12,
      'Gemma-2-9B': 8e12,
      'Gemma-2-27B': 13e12,
      'Gemma-3-1B': 2e12,
      'Gemma-3-4B': 4e12,
      'Gemma-3-12B': 12e12,
      'Gemma-3-27B': 14e12,
      'Mistral-7B': undefined,
      'Mixtral-8x7B': undefined,
      'Phi-3-mini': 3.3e12,
      'Phi-4': 10e12,
    };
    for (const entry of OPEN_MODELS) {
      const expected = entry.family === 'qwen' ? (entry.version === '3' ? 36e12 : 18e12) : published[entry.id];
      expect(Object.hasOwn(published, entry.id) || entry.family === 'qwen', entry.id).toBe(true);
      expect(entry.trainingTokens, entry.id).toBe(expected);
    }
  });

  it('names each architecture’s config where it was read', () => {
    for (const [id, arch] of Object.entries(ARCHITECTURES))
      expect(arch.config, id).toMatch(/^https:\/\/huggingface\.co\/[\w.-]+\/[\w.-]+\/blob\/main\/config\.json$/);
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

/**
 * Training tokens against the sources themselves, read by hand (2026-12): each figure as the publisher's technical
 * report and a second public source word it, and whether they agree. Gemma 2 report §3.1 and card: "27B on 13
 * trillion tokens, the 9B on 8 trillion, the 2B on 2 trillion"; Gemma 3 report §2.2 and card: "14T tokens for Gemma 3
 * 27B, 12T for the 12B, 4T for the 4B, 2T for the 1B"; Phi-4 report §3 "approximately 10T tokens", card "9.8T".
 */
const TOKENS_BY_HAND: Readonly<Record<string, { tokens: number; check: string; sources: number }>> = {
  'Llama-3.1-8B': { tokens: 15e12, check: 'confirmed', sources: 2 },
  'Llama-3.1-70B': { tokens: 15e12, check: 'confirmed', sources: 2 },
  'Llama-3.2-1B': { tokens: 9e12, check: 'one-source', sources: 1 },
  'Llama-3.2-3B': { tokens: 9e12, check: 'one-source', sources: 1 },
  'Qwen2.5-7B': { tokens: 18e12, check: 'confirmed', sources: 2 },
  'Qwen2.5-72B': { tokens: 18e12, check: 'confirmed', sources: 2 },
  'Qwen3-8B': { tokens: 36e12, check: 'confirmed', sources: 2 },
  'Gemma-2-2B': { tokens: 2e12, check: 'confirmed', sources: 2 },
  'Gemma-2-9B': { tokens: 8e12, check: 'confirmed', sources: 2 },
  'Gemma-2-27B': { tokens: 13e12, check: 'confirmed', sources: 2 },
  'Gemma-3-1B': { tokens: 2e12, check: 'confirmed', sources: 2 },
  'Gemma-3-4B': { tokens: 4e12, check: 'confirmed', sources: 2 },
  'Gemma-3-12B': { tokens: 12e12, check: 'confirmed', sources: 2 },
  'Gemma-3-27B': { tokens: 14e12, check: 'confirmed', sources: 2 },
  'Phi-3-mini': { tokens: 3.3e12, check: 'confirmed', sources: 2 },
  'Phi-4': { tokens: 10e12, check: 'sources-disagree', sources: 2 },
};

describe('training tokens and their sources', () => {
  it.each(Object.entries(TOKENS_BY_HAND))('%s: the figure, its sources and whether they agree', (id, expected) => {
    const entry = OPEN_MODELS.find((model) => model.id === id)!;
    expect(entry.trainingTokens).toBe(expected.tokens);
    expect(entry.tokensCheck).toBe(expected.check);
    expect(entry.tokenSources).toHaveLength(expected.sources);
  });

  it('every entry with tokens names each source with its date and words; the figure is the first (the report)', () => {
    for (const entry of OPEN_MODELS) {
      if (entry.trainingTokens === undefined) {
        expect(entry.tokenSources, entry.id).toBeUndefined();
        continue;
      }
      const sources = entry.tokenSources ?? [];
      expect(sources.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(sources[0]!.tokens, entry.id).toBe(entry.trainingTokens);
      for (const source of sources) {
        expect(source.date, entry.id).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
        expect(source.title, entry.id).toMatch(/card|report|paper|blog|Herd/i);
        expect(source.says, entry.id).toMatch(/\d/);
      }
      // Two sources with a second figure are said to disagree; one with the same figure confirms it.
      const agree = sources.every((source) => source.tokens === entry.trainingTokens);
      expect(entry.tokensCheck, entry.id).toBe(
        sources.length < 2 ? 'one-source' : agree ? 'confirmed' : 'sources-disagree',
      );
    }
  });

  it('where sources disagree the technical report is used and listed first', () => {
    for (const entry of OPEN_MODELS.filter((model) => model.tokensCheck === 'sources-disagree'))
      expect(entry.tokenSources![0]!.title, entry.id).toMatch(/technical report/);
  });
});
