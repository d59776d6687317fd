/**
 * Dated price table, seeded from HARDWARE.md §3.3. Prices move (at least twice
 * in 2025-2026), so each one carries its source and as-of date and is shown
 * with the answer. Instance prices are stored as quoted and divided by the
 * instance's GPU count (`gpusPerQuote`), so "$98.32 per 8-GPU instance-hour"
 * stays checkable against its source and becomes $12.29 per GPU-hour.
 */
import { clipTyped, type FieldId, InputError } from '../errors.js';
import { Money } from './money.js';

export type PriceKind = 'on-demand' | 'reserved' | 'spot' | 'marketplace' | 'reference';

export interface PriceEntry {
  id: string;
  provider: string;
  gpu: string;
  offer: string;
  /** Decimal string, as quoted by the source, for `gpusPerQuote` GPUs for one hour. */
  quotedPrice: string;
  gpusPerQuote: number;
  currency: 'USD';
  kind: PriceKind;
  region?: string;
  sourceUrl?: string;
  /** Who said it, when a URL alone does not say enough (or none was recorded). */
  source: string;
  /** YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  confidence: 'high' | 'medium' | 'low-medium' | 'low';
  note?: string;
  /** The price used for this GPU when the user names no provider and no price. */
  isDefault?: boolean;
}

const NEXTPLATFORM = 'https://www.nextplatform.com/2023/07/27/h100-gpu-instance-pricing-on-aws-grin-and-bear-it/';
const USAGE_AI_LLM = 'https://www.usage.ai/blogs/aws/ai-ml-cost/llm-cost-optimization-aws/';
const USAGE_AI_GPU = 'https://www.usage.ai/blogs/finops/ai-ml-cost/gpu-instance-cost-optimization/';
const AWS_BLOCKS = 'https://aws.amazon.com/ec2/capacityblocks/pricing/';
const RMMARTINS = 'https://rmmartins.com/2026/06/11/cost-engineering-for-ai-when-idle-gpus-cost-more-than-your-car/';
const COSTNIMBUS = 'https://costnimbus.com/article/gpu-cost-management-ml-teams';
const TECHPLAINED = 'https://techplained.aptechsolutions.io/runpod-vs-vast-ai';
const PACKET = 'https://packet.ai/blog/gpu-pricing-models-compared';
const LYCEUM = 'https://lyceum.technology/magazine/nvidia-b200-gpu-cloud-pricing-2026/';
const DEEPSEEK_V3 = 'https://arxiv.org/abs/2412.19437';

const USD = 'USD' as const;

