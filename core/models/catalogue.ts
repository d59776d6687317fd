/**
 * Well-known open models a person may name as the teacher. The distillation law
 * of Busbridge et al. (2025) counts non-embedding parameters, so each entry
 * gives them, and how they were found: stated by the publisher, or derived as
 * total − vocab × d_model × (1 if the input and output embeddings are tied, 2 if
 * untied), from the model's published config. Training tokens are the
 * publisher's pre-training figure; where it was never published it is absent,
 * and a question naming that model asks for the tokens or the teacher's loss.
 */

export type ModelFamily = 'llama' | 'qwen' | 'gemma' | 'mistral' | 'phi';

export type NonEmbeddingSource =
  /** The publisher states the non-embedding count (Qwen model cards, Gemma reports). */
  | { kind: 'stated' }
  /** total − vocab × dModel × (tied ? 1 : 2), from the published config. */
  | { kind: 'derived'; totalParams: number; vocab: number; dModel: number; tied: boolean };

export interface OpenModel {
  /** The id people type and the listing shows: Llama-3.1-8B. */
  id: string;
  family: ModelFamily;
  /** The family version as typed after its name: "3.1", "2.5", "3". */
  version: string;
  /** The size as named (8B, 0.5B, 8x7B, mini). */
  size: string;
  nonEmbeddingParams: number;
  nonEmbedding: NonEmbeddingSource;
  /** Pre-training tokens; undefined when the publisher has not said. */
  trainingTokens?: number;
  /** Where the figures come from, and its date (YYYY-MM). */
  source: string;
  date: string;
  /** A mixture of experts: the law was fitted on dense models (its parameters are all active). */
  mixtureOfExperts?: boolean;
}

/** total − vocab × dModel × (tied ? 1 : 2), rounded to a whole parameter. */
export function nonEmbeddingOf(source: Extract<NonEmbeddingSource, { kind: 'derived' }>): number {
  return source.totalParams - source.vocab * source.dModel * (source.tied ? 1 : 2);
}

function derived(
  totalParams: number,
  vocab: number,
  dModel: number,
  tied: boolean,
): Pick<OpenModel, 'nonEmbeddingParams' | 'nonEmbedding'> {
  const nonEmbedding = { kind: 'derived', totalParams, vocab, dModel, tied } as const;
  return { nonEmbeddingParams: nonEmbeddingOf(nonEmbedding), nonEmbedding };
}

function stated(nonEmbeddingParams: number): Pick<OpenModel, 'nonEmbeddingParams' | 'nonEmbedding'> {
  return { nonEmbeddingParams, nonEmbedding: { kind: 'stated' } };
}

const LLAMA31 = { family: 'llama', version: '3.1', source: 'Meta Llama 3.1 model card', date: '2024-07' } as const;
const LLAMA32 = { family: 'llama', version: '3.2', source: 'Meta Llama 3.2 model card', date: '2024-09' } as const;
const QWEN25 = {
  family: 'qwen',
  version: '2.5',
  source: 'Qwen2.5 model cards and blog (18T tokens)',
  date: '2024-09',
} as const;
const QWEN25_CONFIG = {
  ...QWEN25,
  source: 'Qwen2.5 config.json on Hugging Face (the card’s non-embedding figure is off); 18T tokens: Qwen2.5 blog',
} as const;
const QWEN3 = {
  family: 'qwen',
  version: '3',
  source: 'Qwen3 model cards and blog (36T tokens)',
  date: '2025-04',
} as const;
const GEMMA2 = { family: 'gemma', version: '2', source: 'Gemma 2 technical report, Table 2', date: '2024-07' } as const;
const GEMMA3 = { family: 'gemma', version: '3', source: 'Gemma 3 technical report, Table 1', date: '2025-03' } as const;

