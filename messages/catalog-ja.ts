/**
 * The price table's and the GPU catalog's English texts (core/cost/prices.ts, core/cost/gpus.ts) worded in
 * Japanese, keyed by id: each offer's name, the source's title and the source's note, and each GPU's note. A
 * Japanese reader of `distilplan prices` and `gpus` then loses nothing the English reader gets. Product, vendor and
 * publication names stay as they are written. English reads core's own texts; a test checks every id is here.
 */

/** One offer of the price table in Japanese: `offer`, `source` and `note` as core's PriceEntry has them. */
export interface OfferWords {
  readonly offer: string;
  readonly source: string;
  readonly note?: string;
}

const JUNE_CUT = '2025年6月の値下げ後';
const CAPACITY_BLOCKS = 'AWS Capacity Blocks の料金ページ';
const CAPACITY_NOTE = '予約料金。2025-01-01 の改定まで有効な料金。';
const VANTAGE = 'instances.vantage.sh（2026-10-06 参照、公開の価格メモ経由）';
const LAMBDA_LIST =
  'Lambda のオンデマンド価格表（2026年7月のコンソールを公開リポジトリが転記したもの。lambda.ai の 2026-10-06 参照分は公開リポジトリの価格メモ経由）';
const TPU_PAGE = 'Google Cloud TPU の料金ページ（公開リポジトリでの引用、2026-08）';
const TPU_NOTE = 'リージョンにより異なります。2025年2月にも同じ額が掲載されていました。';
const CLIFF = 'Cliff Center のリサーチノート';
const NEOCLOUD_SOURCE = '公開リポジトリの価格まとめ（「2026-01-02 収集」、URL は HARDWARE.md に記録なし）';
const VAST_NOTE = '範囲 1.49〜1.87。形状は出典に記載がなく、SXM とみなしています。';