export const PRICES: readonly PriceEntry[] = [
  {
    id: 'aws-p5-2023',
    provider: 'aws',
    gpu: 'h100-sxm',
    offer: 'p5.48xlarge (8× H100), list price before mid-2025',
    quotedPrice: '98.32',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    region: 'us-east',
    sourceUrl: NEXTPLATFORM,
    source: 'The Next Platform',
    asOf: '2023-07-27',
    confidence: 'high',
    note: 'Superseded by the June 2025 cut; many 2026 blogs still repeat it.',
  },
  {
    id: 'aws-p5',
    provider: 'aws',
    gpu: 'h100-sxm',
    offer: 'p5.48xlarge (8× H100) after the June 2025 cut',
    quotedPrice: '6.75',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: USAGE_AI_LLM,
    source: 'usage.ai; costnimbus (2026-03); a repo citing thundercompute',
    asOf: '2026-06',
    confidence: 'medium',
    note: 'Sources give ~6.75-6.9 (−44 to −45%); 6.75 is the figure a repo cites.',
  },
  {
    id: 'aws-capacity-block-p5',
    provider: 'aws',
    gpu: 'h100-sxm',
    offer: 'EC2 Capacity Block, p5',
    quotedPrice: '4.916',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'reserved',
    region: 'us-east',
    sourceUrl: AWS_BLOCKS,
    source: 'AWS Capacity Blocks pricing page',
    asOf: '2024-12',
    confidence: 'high',
    note: 'Reservation fee; rates valid until the 2025-01-01 update.',
  },
  {
    id: 'aws-capacity-block-p5e',
    provider: 'aws',
    gpu: 'h200',
    offer: 'EC2 Capacity Block, p5e',
    quotedPrice: '5.408',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'reserved',
    region: 'us-east',
    sourceUrl: AWS_BLOCKS,
    source: 'AWS Capacity Blocks pricing page',
    asOf: '2024-12',
    confidence: 'high',
    note: 'Reservation fee; rates valid until the 2025-01-01 update.',
  },
  {
    id: 'aws-capacity-block-p4d',
    provider: 'aws',
    gpu: 'a100',
    offer: 'EC2 Capacity Block, p4d',
    quotedPrice: '1.844',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'reserved',
    region: 'us-east',
    sourceUrl: AWS_BLOCKS,
    source: 'AWS Capacity Blocks pricing page',
    asOf: '2024-12',
    confidence: 'high',
    note: 'Reservation fee; rates valid until the 2025-01-01 update.',
  },
  {
    id: 'aws-p4d',
    provider: 'aws',
    gpu: 'a100',
    offer: 'p4d.24xlarge (8× A100 40 GB)',
    quotedPrice: '32.77',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: USAGE_AI_GPU,
    source: 'usage.ai',
    asOf: '2026-06',
    confidence: 'medium',
    note: 'May have been cut since mid-2025.',
    isDefault: true,
  },
  {
    id: 'azure-nd-h100-v5',
    provider: 'azure',
    gpu: 'h100-sxm',
    offer: 'ND H100 v5 (8 GPU), ~$98 per VM-hour',
    quotedPrice: '12.3',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: RMMARTINS,
    source: 'rmmartins',
    asOf: '2026-06',
    confidence: 'low-medium',
  },
  {
    id: 'azure-nc-h100-v5',
    provider: 'azure',
    gpu: 'h100-pcie',
    offer: 'NC H100 v5',
    quotedPrice: '6.98',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    region: 'East US',
    sourceUrl: COSTNIMBUS,
    source: 'costnimbus',
    asOf: '2026-03',
    confidence: 'low-medium',
    note: 'NC H100 v5 carries H100 NVL, a PCIe card; priced here against h100-pcie.',
  },
  {
    id: 'gcp-a3-high',
    provider: 'gcp',
    gpu: 'h100-sxm',
    offer: 'A3-High (H100) after the mid-2025 cut',
    quotedPrice: '3.00',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: COSTNIMBUS,
    source: 'costnimbus (single secondary source)',
    asOf: '2026-03',
    confidence: 'low',
    note: 'Was ~11.06 before mid-2025. GCP prices whole machine types (GPU plus CPU/RAM/SSD).',
  },
  {
    id: 'lambda-h100-8x',
    provider: 'lambda',
    gpu: 'h100-sxm',
    offer: '8× H100 SXM on-demand',
    quotedPrice: '2.99',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: COSTNIMBUS,
    source: 'costnimbus; computespec; techplained (2026-04)',
    asOf: '2026-03',
    confidence: 'medium',
    isDefault: true,
  },
  {
    id: 'lambda-h100-1x',
    provider: 'lambda',
    gpu: 'h100-pcie',
    offer: '1× H100 on-demand',
    quotedPrice: '2.49',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: COSTNIMBUS,
    source: 'costnimbus; computespec; techplained (2026-04)',
    asOf: '2026-03',
    confidence: 'medium',
    note: 'HARDWARE.md says only "1×"; Lambda\'s single-GPU H100 instances are PCIe.',
    isDefault: true,
  },
  {
    id: 'lambda-h100-reserved',
    provider: 'lambda',
    gpu: 'h100-sxm',
    offer: 'H100 reserved',
    quotedPrice: '1.85',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'reserved',
    sourceUrl: COSTNIMBUS,
    source: 'costnimbus; computespec; techplained (2026-04)',
    asOf: '2026-03',
    confidence: 'medium',
  },
  {
    id: 'runpod-h100-secure',
    provider: 'runpod',
    gpu: 'h100-sxm',
    offer: 'RunPod Secure Cloud H100',
    quotedPrice: '2.79',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: TECHPLAINED,
    source: 'techplained',
    asOf: '2026-04',
    confidence: 'medium',
    note: 'Form factor not stated by the source; taken as SXM.',
  },
  {
    id: 'vast-h100-low',
    provider: 'vast',
    gpu: 'h100-sxm',
    offer: 'Vast.ai marketplace H100, low end',
    quotedPrice: '1.49',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'marketplace',
    sourceUrl: TECHPLAINED,
    source: 'techplained; costnimbus (2026-03)',
    asOf: '2026-04',
    confidence: 'medium',
    note: 'Range 1.49-1.87; form factor not stated, taken as SXM.',
  },
  {
    id: 'vast-h100-high',
    provider: 'vast',
    gpu: 'h100-sxm',
    offer: 'Vast.ai marketplace H100, high end',
    quotedPrice: '1.87',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'marketplace',
    sourceUrl: TECHPLAINED,
    source: 'techplained; costnimbus (2026-03)',
    asOf: '2026-04',
    confidence: 'medium',
    note: 'Range 1.49-1.87; form factor not stated, taken as SXM.',
  },
  {
    id: 'neocloud-h200-low',
    provider: 'neocloud',
    gpu: 'h200',
    offer: 'H200 on neoclouds (Vultr, Nebius, FluidStack, RunPod…), low end',
    quotedPrice: '1.99',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    source: 'pricing summary "collected 2026-01-02" in a public repository (URL not recorded in HARDWARE.md)',
    asOf: '2026-01-02',
    confidence: 'low-medium',
    note: 'Range 1.99-3.80.',
  },
  {
    id: 'neocloud-h200-high',
    provider: 'neocloud',
    gpu: 'h200',
    offer: 'H200 on neoclouds (Vultr, Nebius, FluidStack, RunPod…), high end',
    quotedPrice: '3.80',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    source: 'pricing summary "collected 2026-01-02" in a public repository (URL not recorded in HARDWARE.md)',
    asOf: '2026-01-02',
    confidence: 'low-medium',
    note: 'Range 1.99-3.80; the high end is the conservative default.',
    isDefault: true,
  },
  {
    id: 'specialised-b200-low',
    provider: 'specialised-cloud',
    gpu: 'b200',
    offer: 'B200 on specialised clouds, low end',
    quotedPrice: '3.75',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: LYCEUM,
    source: 'Lyceum; packet.ai (2026-06, vendor claim)',
    asOf: '2026-03',
    confidence: 'low',
    note: 'Range ~3.75-6.00.',
  },
  {
    id: 'specialised-b200-high',
    provider: 'specialised-cloud',
    gpu: 'b200',
    offer: 'B200 on specialised clouds, high end',
    quotedPrice: '6.00',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: PACKET,
    source: 'packet.ai (vendor claim); Lyceum (2026-03)',
    asOf: '2026-06',
    confidence: 'low',
    note: 'Range ~3.75-6.00; the high end is the conservative default.',
    isDefault: true,
  },
  {
    id: 'specialised-b200-spot',
    provider: 'specialised-cloud',
    gpu: 'b200',
    offer: 'B200 spot, from',
    quotedPrice: '2.25',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'spot',
    sourceUrl: PACKET,
    source: 'packet.ai (vendor claim)',
    asOf: '2026-06',
    confidence: 'low',
  },
  {
    id: 'hyperscaler-l4-low',
    provider: 'hyperscaler',
    gpu: 'l4',
    offer: 'GCP g2-standard-4 / AWS G6, low end',
    quotedPrice: '0.70',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: COSTNIMBUS,
    source: 'costnimbus',
    asOf: '2026-03',
    confidence: 'low-medium',
    note: 'Range ~0.70-1.10; GCP machine types bundle CPU and RAM.',
  },
  {
    id: 'hyperscaler-l4-high',
    provider: 'hyperscaler',
    gpu: 'l4',
    offer: 'GCP g2-standard-4 / AWS G6, high end',
    quotedPrice: '1.10',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: COSTNIMBUS,
    source: 'costnimbus',
    asOf: '2026-03',
    confidence: 'low-medium',
    note: 'Range ~0.70-1.10; the high end is the conservative default.',
    isDefault: true,
  },
  {
    id: 'deepseek-v3-convention',
    provider: 'deepseek-v3-convention',
    gpu: 'h100-sxm',
    offer: 'rental-equivalent assumption, $2 per H800-hour',
    quotedPrice: '2.00',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'reference',
    sourceUrl: DEEPSEEK_V3,
    source: 'DeepSeek-V3 technical report',
    asOf: '2024-12',
    confidence: 'high',
    note: 'An assumption, not an offer: $5.576M for 2.788M H800-hours. H800 has H100 SXM tensor throughput.',
  },
];