export const OPEN_MODELS: readonly OpenModel[] = [
  // Llama 3.1: vocab 128,256, untied embeddings; "over 15T tokens" of pre-training.
  {
    id: 'Llama-3.1-8B',
    size: '8B',
    ...LLAMA31,
    ...derived(8_030_261_248, 128_256, 4096, false),
    trainingTokens: 15e12,
  },
  {
    id: 'Llama-3.1-70B',
    size: '70B',
    ...LLAMA31,
    ...derived(70_553_706_496, 128_256, 8192, false),
    trainingTokens: 15e12,
  },
  // Llama 3.2 text models: tied embeddings; "up to 9T tokens".
  { id: 'Llama-3.2-1B', size: '1B', ...LLAMA32, ...derived(1_235_814_400, 128_256, 2048, true), trainingTokens: 9e12 },
  { id: 'Llama-3.2-3B', size: '3B', ...LLAMA32, ...derived(3_212_749_824, 128_256, 3072, true), trainingTokens: 9e12 },
  // Qwen2.5 cards state "Number of Parameters (Non-Embedding)".
  { id: 'Qwen2.5-0.5B', size: '0.5B', ...QWEN25, ...stated(0.36e9), trainingTokens: 18e12 },
  { id: 'Qwen2.5-1.5B', size: '1.5B', ...QWEN25, ...stated(1.31e9), trainingTokens: 18e12 },
  { id: 'Qwen2.5-3B', size: '3B', ...QWEN25, ...stated(2.77e9), trainingTokens: 18e12 },
  { id: 'Qwen2.5-7B', size: '7B', ...QWEN25, ...stated(6.53e9), trainingTokens: 18e12 },
  // The 14B, 32B and 72B cards state 13.1B, 31.0B and 70.0B, which their own config.json files do not give
  // (13.21B, 31.21B, 70.21B counted weight by weight): the counts here are the configs'.
  {
    id: 'Qwen2.5-14B',
    size: '14B',
    ...QWEN25_CONFIG,
    ...derived(14_770_033_664, 152_064, 5120, false),
    trainingTokens: 18e12,
  },
  {
    id: 'Qwen2.5-32B',
    size: '32B',
    ...QWEN25_CONFIG,
    ...derived(32_763_876_352, 152_064, 5120, false),
    trainingTokens: 18e12,
  },
  {
    id: 'Qwen2.5-72B',
    size: '72B',
    ...QWEN25_CONFIG,
    ...derived(72_706_203_648, 152_064, 8192, false),
    trainingTokens: 18e12,
  },
  { id: 'Qwen3-0.6B', size: '0.6B', ...QWEN3, ...stated(0.44e9), trainingTokens: 36e12 },
  { id: 'Qwen3-1.7B', size: '1.7B', ...QWEN3, ...stated(1.4e9), trainingTokens: 36e12 },
  { id: 'Qwen3-4B', size: '4B', ...QWEN3, ...stated(3.6e9), trainingTokens: 36e12 },
  { id: 'Qwen3-8B', size: '8B', ...QWEN3, ...stated(6.95e9), trainingTokens: 36e12 },
  { id: 'Qwen3-14B', size: '14B', ...QWEN3, ...stated(13.2e9), trainingTokens: 36e12 },
  { id: 'Qwen3-32B', size: '32B', ...QWEN3, ...stated(31.2e9), trainingTokens: 36e12 },
  // Gemma 2: the report's table gives embedding and non-embedding counts; 2T, 8T, 13T tokens.
  { id: 'Gemma-2-2B', size: '2B', ...GEMMA2, ...stated(2_024_517_888), trainingTokens: 2e12 },
  { id: 'Gemma-2-9B', size: '9B', ...GEMMA2, ...stated(8_324_201_984), trainingTokens: 8e12 },
  { id: 'Gemma-2-27B', size: '27B', ...GEMMA2, ...stated(26_047_480_320), trainingTokens: 13e12 },
  // Gemma 3: non-embedding counts of the language model (vision encoder excluded); 2T, 4T, 12T, 14T tokens.
  { id: 'Gemma-3-1B', size: '1B', ...GEMMA3, ...stated(698e6), trainingTokens: 2e12 },
  { id: 'Gemma-3-4B', size: '4B', ...GEMMA3, ...stated(3_209e6), trainingTokens: 4e12 },
  { id: 'Gemma-3-12B', size: '12B', ...GEMMA3, ...stated(10_759e6), trainingTokens: 12e12 },
  { id: 'Gemma-3-27B', size: '27B', ...GEMMA3, ...stated(25_600e6), trainingTokens: 14e12 },
  // Mistral AI has not published training tokens for these: a question naming them asks for tokens or loss.
  {
    id: 'Mistral-7B',
    family: 'mistral',
    version: '',
    size: '7B',
    ...derived(7_241_732_096, 32_000, 4096, false),
    source: 'Mistral 7B paper (Jiang et al.) and config',
    date: '2023-10',
  },
  {
    id: 'Mixtral-8x7B',
    family: 'mistral',
    version: '',
    size: '8x7B',
    ...derived(46_702_792_704, 32_000, 4096, false),
    source: 'Mixtral of Experts paper (Jiang et al.) and config',
    date: '2024-01',
    mixtureOfExperts: true,
  },
  // Phi: untied embeddings; 3.3T (Phi-3-mini) and 9.8T (Phi-4) tokens.
  {
    id: 'Phi-3-mini',
    family: 'phi',
    version: '3',
    size: 'mini',
    ...derived(3_821_079_552, 32_064, 3072, false),
    trainingTokens: 3.3e12,
    source: 'Phi-3 technical report',
    date: '2024-04',
  },
  {
    id: 'Phi-4',
    family: 'phi',
    version: '4',
    size: '14B',
    ...derived(14_659_507_200, 100_352, 5120, false),
    trainingTokens: 9.8e12,
    source: 'Phi-4 technical report',
    date: '2024-12',
  },
];