export const OFFERS_JA: Readonly<Record<string, OfferWords>> = {
  'aws-p5-2023': {
    offer: 'p5.48xlarge（H100 × 8）、2025年6月の値下げ前の定価',
    source: 'The Next Platform',
    note: '2025年6月の値下げ（−44%）で古くなりました。2026年のブログの多くはまだこの額を引用しています。',
  },
  'aws-p5': {
    offer: `p5.48xlarge（H100 SXM × 8）、${JUNE_CUT}`,
    source: `${VANTAGE}、GetDeploying（2026-09-12）、ComputeTape（2026-07）。AWS は2025年6月に値下げを発表`,
    note: 'GPU時間あたり $6.88。2025年6月以前はインスタンス時間あたり $98.32。',
  },
  'aws-capacity-block-p5': { offer: 'EC2 Capacity Blocks、p5', source: CAPACITY_BLOCKS, note: CAPACITY_NOTE },
  'aws-p5en': {
    offer: 'p5en.48xlarge（H200 × 8）',
    source: 'マージ済みプルリクエストにある dstack のオファー一覧（AWS オンデマンド、us-east-1、us-east-2、us-west-2）',
    note: 'GPU時間あたり $7.912。Packet.ai（2026-06）は AWS の H200 と B200 を $8.00〜14.24 としています。',
  },
  'aws-capacity-block-p5e': { offer: 'EC2 Capacity Blocks、p5e', source: CAPACITY_BLOCKS, note: CAPACITY_NOTE },
  'aws-capacity-block-p4d': {
    offer: 'EC2 Capacity Blocks、p4d（A100 40 GB）',
    source: CAPACITY_BLOCKS,
    note: CAPACITY_NOTE,
  },
  'aws-p4d': {
    offer: `p4d.24xlarge（A100 40 GB × 8）、${JUNE_CUT}`,
    source: 'GetDeploying（2026-09-12）、公開リポジトリのテストにある AWS PriceList の数値（2026-07-27）',
    note: 'GPU時間あたり $2.745。インスタンス時間あたり $32.77 から −33%。p4d は 40 GB の A100 を載せています。',
  },
  'aws-p6-b200': {
    offer: 'p6-b200.48xlarge（B200 × 8）',
    source: `${VANTAGE}。packet.ai（2026-06）は $14.24 としています`,
    note: 'GPU時間あたり $14.24。',
  },
  'aws-g6-xlarge': {
    offer: 'g6.xlarge（L4 × 1）',
    source: VANTAGE,
    note: 'インスタンスの 4 vCPU と 16 GiB を含みます。',
  },
  'aws-g6e-xlarge': {
    offer: 'g6e.xlarge（L40S × 1）',
    source: 'Modal による L40S の価格調査（AWS の料金を引用、us-east-1）',
  },
  'azure-nd-h100-v5': { offer: 'ND H100 v5（GPU 8台）、VM 時間あたり約 $98', source: 'rmmartins' },
  'azure-nc-h100-v5': {
    offer: 'NC H100 v5（H100 NVL）',
    source: 'GetDeploying（2026-09-12）、costnimbus（2026-03）',
    note: 'NC H100 v5 シリーズが載せるのは H100 NVL（94 GB）で、SXM5 や 80 GB の PCIe カードではありません。',
  },
  'azure-mi300x': {
    offer: 'ND MI300X v5（概算）',
    source: `${CLIFF}（Azure と Oracle は MI300X を約 $6 で掲載）`,
    note: '「$6/hr」と記載。Oracle も同じです。',
  },
  'gcp-a3-high': {
    offer: 'a3-highgpu-8g（H100 × 8）、米国',
    source: 'GetDeploying（2026-09-12）、ComputeTape（2026-07）',
    note: 'マシンタイプ全体（GPU と CPU、RAM、SSD）の GPU 1台あたり。以前ここに載せていた $3.00 はオンデマンド価格ではありません。',
  },
  'gcp-a3-high-3yr': {
    offer: 'a3-highgpu-8g、3年の確約利用',
    source: 'GetDeploying（2026-09-12）、ComputeTape（2026-07）',
  },
  'gcp-tpu-v5e': { offer: 'Cloud TPU v5e、チップ時間あたり', source: TPU_PAGE, note: TPU_NOTE },
  'gcp-tpu-v5p': { offer: 'Cloud TPU v5p、チップ時間あたり', source: TPU_PAGE, note: TPU_NOTE },
  'gcp-tpu-v6e': {
    offer: 'Cloud TPU v6e（Trillium）、チップ時間あたり',
    source: TPU_PAGE,
    note: 'リージョンにより異なります。',
  },
  'lambda-h100-8x': {
    offer: 'H100 SXM5 × 8',
    source: `${LAMBDA_LIST}、GetDeploying（2026-09-12）`,
    note: 'GPU時間あたり $3.99（SXM5 × 1 は $4.29）。2026年3月は $2.99 でした。',
  },
  'lambda-h100-1x': {
    offer: 'H100 PCIe × 1',
    source: `GetDeploying（2026-09-12）、${LAMBDA_LIST}`,
    note: '2026年3月は $2.49 でした。',
  },
  'lambda-h100-reserved': { offer: 'H100 リザーブド', source: 'costnimbus、computespec、techplained（2026-04）' },
  'lambda-a100-80gb-8x': {
    offer: 'A100 SXM4 80 GB × 8',
    source: LAMBDA_LIST,
    note: 'GPU時間あたり $2.79。後のメモ（2026-10-06）はインスタンスの大きさなしで「80GB $3.99」としています。',
  },
  'lambda-a100-40gb-8x': {
    offer: 'A100 SXM4 40 GB × 8',
    source: LAMBDA_LIST,
    note: 'GPU時間あたり $1.99。1台のインスタンスも同じです。',
  },
  'lambda-b200-8x': {
    offer: 'B200 SXM6 × 8',
    source: LAMBDA_LIST,
    note: 'GPU時間あたり $6.69（1台は $6.99）。',
  },
  'runpod-h100-secure': {
    offer: 'RunPod Secure Cloud の H100',
    source: 'techplained',
    note: '形状は出典に記載がなく、SXM とみなしています。',
  },
  'vast-h100-low': {
    offer: 'Vast.ai マーケットプレイスの H100、下限',
    source: 'techplained、costnimbus（2026-03）',
    note: VAST_NOTE,
  },
  'vast-h100-high': {
    offer: 'Vast.ai マーケットプレイスの H100、上限',
    source: 'techplained、costnimbus（2026-03）',
    note: VAST_NOTE,
  },
  'vultr-mi300x': { offer: 'Vultr の MI300X', source: CLIFF },
  'vultr-l40s': { offer: 'Vultr の L40S', source: 'Modal による L40S の価格調査' },
  'tensorwave-mi300x': {
    offer: 'TensorWave の MI300X',
    source: CLIFF,
    note: 'オファーの契約期間は出典に記載がありません。',
  },
  'crusoe-mi300x-spot': { offer: 'Crusoe の MI300X スポット', source: CLIFF },
  'neocloud-h200-low': {
    offer: 'ネオクラウド（Vultr、Nebius、FluidStack、RunPod…）の H200、下限',
    source: NEOCLOUD_SOURCE,
    note: '範囲 1.99〜3.80。',
  },
  'neocloud-h200-high': {
    offer: 'ネオクラウド（Vultr、Nebius、FluidStack、RunPod…）の H200、上限',
    source: NEOCLOUD_SOURCE,
    note: '範囲 1.99〜3.80。',
  },
  'specialised-b200-low': {
    offer: '専門クラウドの B200、下限',
    source: 'Lyceum、packet.ai（2026-06、事業者の主張）',
    note: '範囲 約3.75〜6.00。',
  },
  'specialised-b200-high': {
    offer: '専門クラウドの B200、上限',
    source: 'packet.ai（事業者の主張）、Lyceum（2026-03）',
    note: '範囲 約3.75〜6.00。',
  },
  'specialised-b200-spot': { offer: 'B200 スポット、最低価格', source: 'packet.ai（事業者の主張）' },
  'hyperscaler-l4-low': {
    offer: 'GCP g2-standard-4 / AWS G6、下限',
    source: 'costnimbus',
    note: '範囲 約0.70〜1.10。GCP のマシンタイプは CPU と RAM を含みます。',
  },
  'hyperscaler-l4-high': {
    offer: 'GCP g2-standard-4 / AWS G6、上限',
    source: 'costnimbus',
    note: '範囲 約0.70〜1.10。',
  },
  'deepseek-v3-convention': {
    offer: 'レンタル相当の仮定、H800 時間あたり $2',
    source: 'DeepSeek-V3 技術報告',
    note: 'オファーではなく仮定：H800 の 278.8万時間で $557.6万。H800 のテンソル演算性能は H100 SXM と同じです。',
  },
};

