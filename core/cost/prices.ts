/**
 * Dated price table (refreshed December 2026 from public sources). Prices move
 * (at least twice in 2025-2026), so each one carries its source and as-of date
 * and is shown with the answer, with its provider and kind. Instance prices are stored as quoted and divided by the
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
  /**
   * The GPUs the offer rents at once when that is not its quote's count or a node of eight (a one-GPU instance):
   * what a scenario spreads the run over for its calendar days.
   */
  gpusPerNode?: number;
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
const AWS_CUT =
  'https://aws.amazon.com/blogs/aws/announcing-up-to-45-price-reduction-for-amazon-ec2-nvidia-gpu-accelerated-instances/';
const VANTAGE_P5 = 'https://instances.vantage.sh/aws/ec2/p5.48xlarge';
const VANTAGE_P6_B200 = 'https://instances.vantage.sh/aws/ec2/p6-b200.48xlarge';
const VANTAGE_G6 = 'https://instances.vantage.sh/aws/ec2/g6.xlarge';
const AWS_BLOCKS = 'https://aws.amazon.com/ec2/capacityblocks/pricing/';
const DSTACK_P5EN = 'https://github.com/dstackai/dstack/pull/4110';
const RMMARTINS = 'https://rmmartins.com/2026/06/11/cost-engineering-for-ai-when-idle-gpus-cost-more-than-your-car/';
const COSTNIMBUS = 'https://costnimbus.com/article/gpu-cost-management-ml-teams';
const GETDEPLOYING_H100 = 'https://getdeploying.com/gpus/nvidia-h100';
const LAMBDA = 'https://lambda.ai/service/gpu-cloud';
const TECHPLAINED = 'https://techplained.aptechsolutions.io/runpod-vs-vast-ai';
const PACKET = 'https://packet.ai/blog/gpu-pricing-models-compared';
const LYCEUM = 'https://lyceum.technology/magazine/nvidia-b200-gpu-cloud-pricing-2026/';
const MODAL_L40S = 'https://modal.com/blog/nvidia-l40s-price-article';
const CLIFFCENTER_MI300X = 'https://www.cliffcenter.com/research/amd-inference-economics';
const GCP_TPU = 'https://cloud.google.com/tpu/pricing';
const DEEPSEEK_V3 = 'https://arxiv.org/abs/2412.19437';

const USD = 'USD' as const;
const LAMBDA_SOURCE =
  "Lambda on-demand list (its console in July 2026, as mirrored in a public repository; lambda.ai read 2026-10-06 as relayed in a public repository's price notes)";
const TPU_SOURCE = 'Google Cloud TPU pricing page, as quoted in public repositories (2026-08)';

/**
 * Defaults (`isDefault`) follow one rule, checked over the whole table by a test: each GPU's default is an
 * on-demand list price with the newest date among that GPU's on-demand prices, so two GPUs' defaults compare
 * like with like. Where dates tie, Lambda's list is preferred (it prices most of the NVIDIA line-up at once).
 */
