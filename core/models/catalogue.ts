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

/** One public source of an entry's training-token figure, as checked. */
export interface TokenSource {
  /** The publication and where in it: "Gemma 2 technical report (arXiv 2408.00118), §3.1". */
  title: string;
  /** When it was published, YYYY-MM. */
  date: string;
  /** The figure it gives for this model, in tokens. */
  tokens: number;
  /** The figure in the source's own words ("up to 18T", "about 15T"): a bound or a rounding stays visible. */
  says: string;
}

/**
 * How far the training tokens are confirmed: two independent public sources giving the same figure, one source only,
 * or sources that disagree (the entry then uses the publisher's technical report, listed first).
 */
export type TokensCheck = 'confirmed' | 'one-source' | 'sources-disagree';

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
  /** Every public source of `trainingTokens` checked, the one the figure is taken from first. */
  tokenSources?: readonly TokenSource[];
  /** Whether a second source confirms `trainingTokens` (absent when the publisher gave none). */
  tokensCheck?: TokensCheck;
}

/**
 * The training tokens with their sources: the figure is the first source's (the publisher's technical report where
 * there is one), and the check says whether the others give the same figure.
 */
function tokensFrom(
  ...sources: readonly TokenSource[]
): Pick<OpenModel, 'trainingTokens' | 'tokenSources' | 'tokensCheck'> {
  const [first] = sources;
  const tokensCheck: TokensCheck =
    sources.length < 2
      ? 'one-source'
      : sources.every((source) => source.tokens === first!.tokens)
        ? 'confirmed'
        : 'sources-disagree';
  return { trainingTokens: first!.tokens, tokenSources: sources, tokensCheck };
}

// Each source of a family's token figures, checked 2026-12 (title, publication month, what it says).
const LLAMA3_PAPER = 'The Llama 3 Herd of Models (Dubey et al., arXiv 2407.21783), §1';
const LLAMA31_TOKENS = tokensFrom(
  { title: 'Meta Llama 3.1 model card', date: '2024-07', tokens: 15e12, says: '15T+ tokens (~15 trillion)' },
  { title: LLAMA3_PAPER, date: '2024-07', tokens: 15e12, says: 'about 15T multilingual tokens (the 405B: 15.6T)' },
);
// Only Meta's card gives it; catalogues that repeat it (Azure AI, NVIDIA NeMo) copy the card, so it stays one source.
const LLAMA32_TOKENS = tokensFrom({
  title: 'Meta Llama 3.2 model card',
  date: '2024-09',
  tokens: 9e12,
  says: 'up to 9T tokens',
});
// Neither gives a count per size: 18T is the corpus every size was trained from ("a maximum of 18 trillion").
const QWEN25_TOKENS = tokensFrom(
  {
    title: 'Qwen2.5 technical report (arXiv 2412.15115), §1',
    date: '2024-12',
    tokens: 18e12,
    says: '18 trillion tokens',
  },
  { title: 'Qwen2.5 blog', date: '2024-09', tokens: 18e12, says: 'up to 18 trillion tokens' },
);
const QWEN3_TOKENS = tokensFrom(
  {
    title: 'Qwen3 technical report (arXiv 2505.09388), abstract',
    date: '2025-05',
    tokens: 36e12,
    says: 'approximately 36 trillion tokens',
  },
  { title: 'Qwen3 blog', date: '2025-04', tokens: 36e12, says: 'approximately 36 trillion tokens' },
);
const gemma2Tokens = (tokens: number, says: string) =>
  tokensFrom(
    { title: 'Gemma 2 technical report (arXiv 2408.00118), §3.1', date: '2024-07', tokens, says },
    { title: 'Gemma 2 model card (Hugging Face, Kaggle), Training Dataset', date: '2024-07', tokens, says },
  );