/** Each GPU's source note (GpuSpec.note) in Japanese, by id. */
export const GPU_NOTES_JA: Readonly<Record<string, string>> = {
  a100: 'NVIDIA A100 データシートの 80 GB 版の数値。FP8 のテンソルコアはありません。',
  'a100-40gb':
    '80 GB 版とテンソル演算性能は同じ。その価格（AWS p4d）を 80 GB 版の価格と読まないよう、別の ID にしています。',
  'h100-sxm':
    'Hopper ホワイトペーパー。NVIDIA のデータシートは「スパース性あり」の数値を示します。FP8 の密な値はデータシートの 3,958 の半分です。',
  'h100-pcie': 'BF16 の密な値は約 756（スパース 1,513）。FP8 の密な値はデータシートのスパース 3,026 の半分です。',
  'h100-nvl':
    'データシートは「スパース性あり」の数値（BF16 1,671、FP8 3,341）を示し、密な値はその半分です。Azure NC H100 v5 がこれを載せています。',
  h200: 'H100 SXM と同じ GH100 ダイでテンソル演算性能も同じ。スパースの 1,979 を密な値と誤って載せる仕様ページもあります。',
  b200: 'NVIDIA HGX B200 の表。FP8 の密な値はスパースの 9,000 の半分です。',
  gb200: 'GB200 スーパーチップ内の B200 GPU 1基あたり。FP8 の密な値はスパースの 10,000 の半分です。',
  l4: 'データシートはスパースの数値（BF16 242、FP8 485）のみを示し、密な値はその半分です。ブーストクロックで約 125 とする第三者の計算もあります。',
  l40s: 'HARDWARE.md：第三者の仕様ページから密な値は約 362〜366。FP8 の密な値はスパースの 1,466 の半分です。',
  mi300x:
    'AMD の「約 1.3 PFLOPS FP16」の密な値。第三者のページは一致しません（330.6 はベクトル演算、2,615 はスパース）。FP8 の密な値 2,614.9 は AMD による。',
};

/** An offer's Japanese words by its price-table id; undefined for a user's own price or an id not worded here. */
export function offerJa(id: string | undefined): OfferWords | undefined {
  return id !== undefined && Object.hasOwn(OFFERS_JA, id) ? OFFERS_JA[id] : undefined;
}