/** Per GPU-hour, exactly: the quote divided by the GPUs it covers. */
export function pricePerGpuHour(entry: PriceEntry): Money {
  return new Money(entry.quotedPrice).div(entry.gpusPerQuote);
}

export const PROVIDERS: readonly string[] = [...new Set(PRICES.map((entry) => entry.provider))];

export function pricesForGpu(gpuId: string): PriceEntry[] {
  return PRICES.filter((entry) => entry.gpu === gpuId);
}

export function defaultPriceFor(gpuId: string): PriceEntry | undefined {
  return PRICES.find((entry) => entry.gpu === gpuId && entry.isDefault);
}

const KIND_PREFERENCE: readonly PriceKind[] = ['on-demand', 'reserved', 'marketplace', 'spot', 'reference'];

const normalise = (text: string): string => text.trim().toLowerCase();

/**
 * The price for `gpuId` from `provider` (a provider id such as "aws", or a
 * price id such as "aws-capacity-block-p5"), or the GPU's default when no
 * provider is named. Among several offers of one provider: its default, then
 * on-demand before reserved/marketplace/spot, then the newest.
 * Returns undefined only when no provider was named and the GPU has no default.
 */
export function findPrice(field: FieldId, gpuId: string, provider?: string): PriceEntry | undefined {
  if (provider === undefined) return defaultPriceFor(gpuId);
  const wanted = normalise(provider);
  if (!PRICES.some((entry) => entry.id === wanted || entry.provider === wanted)) {
    throw new InputError(
      field,
      { code: 'unknown-provider', value: clipTyped(provider.trim()) },
      { form: 'provider', providers: PROVIDERS, priceIds: PRICES.map((entry) => entry.id) },
    );
  }
  const offers = pricesForGpu(gpuId).filter((entry) => entry.id === wanted || entry.provider === wanted);
  if (offers.length === 0) {
    const others = [...new Set(pricesForGpu(gpuId).map((entry) => entry.provider))];
    throw new InputError(
      field,
      { code: 'provider-has-no-price', provider: wanted, gpu: gpuId },
      { form: 'providers-for-gpu', gpu: gpuId, others },
    );
  }
  return [...offers].sort(compareOffers(wanted))[0];
}

function compareOffers(wanted: string): (a: PriceEntry, b: PriceEntry) => number {
  const rank = (entry: PriceEntry): number[] => [
    entry.id === wanted ? 0 : 1,
    entry.isDefault ? 0 : 1,
    KIND_PREFERENCE.indexOf(entry.kind),
  ];
  return (a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    return a.asOf === b.asOf ? 0 : a.asOf < b.asOf ? 1 : -1; // newest first
  };
}
