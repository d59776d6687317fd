/**
 * The accelerator catalog, as data. Peaks are DENSE tensor FLOP/s per
 * precision (no 2:4 sparsity); datasheets often headline the sparse figure,
 * which would silently halve every GPU-hour estimate (HARDWARE.md pitfall 2).
 * Sparse figures are kept alongside so tests can check dense ≤ sparse.
 * `sourceDate` is when the figure was read from its source (the research notes
 * in HARDWARE.md, November 2026); the datasheets themselves are undated.
 */
import { type Accepted, clipTyped, type FieldId, InputError } from '../errors.js';

export type Precision = 'bf16' | 'fp16' | 'fp8';
export const PRECISIONS: readonly Precision[] = ['bf16', 'fp16', 'fp8'];

export interface GpuSpec {
  id: string;
  name: string;
  vendor: 'NVIDIA' | 'Google' | 'AMD';
  /** Dense peak per precision, FLOP/s. Missing precision = not supported / not published. */
  denseFlopsPerSecond: Partial<Record<Precision, number>>;
  /** The 2:4-sparsity figure datasheets headline, FLOP/s, where one exists. */
  sparseFlopsPerSecond: Partial<Record<Precision, number>>;
  memoryGB: number;
  memoryNote: string;
  /** What people type; matched case-insensitively, ignoring spaces, '-' and '_'. */
  aliases: readonly string[];
  sourceUrl: string;
  sourceDate: string;
  confidence: 'high' | 'medium-high' | 'medium';
  note?: string;
}

const READ = '2026-11';
const T = 1e12;