export function modelById(id: string): OpenModel | undefined {
  const lower = id.toLowerCase();
  return OPEN_MODELS.find((model) => model.id.toLowerCase() === lower);
}

/**
 * A model named in free text: Llama-3.1-8B, llama 3.1 8b, Qwen2.5-7B-Instruct, gemma-2-9b-it, Mixtral 8x7B,
 * Phi-3-mini, Phi 4. A Llama without its version (Llama 8B) is the newest Llama of that size, and the
 * answer says which one it took. `known: false` when the family is named with a size the catalogue lacks.
 */
export interface NamedModel {
  start: number;
  end: number;
  typed: string;
  model?: OpenModel;
}

const SUFFIX = String.raw`(?:[-\s](?:instruct|it|base|chat|hf))?`;
const NAME_PATTERNS: readonly { family: ModelFamily; pattern: RegExp }[] = [
  {
    family: 'llama',
    pattern: new RegExp(String.raw`(?:meta[-\s]?)?llama[-\s]?(3(?:\.[123])?)?[-\s]?(\d+(?:\.\d+)?)b${SUFFIX}`, 'gi'),
  },
  { family: 'qwen', pattern: new RegExp(String.raw`qwen[-\s]?(2\.5|3)[-\s]?(\d+(?:\.\d+)?)b${SUFFIX}`, 'gi') },
  { family: 'gemma', pattern: new RegExp(String.raw`gemma[-\s]?(2|3)[-\s]?(\d+)b${SUFFIX}`, 'gi') },
  { family: 'mistral', pattern: new RegExp(String.raw`(mi[sx]tral)[-\s]?((?:8x)?7b)${SUFFIX}`, 'gi') },
  { family: 'phi', pattern: new RegExp(String.raw`phi[-\s]?(3|4)(?:[-\s]?(mini))?${SUFFIX}`, 'gi') },
];

/** Every model named in the text, in order; the caller consumes their spans. */
export function findNamedModels(text: string): NamedModel[] {
  const found: NamedModel[] = [];
  for (const { family, pattern } of NAME_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index!;
      const end = start + match[0].length;
      // A name inside a longer word is not a name (xllama8b).
      if (/[A-Za-z0-9]/.test(text[start - 1] ?? '') || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
      found.push({ start, end, typed: match[0], model: lookup(family, match[1], match[2]) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function lookup(family: ModelFamily, first: string | undefined, second: string | undefined): OpenModel | undefined {
  const inFamily = OPEN_MODELS.filter((model) => model.family === family);
  if (family === 'mistral') {
    const size = (second ?? '').toUpperCase().replace('X', 'x');
    return inFamily.find((model) => model.size === size && model.id.toLowerCase().startsWith(first!.toLowerCase()));
  }
  if (family === 'phi') {
    if (first === '4') return second === undefined ? modelById('Phi-4') : undefined;
    return second === undefined ? undefined : modelById('Phi-3-mini');
  }
  const size = `${second}B`;
  const candidates = inFamily.filter(
    (model) => model.size === size && (first === undefined || model.version === first),
  );
  // The newest of that size when the version was left out (the list is oldest first within a family).
  return candidates[candidates.length - 1];
}