export const PRICES: readonly PriceEntry[] = [
  {
    id: 'aws-p5-2023',
    provider: 'aws',
    gpu: 'h100-sxm',
    offer: 'p5.48xlarge (8× H100), list price before the June 2025 cut',
    quotedPrice: '98.32',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    region: 'us-east',
    sourceUrl: NEXTPLATFORM,
    source: 'The Next Platform',
    asOf: '2023-07-27',
    confidence: 'high',
    note: 'Superseded by the June 2025 cut (−44%); many 2026 blogs still repeat it.',
  },
  {
    id: 'aws-p5',
    provider: 'aws',
    gpu: 'h100-sxm',
    offer: 'p5.48xlarge (8× H100 SXM) after the June 2025 cut',
    quotedPrice: '55.04',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    region: 'us-east-1',
    sourceUrl: VANTAGE_P5,
    source:
      'instances.vantage.sh (read 2026-10-06, as relayed in public price notes); GetDeploying (2026-09-12); ComputeTape (2026-07); AWS announced the cut in June 2025',
    asOf: '2026-10-06',
    confidence: 'medium',
    note: '$6.88 per GPU-hour; was $98.32 per instance-hour before June 2025.',
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
    id: 'aws-p5en',
    provider: 'aws',
    gpu: 'h200',
    offer: 'p5en.48xlarge (8× H200)',
    quotedPrice: '63.296',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    region: 'us-east-1',
    sourceUrl: DSTACK_P5EN,
    source: 'dstack offer listing in a merged pull request (AWS on-demand, us-east-1, us-east-2, us-west-2)',
    asOf: '2026-08-06',
    confidence: 'medium',
    note: '$7.912 per GPU-hour. Packet.ai (2026-06) gives AWS $8.00-14.24 for H200 and B200.',
    isDefault: true,
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
    gpu: 'a100-40gb',
    offer: 'EC2 Capacity Block, p4d (A100 40 GB)',
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
    gpu: 'a100-40gb',
    offer: 'p4d.24xlarge (8× A100 40 GB) after the June 2025 cut',
    quotedPrice: '21.96',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: AWS_CUT,
    source: "GetDeploying (2026-09-12); AWS's PriceList figure in a public repository's tests (2026-07-27)",
    asOf: '2026-09-12',
    confidence: 'medium',
    note: '$2.745 per GPU-hour; −33% from $32.77 per instance-hour. p4d carries the 40 GB A100.',
  },
  {
    id: 'aws-p6-b200',
    provider: 'aws',
    gpu: 'b200',
    offer: 'p6-b200.48xlarge (8× B200)',
    quotedPrice: '113.93',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    region: 'us-east-1',
    sourceUrl: VANTAGE_P6_B200,
    source:
      'instances.vantage.sh (read 2026-10-06, as relayed in public price notes); packet.ai (2026-06) quotes $14.24',
    asOf: '2026-10-06',
    confidence: 'medium',
    note: '$14.24 per GPU-hour.',
  },
  {
    id: 'aws-g6-xlarge',
    provider: 'aws',
    gpu: 'l4',
    offer: 'g6.xlarge (1× L4)',
    quotedPrice: '0.805',
    gpusPerQuote: 1,
    gpusPerNode: 1,
    currency: USD,
    kind: 'on-demand',
    region: 'us-east-1',
    sourceUrl: VANTAGE_G6,
    source: 'instances.vantage.sh (read 2026-10-06, as relayed in public price notes)',
    asOf: '2026-10-06',
    confidence: 'medium',
    note: 'Includes 4 vCPU and 16 GiB of the instance.',
    isDefault: true,
  },
  {
    id: 'aws-g6e-xlarge',
    provider: 'aws',
    gpu: 'l40s',
    offer: 'g6e.xlarge (1× L40S)',
    quotedPrice: '1.861',
    gpusPerQuote: 1,
    gpusPerNode: 1,
    currency: USD,
    kind: 'on-demand',
    region: 'us-east-1',
    sourceUrl: MODAL_L40S,
    source: 'Modal, L40S price survey citing AWS pricing (us-east-1)',
    asOf: '2025-08-12',
    confidence: 'medium',
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
    gpu: 'h100-nvl',
    offer: 'NC H100 v5 (H100 NVL)',
    quotedPrice: '6.98',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    region: 'East US',
    sourceUrl: GETDEPLOYING_H100,
    source: 'GetDeploying (2026-09-12); costnimbus (2026-03)',
    asOf: '2026-09-12',
    confidence: 'low-medium',
    note: 'The NC H100 v5 series carries the H100 NVL (94 GB), not an SXM5 or an 80 GB PCIe card.',
    isDefault: true,
  },
  {
    id: 'azure-mi300x',
    provider: 'azure',
    gpu: 'mi300x',
    offer: 'ND MI300X v5, approximately',
    quotedPrice: '6.00',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: CLIFFCENTER_MI300X,
    source: 'Cliff Center research note (Azure and Oracle list MI300X at about $6)',
    asOf: '2026-05-18',
    confidence: 'low',
    note: 'Given as "$6/hr"; Oracle is the same.',
  },
  {
    id: 'gcp-a3-high',
    provider: 'gcp',
    gpu: 'h100-sxm',
    offer: 'a3-highgpu-8g (8× H100), US',
    quotedPrice: '11.06',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: GETDEPLOYING_H100,
    source: 'GetDeploying (2026-09-12); ComputeTape (2026-07)',
    asOf: '2026-09-12',
    confidence: 'medium',
    note: 'Per GPU of the whole machine type (GPU plus CPU/RAM/SSD). The $3.00 once shown here is not an on-demand price.',
  },
  {
    id: 'gcp-a3-high-3yr',
    provider: 'gcp',
    gpu: 'h100-sxm',
    offer: 'a3-highgpu-8g, 3-year committed use',
    quotedPrice: '4.86',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'reserved',
    sourceUrl: GETDEPLOYING_H100,
    source: 'GetDeploying (2026-09-12); ComputeTape (2026-07)',
    asOf: '2026-09-12',
    confidence: 'medium',
  },
  {
    id: 'gcp-tpu-v5e',
    provider: 'gcp',
    gpu: 'tpu-v5e',
    offer: 'Cloud TPU v5e, per chip-hour',
    quotedPrice: '1.20',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: GCP_TPU,
    source: TPU_SOURCE,
    asOf: '2026-08',
    confidence: 'medium',
    note: 'Region-dependent; the same figure was on the page in February 2025.',
    isDefault: true,
  },
  {
    id: 'gcp-tpu-v5p',
    provider: 'gcp',
    gpu: 'tpu-v5p',
    offer: 'Cloud TPU v5p, per chip-hour',
    quotedPrice: '4.20',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: GCP_TPU,
    source: TPU_SOURCE,
    asOf: '2026-08',
    confidence: 'medium',
    note: 'Region-dependent; the same figure was on the page in February 2025.',
    isDefault: true,
  },
  {
    id: 'gcp-tpu-v6e',
    provider: 'gcp',
    gpu: 'tpu-v6e',
    offer: 'Cloud TPU v6e (Trillium), per chip-hour',
    quotedPrice: '2.70',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: GCP_TPU,
    source: TPU_SOURCE,
    asOf: '2026-08',
    confidence: 'medium',
    note: 'Region-dependent.',
    isDefault: true,
  },
  {
    id: 'lambda-h100-8x',
    provider: 'lambda',
    gpu: 'h100-sxm',
    offer: '8× H100 SXM5',
    quotedPrice: '31.92',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: LAMBDA,
    source: `${LAMBDA_SOURCE}; GetDeploying (2026-09-12)`,
    asOf: '2026-10-06',
    confidence: 'medium',
    note: '$3.99 per GPU-hour (1× SXM5 is $4.29); was $2.99 in March 2026.',
    isDefault: true,
  },
  {
    id: 'lambda-h100-1x',
    provider: 'lambda',
    gpu: 'h100-pcie',
    offer: '1× H100 PCIe',
    quotedPrice: '3.29',
    gpusPerQuote: 1,
    gpusPerNode: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: LAMBDA,
    source: `GetDeploying (2026-09-12); ${LAMBDA_SOURCE}`,
    asOf: '2026-09-12',
    confidence: 'medium',
    note: 'Was $2.49 in March 2026.',
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
    id: 'lambda-a100-80gb-8x',
    provider: 'lambda',
    gpu: 'a100',
    offer: '8× A100 SXM4 80 GB',
    quotedPrice: '22.32',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: LAMBDA,
    source: LAMBDA_SOURCE,
    asOf: '2026-07',
    confidence: 'low-medium',
    note: '$2.79 per GPU-hour. A later note (2026-10-06) gives "80GB $3.99" without the instance size.',
    isDefault: true,
  },
  {
    id: 'lambda-a100-40gb-8x',
    provider: 'lambda',
    gpu: 'a100-40gb',
    offer: '8× A100 SXM4 40 GB',
    quotedPrice: '15.92',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: LAMBDA,
    source: LAMBDA_SOURCE,
    asOf: '2026-10-06',
    confidence: 'medium',
    note: '$1.99 per GPU-hour, as is the 1× instance.',
    isDefault: true,
  },
  {
    id: 'lambda-b200-8x',
    provider: 'lambda',
    gpu: 'b200',
    offer: '8× B200 SXM6',
    quotedPrice: '53.52',
    gpusPerQuote: 8,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: LAMBDA,
    source: LAMBDA_SOURCE,
    asOf: '2026-10-06',
    confidence: 'medium',
    note: '$6.69 per GPU-hour (1× is $6.99).',
    isDefault: true,
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
    id: 'vultr-mi300x',
    provider: 'vultr',
    gpu: 'mi300x',
    offer: 'Vultr MI300X',
    quotedPrice: '1.85',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: CLIFFCENTER_MI300X,
    source: 'Cliff Center research note',
    asOf: '2026-05-18',
    confidence: 'low-medium',
    isDefault: true,
  },
  {
    id: 'vultr-l40s',
    provider: 'vultr',
    gpu: 'l40s',
    offer: 'Vultr L40S',
    quotedPrice: '1.67',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: MODAL_L40S,
    source: 'Modal, L40S price survey',
    asOf: '2025-08-12',
    confidence: 'medium',
    isDefault: true,
  },
  {
    id: 'tensorwave-mi300x',
    provider: 'tensorwave',
    gpu: 'mi300x',
    offer: 'TensorWave MI300X',
    quotedPrice: '1.50',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'on-demand',
    sourceUrl: CLIFFCENTER_MI300X,
    source: 'Cliff Center research note',
    asOf: '2026-05-18',
    confidence: 'low-medium',
    note: 'Term of the offer not stated by the source.',
  },
  {
    id: 'crusoe-mi300x-spot',
    provider: 'crusoe',
    gpu: 'mi300x',
    offer: 'Crusoe MI300X spot',
    quotedPrice: '1.71',
    gpusPerQuote: 1,
    currency: USD,
    kind: 'spot',
    sourceUrl: CLIFFCENTER_MI300X,
    source: 'Cliff Center research note',
    asOf: '2026-05-18',
    confidence: 'low-medium',
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
    note: 'Range 1.99-3.80.',
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
    note: 'Range ~3.75-6.00.',
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
    note: 'Range ~0.70-1.10.',
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
 * provider is named. Among several offers of one provider the rule is the
 * defaults' rule: on-demand before reserved/marketplace/spot, then the newest,
 * then the GPU's default; so "aws" means AWS's latest on-demand list price.
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
  const rank = (entry: PriceEntry): number[] => [entry.id === wanted ? 0 : 1, KIND_PREFERENCE.indexOf(entry.kind)];
  return (a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i]! - rb[i]!;
    if (a.asOf !== b.asOf) return a.asOf < b.asOf ? 1 : -1; // newest first
    return (a.isDefault ? 0 : 1) - (b.isDefault ? 0 : 1);
  };
}