export const GPUS: readonly GpuSpec[] = [
  {
    id: 'a100',
    name: 'NVIDIA A100 SXM',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 312 * T, fp16: 312 * T },
    sparseFlopsPerSecond: { bf16: 624 * T, fp16: 624 * T },
    memoryGB: 80,
    memoryNote: '80 GB HBM2e, 2.04 TB/s; 400 W',
    aliases: ['a100', 'a100-sxm', 'a100-sxm4', 'a100-80gb', 'a100-sxm4-80gb'],
    sourceUrl: 'https://glennklockwood.com/garden/processors/A100',
    sourceDate: READ,
    confidence: 'high',
    note: 'NVIDIA A100 datasheet figures, the 80 GB part. No FP8 tensor cores.',
  },
  {
    id: 'a100-40gb',
    name: 'NVIDIA A100 SXM 40 GB',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 312 * T, fp16: 312 * T },
    sparseFlopsPerSecond: { bf16: 624 * T, fp16: 624 * T },
    memoryGB: 40,
    memoryNote: '40 GB HBM2, 1.56 TB/s; 400 W',
    aliases: ['a100-40gb', 'a100-40', 'a100-sxm4-40gb'],
    sourceUrl: 'https://glennklockwood.com/garden/processors/A100',
    sourceDate: READ,
    confidence: 'high',
    note: "Same tensor throughput as the 80 GB part; a separate id so its prices (AWS p4d) are not read as the 80 GB part's.",
  },
  {
    id: 'h100-sxm',
    name: 'NVIDIA H100 SXM5',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 989.4 * T, fp16: 989.4 * T, fp8: 1978.9 * T },
    sparseFlopsPerSecond: { bf16: 1978.9 * T, fp16: 1978.9 * T, fp8: 3957.8 * T },
    memoryGB: 80,
    memoryNote: '80 GB HBM3, 3.35 TB/s; 700 W',
    aliases: ['h100', 'h100-sxm', 'h100-sxm5', 'h100-80gb'],
    sourceUrl: 'https://glennklockwood.com/garden/processors/h100',
    sourceDate: READ,
    confidence: 'high',
    note: 'Hopper whitepaper. The NVIDIA datasheet shows figures "with sparsity"; FP8 dense is the datasheet 3,958 halved.',
  },
  {
    id: 'h100-pcie',
    name: 'NVIDIA H100 PCIe',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 756 * T, fp16: 756 * T, fp8: 1513 * T },
    sparseFlopsPerSecond: { bf16: 1513 * T, fp16: 1513 * T, fp8: 3026 * T },
    memoryGB: 80,
    memoryNote: '80 GB HBM2e, 2.0 TB/s; 300-350 W',
    aliases: ['h100-pcie', 'h100pcie'],
    sourceUrl: 'https://archive-lib.hpctech.co.jp/gpuproduct/nvidia-h100.html',
    sourceDate: READ,
    confidence: 'high',
    note: 'BF16 dense ~756 (sparse 1,513). FP8 dense is the datasheet sparse 3,026 halved.',
  },
  {
    id: 'h100-nvl',
    name: 'NVIDIA H100 NVL',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 835.5 * T, fp16: 835.5 * T, fp8: 1670.5 * T },
    sparseFlopsPerSecond: { bf16: 1671 * T, fp16: 1671 * T, fp8: 3341 * T },
    memoryGB: 94,
    memoryNote: '94 GB HBM3, 3.9 TB/s; 350-400 W; PCIe card paired by an NVLink bridge',
    aliases: ['h100-nvl', 'h100nvl', 'h100-94gb'],
    sourceUrl: 'https://www.nvidia.com/en-us/data-center/h100/',
    sourceDate: '2026-12',
    confidence: 'medium',
    note: 'The datasheet gives figures "with sparsity" (1,671 BF16, 3,341 FP8); dense is those halved. Azure NC H100 v5 carries it.',
  },
  {
    id: 'h200',
    name: 'NVIDIA H200 SXM',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 989.4 * T, fp16: 989.4 * T, fp8: 1978.9 * T },
    sparseFlopsPerSecond: { bf16: 1978.9 * T, fp16: 1978.9 * T, fp8: 3957.8 * T },
    memoryGB: 141,
    memoryNote: '141 GB HBM3e, 4.8 TB/s; 700 W',
    aliases: ['h200', 'h200-sxm'],
    sourceUrl: 'https://glennklockwood.com/garden/processors/h100',
    sourceDate: READ,
    confidence: 'high',
    note: 'Same GH100 die and tensor throughput as H100 SXM; some spec pages wrongly label the sparse 1,979 as dense.',
  },
  {
    id: 'b200',
    name: 'NVIDIA B200 (HGX, 1,000 W)',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 2250 * T, fp16: 2250 * T, fp8: 4500 * T },
    sparseFlopsPerSecond: { bf16: 4500 * T, fp16: 4500 * T, fp8: 9000 * T },
    memoryGB: 180,
    memoryNote: '180 GB HBM3e, 7.7 TB/s (HGX table); "192 GB" in marketing',
    aliases: ['b200', 'b200-hgx', 'hgx-b200'],
    sourceUrl: 'https://glennklockwood.com/garden/processors/B200',
    sourceDate: READ,
    confidence: 'medium-high',
    note: 'NVIDIA HGX B200 table; FP8 dense is the sparse 9,000 halved.',
  },
  {
    id: 'gb200',
    name: 'NVIDIA B200 in GB200 (1,200 W)',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 2500 * T, fp16: 2500 * T, fp8: 5000 * T },
    sparseFlopsPerSecond: { bf16: 5000 * T, fp16: 5000 * T, fp8: 10000 * T },
    memoryGB: 186,
    memoryNote: '186 GB HBM3e, 8 TB/s',
    aliases: ['gb200', 'b200-gb200'],
    sourceUrl: 'https://zdszero.github.io/Computer/Artificial_Intelligence/Hardware.html',
    sourceDate: READ,
    confidence: 'medium-high',
    note: 'Per B200 GPU in a GB200 superchip; FP8 dense is the sparse 10,000 halved.',
  },
  {
    id: 'l4',
    name: 'NVIDIA L4',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 121 * T, fp16: 121 * T, fp8: 242.5 * T },
    sparseFlopsPerSecond: { bf16: 242 * T, fp16: 242 * T, fp8: 485 * T },
    memoryGB: 24,
    memoryNote: '24 GB GDDR6, 300 GB/s; 72 W',
    aliases: ['l4'],
    sourceUrl: 'https://grokipedia.com/page/NVIDIA_L4_vs_L40S',
    sourceDate: READ,
    confidence: 'medium-high',
    note: 'The datasheet gives only sparse figures (242 BF16, 485 FP8); dense is those halved. Third parties compute ~125 at boost clock.',
  },
  {
    id: 'l40s',
    name: 'NVIDIA L40S',
    vendor: 'NVIDIA',
    denseFlopsPerSecond: { bf16: 362.05 * T, fp16: 362.05 * T, fp8: 733 * T },
    sparseFlopsPerSecond: { bf16: 733 * T, fp16: 733 * T, fp8: 1466 * T },
    memoryGB: 48,
    memoryNote: '48 GB GDDR6, 864 GB/s; 350 W',
    aliases: ['l40s', 'l40-s'],
    sourceUrl: 'https://www.nvidia.com/en-us/data-center/l40s/',
    sourceDate: READ,
    confidence: 'medium',
    note: 'HARDWARE.md: ~362-366 dense from third-party spec pages; FP8 dense is the sparse 1,466 halved.',
  },
  {
    id: 'tpu-v5e',
    name: 'Google TPU v5e (per chip)',
    vendor: 'Google',
    denseFlopsPerSecond: { bf16: 197 * T },
    sparseFlopsPerSecond: {},
    memoryGB: 16,
    memoryNote: '16 GB HBM, ~819 GB/s',
    aliases: ['tpu-v5e', 'v5e', 'tpuv5e', 'tpu-v5-lite'],
    sourceUrl: 'https://docs.cloud.google.com/tpu/docs/v5e',
    sourceDate: READ,
    confidence: 'high',
  },
  {
    id: 'tpu-v5p',
    name: 'Google TPU v5p (per chip)',
    vendor: 'Google',
    denseFlopsPerSecond: { bf16: 459 * T },
    sparseFlopsPerSecond: {},
    memoryGB: 95,
    memoryNote: '95 GB HBM2e, 2,765 GB/s',
    aliases: ['tpu-v5p', 'v5p', 'tpuv5p'],
    sourceUrl: 'https://cloud.google.com/tpu/docs/v5p-training',
    sourceDate: READ,
    confidence: 'high',
  },
  {
    id: 'tpu-v6e',
    name: 'Google TPU v6e Trillium (per chip)',
    vendor: 'Google',
    denseFlopsPerSecond: { bf16: 918 * T },
    sparseFlopsPerSecond: {},
    memoryGB: 32,
    memoryNote: '32 GB HBM, 1,638 GB/s',
    aliases: ['tpu-v6e', 'v6e', 'tpuv6e', 'trillium'],
    sourceUrl: 'https://docs.cloud.google.com/tpu/docs/v6e.md.txt',
    sourceDate: READ,
    confidence: 'high',
  },
  {
    id: 'mi300x',
    name: 'AMD Instinct MI300X',
    vendor: 'AMD',
    denseFlopsPerSecond: { bf16: 1307.4 * T, fp16: 1307.4 * T, fp8: 2614.9 * T },
    sparseFlopsPerSecond: { bf16: 2614.9 * T, fp16: 2614.9 * T, fp8: 5229.8 * T },
    memoryGB: 192,
    memoryNote: '192 GB HBM3, 5.3 TB/s; 750 W',
    aliases: ['mi300x', 'mi300', 'amd-mi300x'],
    sourceUrl: 'https://www.jaredwatkins.com/research/ai-accelerators/amd-instinct/mi300-series/',
    sourceDate: READ,
    confidence: 'medium',
    note: 'AMD "~1.3 PFLOPS FP16" dense. Third-party pages disagree (330.6 is the vector rate; 2,615 is sparse). FP8 dense 2,614.9 per AMD.',
  },
];