const gemma3Tokens = (tokens: number, says: string) =>
  tokensFrom(
    { title: 'Gemma 3 technical report (arXiv 2503.19786), §2.2', date: '2025-03', tokens, says },
    { title: 'Gemma 3 model card (Hugging Face, Kaggle), Training Dataset', date: '2025-03', tokens, says },
  );

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
    ...LLAMA31_TOKENS,
  },
  {
    id: 'Llama-3.1-70B',
    size: '70B',
    ...LLAMA31,
    ...derived(70_553_706_496, 128_256, 8192, false),
    ...LLAMA31_TOKENS,
  },
  // Llama 3.2 text models: tied embeddings; "up to 9T tokens".
  { id: 'Llama-3.2-1B', size: '1B', ...LLAMA32, ...derived(1_235_814_400, 128_256, 2048, true), ...LLAMA32_TOKENS },
  { id: 'Llama-3.2-3B', size: '3B', ...LLAMA32, ...derived(3_212_749_824, 128_256, 3072, true), ...LLAMA32_TOKENS },
  // Qwen2.5 cards state "Number of Parameters (Non-Embedding)".
  { id: 'Qwen2.5-0.5B', size: '0.5B', ...QWEN25, ...stated(0.36e9), ...QWEN25_TOKENS },
  { id: 'Qwen2.5-1.5B', size: '1.5B', ...QWEN25, ...stated(1.31e9), ...QWEN25_TOKENS },
  { id: 'Qwen2.5-3B', size: '3B', ...QWEN25, ...stated(2.77e9), ...QWEN25_TOKENS },
  { id: 'Qwen2.5-7B', size: '7B', ...QWEN25, ...stated(6.53e9), ...QWEN25_TOKENS },
  // The 14B, 32B and 72B cards state 13.1B, 31.0B and 70.0B, which their own config.json files do not give
  // (13.21B, 31.21B, 70.21B counted weight by weight): the counts here are the configs'.
  {
    id: 'Qwen2.5-14B',
    size: '14B',
    ...QWEN25_CONFIG,
    ...derived(14_770_033_664, 152_064, 5120, false),
    ...QWEN25_TOKENS,
  },
  {
    id: 'Qwen2.5-32B',
    size: '32B',
    ...QWEN25_CONFIG,
    ...derived(32_763_876_352, 152_064, 5120, false),
    ...QWEN25_TOKENS,
  },
  {
    id: 'Qwen2.5-72B',
    size: '72B',
    ...QWEN25_CONFIG,
    ...derived(72_706_203_648, 152_064, 8192, false),
    ...QWEN25_TOKENS,
  },
  { id: 'Qwen3-0.6B', size: '0.6B', ...QWEN3, ...stated(0.44e9), ...QWEN3_TOKENS },
  { id: 'Qwen3-1.7B', size: '1.7B', ...QWEN3, ...stated(1.4e9), ...QWEN3_TOKENS },
  { id: 'Qwen3-4B', size: '4B', ...QWEN3, ...stated(3.6e9), ...QWEN3_TOKENS },
  { id: 'Qwen3-8B', size: '8B', ...QWEN3, ...stated(6.95e9), ...QWEN3_TOKENS },
  { id: 'Qwen3-14B', size: '14B', ...QWEN3, ...stated(13.2e9), ...QWEN3_TOKENS },
  { id: 'Qwen3-32B', size: '32B', ...QWEN3, ...stated(31.2e9), ...QWEN3_TOKENS },
  // Gemma 2: the report's table gives embedding and non-embedding counts; 2T, 8T, 13T tokens.
  { id: 'Gemma-2-2B', size: '2B', ...GEMMA2, ...stated(2_024_517_888), ...gemma2Tokens(2e12, '2 trillion tokens') },
  { id: 'Gemma-2-9B', size: '9B', ...GEMMA2, ...stated(8_324_201_984), ...gemma2Tokens(8e12, '8 trillion tokens') },
  {
    id: 'Gemma-2-27B',
    size: '27B',
    ...GEMMA2,
    ...stated(26_047_480_320),
    ...gemma2Tokens(13e12, '13 trillion tokens'),
  },
  // Gemma 3: non-embedding counts of the language model (vision encoder excluded); 2T, 4T, 12T, 14T tokens.
  { id: 'Gemma-3-1B', size: '1B', ...GEMMA3, ...stated(698e6), ...gemma3Tokens(2e12, '2T tokens') },
  { id: 'Gemma-3-4B', size: '4B', ...GEMMA3, ...stated(3_209e6), ...gemma3Tokens(4e12, '4T tokens') },
  { id: 'Gemma-3-12B', size: '12B', ...GEMMA3, ...stated(10_759e6), ...gemma3Tokens(12e12, '12T tokens') },
  { id: 'Gemma-3-27B', size: '27B', ...GEMMA3, ...stated(25_600e6), ...gemma3Tokens(14e12, '14T tokens') },
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
  // Phi: untied embeddings; 3.3T (Phi-3-mini) and about 10T (Phi-4) tokens.
  {
    id: 'Phi-3-mini',
    family: 'phi',
    version: '3',
    size: 'mini',
    ...derived(3_821_079_552, 32_064, 3072, false),
    ...tokensFrom(
      {
        title: 'Phi-3 technical report (arXiv 2404.14219), abstract',
        date: '2024-04',
        tokens: 3.3e12,
        says: '3.3 trillion tokens',
      },
      {
        title: 'Phi-3-mini model card (Hugging Face), Datasets',
        date: '2024-04',
        tokens: 3.3e12,
        says: 'totaling 3.3 trillion tokens',
      },
    ),
    source: 'Phi-3 technical report',
    date: '2024-04',
  },
  {
    id: 'Phi-4',
    family: 'phi',
    version: '4',
    size: '14B',
    ...derived(14_659_507_200, 100_352, 5120, false),
    // The report and the card disagree (about 10T against 9.8T): the report's figure is used, the card's kept beside it.
    ...tokensFrom(
      {
        title: 'Phi-4 technical report (arXiv 2412.08905), §3',
        date: '2024-12',
        tokens: 10e12,
        says: 'approximately 10T tokens',
      },
      { title: 'Phi-4 model card (Hugging Face), Training data', date: '2024-12', tokens: 9.8e12, says: '9.8T tokens' },
    ),
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
