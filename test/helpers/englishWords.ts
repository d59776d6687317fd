/**
 * "A Japanese answer has no English word": the stricter form of japanese.ts's "no three Latin words in a row".
 * Every Latin word left once ids, units and names are taken out is English a Japanese reader would meet. What
 * may stay is listed here, explicitly: what a person types or reads as a name (GPU, provider, price, model,
 * coefficient and set ids, GPU and model names, the sources' titles), units, and the things a command line
 * shows as typed (flags, paths, URLs, environment variables, commands to copy).
 */
import { expect } from 'vitest';
import {
  COEFFICIENT_SET_IDS,
  FLOP_COUNTINGS,
  GPUS,
  OPEN_MODELS,
  PRECISIONS,
  PRICE_KINDS,
  PRICES,
  PROVIDERS,
  RUN_COLUMNS,
  SCENARIO_IDS,
} from '../../core/index.js';

/** The CLI's commands and subcommands, and the languages --lang takes: typed as they are. */
const COMMAND_WORDS = [
  'law',
  'flops',
  'optimize',
  'decide',
  'compare',
  'chart',
  'fit',
  'pilot',
  'cost',
  'gpus',
  'prices',
  'scenarios',
  'models',
  'ask',
  'help',
  'supervised',
  'distil',
  'en',
  'ja',
  'distilplan',
];

/** Names the tests' own files give their sets and profiles (a set is named by its file). */
const FIXTURE_NAMES = ['pilot-set', 'pilot-supervised', 'example-finance-2027'];

/**
 * Names in the price table's and the GPU catalog's texts, as a Japanese reader of `prices` and `gpus` meets them
 * (messages/catalog-ja.ts keeps them as written): instance types and cloud products, vendors and the publications
 * quoted, and the hardware's own names.
 */
const CATALOG_NAMES = [
  // Instance types, cloud products and a region.
  'p5en',
  'p5e',
  'p4d',
  'g6e',
  'a3-highgpu-8g',
  'g2-standard-4',
  'EC2',
  'Capacity Blocks',
  'ND',
  'NC',
  'VM',
  'Cloud TPU',
  'TPU',
  'Trillium',
  'Secure Cloud',
  'PriceList',
  'us-west-2',
  // Vendors, clouds and the publications and sites quoted.
  'AWS',
  'Azure',
  'Oracle',
  'GCP',
  'RunPod',
  'Vast.ai',
  'Vultr',
  'TensorWave',
  'Crusoe',
  'Nebius',
  'FluidStack',
  'The Next Platform',
  'GetDeploying',
  'instances.vantage.sh',
  'ComputeTape',
  'dstack',
  'Packet.ai',
  'packet.ai',
  'Cliff Center',
  'Modal',
  'rmmartins',
  'costnimbus',
  'computespec',
  'techplained',
  'Lyceum',
  'Google',
  'Lambda',
  'DeepSeek-V3',
  'NVIDIA',
  'AMD',
  // The hardware's names and parts.
  'Hopper',
  'GH100',
  'GB200',
  'HGX',
  'MI300X',
  'SXM6',
  'SXM5',
  'SXM',
  'PCIe',
  'BF16',
  'FP8',
  'vCPU',
  'CPU',
  'RAM',
  'SSD',
  'GiB',
];

/** Names and ids, longest first so a name goes before an id inside it. */
const NAMES = [
  ...CATALOG_NAMES,
  // A GPU by its full name, by its name without the maker (H100 SXM5), by its id and aliases.
  ...GPUS.flatMap((gpu) => [gpu.name, gpu.name.split(' ').slice(1).join(' '), gpu.id, ...gpu.aliases]),
  ...PROVIDERS,
  ...PRICES.flatMap((entry) => [entry.id, ...(entry.region ? [entry.region] : [])]),
  ...RUN_COLUMNS.supervised,
  ...RUN_COLUMNS.distillation,
  ...FIXTURE_NAMES,
  ...OPEN_MODELS.flatMap((model) => [model.id, model.source]),
  ...SCENARIO_IDS,
  ...COEFFICIENT_SET_IDS,
  ...PRICE_KINDS,
  ...FLOP_COUNTINGS,
  ...PRECISIONS,
].sort((a, b) => b.length - a.length);
const WORDS_AS_TYPED = new Set(COMMAND_WORDS);
const SOURCES = OPEN_MODELS.map((model) => model.source).sort((a, b) => b.length - a.length);

/** Units, symbols and proper names read the same in Japanese (nats, FLOPs, MFU; the paper's authors, Huber's loss). */
const UNITS = new Set([
  'FLOPs',
  'FLOP',
  'TFLOP',
  'nats',
  'GPU',
  'GB',
  'MFU',
  'MAPE',
  'USD',
  'JPY',
  'ID',
  'Busbridge',
  'Huber',
  'MoE',
  'JSON',
  'CSV',
  'ISO',
  'URL',
  'GPU-hours',
  'H100-hours',
  'PF-days',
]);

/** The fitted laws' coefficient names (the paper's symbols), as `fit` prints them. */
const COEFFICIENTS = new Set(['alpha', 'beta', 'gamma', "alpha'", "beta'", "gamma'", 'c0', 'c1', 'f1', 'd1']);

/** What a command line shows as typed: commands to copy, flags, paths, URLs, variables, usage words. */
const TYPED: readonly RegExp[] = [
  // A word the person typed, echoed back quoted as the Japanese catalogue quotes it (「decid」).
  /「[^」\n]*」/g,
  /distilplan [^\n（）]*/g,
  /https?:\/\/\S+/g,
  /--[a-z][\w-]*/g,
  // A Slack key as typed after /distil, with its value (currency=JPY rate=150).
  /\b[a-z][\w-]*=[^\s、。）]*/g,
  /(?:[\w.-]*\/)+[\w.-]+/g,
  /\b[\w-]+\.(?:json|csv|png|svg|md)\b/g,
  /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g,
  /\bLANG\b/g,
  /[<[][^>\]\n]*[>\]]/g,
  /\b[A-Za-z]_[A-Z]\b/g,
];

/** The English words left in `text` once names, ids, units and typed things are out. */
export function englishWordsIn(text: string): string[] {
  let rest = text;
  // A source's title may hold a file name (config.json): taken out whole before the typed forms split it.
  for (const source of SOURCES) rest = rest.split(source).join('·');
  for (const pattern of TYPED) rest = rest.replace(pattern, '·');
  for (const name of NAMES) rest = rest.split(name).join('·');
  const found = rest.match(/(?<![\w.'])[A-Za-z][A-Za-z0-9']*(?:-[A-Za-z0-9']+)*/g) ?? [];
  // A prime belongs to a coefficient's name (alpha'); after any other word it is a closing quote.
  const words = found.map((word) => (COEFFICIENTS.has(word) ? word : word.replace(/'+$/, '')));
  return words.filter(
    (word) =>
      (word.match(/[A-Za-z]/g) ?? []).length >= 2 &&
      !UNITS.has(word) &&
      !COEFFICIENTS.has(word) &&
      !WORDS_AS_TYPED.has(word),
  );
}

/** Fails when `text` has a word of English in it (and says which), or has no Japanese at all. */
export function expectNoEnglishWords(text: string, what: string): void {
  expect(text, what).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  expect(englishWordsIn(text), `${what}\n${text}`).toEqual([]);
}