export const DEFAULT_GPU_ID = 'h100-sxm';

/** Lowercase, without spaces, '-', '_' or '.', so "H100 SXM", "h100-sxm" and "H100_SXM" match. */
function normalise(id: string): string {
  return id.toLowerCase().replace(/[\s\-_.]/g, '');
}

const BY_NAME = new Map<string, GpuSpec>();
for (const gpu of GPUS) for (const name of [gpu.id, ...gpu.aliases]) BY_NAME.set(normalise(name), gpu);

export const GPU_IDS: readonly string[] = GPUS.map((gpu) => gpu.id);

/** The GPU a user named; unknown names get an error listing the catalog ids. */
export function findGpu(field: FieldId, name: unknown): GpuSpec {
  const accepted: Accepted = { form: 'gpu', ids: GPU_IDS };
  if (typeof name !== 'string' || name.trim() === '') throw new InputError(field, { code: 'missing' }, accepted);
  const gpu = BY_NAME.get(normalise(name.trim()));
  if (!gpu) throw new InputError(field, { code: 'unknown-gpu', value: clipTyped(name.trim()) }, accepted);
  return gpu;
}

/** Quietly looks a GPU up (for parsers that try a word as a GPU name). */
export function lookupGpu(name: string): GpuSpec | undefined {
  return BY_NAME.get(normalise(name));
}

export function parsePrecision(field: FieldId, input: unknown): Precision {
  const accepted: Accepted = { form: 'one-of', ids: PRECISIONS };
  if (input === undefined) return 'bf16';
  const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
  const found = PRECISIONS.find((precision) => precision === text);
  if (!found) throw new InputError(field, { code: 'unknown-precision', value: clipTyped(String(input)) }, accepted);
  return found;
}

/** Dense peak FLOP/s of `gpu` at `precision`; an error if the catalog has none. */
export function densePeakFlopsPerSecond(gpu: GpuSpec, precision: Precision, field: FieldId = 'precision'): number {
  const peak = gpu.denseFlopsPerSecond[precision];
  if (peak === undefined) {
    const available = PRECISIONS.filter((p) => gpu.denseFlopsPerSecond[p] !== undefined);
    throw new InputError(
      field,
      { code: 'no-peak', precision, gpu: gpu.id },
      { form: 'precision-for-gpu', gpu: gpu.id, available },
    );
  }
  return peak;
}
