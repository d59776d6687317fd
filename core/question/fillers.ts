/**
 * Words a question may carry that say nothing the reader needs ("should we",
 * "蒸留すべき？"): they are not named back as unread. Anything else left over is.
 */

const ENGLISH = new Set(
  `a an the we i you our us me my should shall would could can will do does did is are be it its this that these
  to of for with from on in at by and or vs versus than which what whether how better cheaper best worth worthwhile
  distil distill distilled distilling distillation train trained training directly direct model models student
  teacher param params parameter parameters size budget tokens token please tell want need if using use go have has
  existing new one make get answer question directly? instead cheapest cheaper? better? good idea option options
  run runs against between either way spend spending money compute our? let's lets let so then when there here more
  less much? just about design first cheapest sharing share shared around roughly approximately up was were been being pretrained pre-trained already`
    .split(/\s+/)
    .filter((word) => word !== ''),
);

/** Longest first, so 蒸留すべき goes before すべき. */
const JAPANESE = [
  'だったら',
  'だと',
  '設計して',
  '設計',
  '一番',
  '終わらせたい',
  '終わらせる',
  '終えたい',
  '終える',
  '終わる',
  '完了したい',
  '完了する',
  '完了',
  '仕上げたい',
  '間に合わせたい',
  'でしょうか',
  'ですか',
  'ますか',
  'ください',
  'かかりますか',
  'かかる',
  '蒸留すべき',
  '蒸留したい',
  '蒸留する',
  '蒸留して',
  '蒸留',
  '直接学習',
  '直接',
  '事前学習',
  '学習済み',
  '学習する',
  '学習',
  '訓練',
  'すべき',
  'したい',
  'します',
  'する',
  'して',
  'した',
  'です',
  'ます',
  'どっちが',
  'どちらが',
  'どっち',
  'どちら',
  'ほうが',
  '方が',
  '安い',
  '高い',
  '良い',
  'いい',
  '得',
  '場合',
  'なら',
  'モデル',
  'パラメータ',
  'パラメーター',
  '予算',
  '生徒',
  '教師',
  '既存',
  '判定',
  '教えて',
  '比較',
  'いくら',
  '費用',
  '作る',
  '作りたい',
  '使う',
  '使って',
  '使用',
  '作成',
  'べき',
  'たい',
  'について',
  'として',
  'それとも',
  'または',
  'あるいは',
  'すると',
  'ある',
  'あり',
  '今',
  '新しい',
  '新規',
  '小さい',
  '小型',
  '用',
  '約',
  'ぐらい',
  'くらい',
  'ほど',
  'トークン',
  '推論する',
  '推論',
  '配信',
  '生成',
  'どう',
  'ですが',
];
const PARTICLES = /[をのはがでにともかへやよねな]/g;

export function isFiller(word: string): boolean {
  const lower = word.toLowerCase().replace(/^[-'"]+|[-'"?.!]+$/g, '');
  return lower === '' || ENGLISH.has(lower) || /^[-–—/&+*#.…~=|]+$/.test(lower);
}

/** What remains of a Japanese word once filler words and particles are taken out ('' when nothing does). */
export function japaneseLeftover(word: string): string {
  let rest = word;
  for (const filler of JAPANESE) rest = rest.split(filler).join(' ');
  rest = rest.replace(PARTICLES, ' ').replace(/[?!？！・…~〜ー]/g, ' ');
  return rest
    .split(/\s+/)
    .filter((piece) => piece !== '' && !isFiller(piece))
    .join(' ');
}
