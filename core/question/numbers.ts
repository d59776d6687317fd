/**
 * Number forms people type in Japanese and English, folded to the forms the
 * parsers read: kanji numerals (五百万円 → 500万円, 三千万 → 3000万, 七十億 → 70億),
 * 万/億/兆 counts (10億 → 1B, 2兆 → 2T) and English scale words (7 billion → 7B).
 */

const KANJI_DIGIT: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const KANJI_SMALL_UNIT: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };
const KANJI_BIG_UNIT: Readonly<Record<string, number>> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** A run of kanji numerals with at least one digit or 十/百/千 (万 alone is no number). */
const KANJI_RUN =
  /[〇零一二三四五六七八九十百千万億兆]*[〇零一二三四五六七八九十百千][〇零一二三四五六七八九十百千万億兆]*/g;

/** The value of a group below 万: 三千五百 → 3500, 十 → 10, 二〇 → 20. */
function smallGroup(text: string): number {
  let total = 0;
  let digits = '';
  for (const char of text) {
    if (Object.hasOwn(KANJI_DIGIT, char)) {
      digits += String(KANJI_DIGIT[char]);
    } else {
      const unit = KANJI_SMALL_UNIT[char]!;
      total += (digits === '' ? 1 : Number(digits)) * unit;
      digits = '';
    }
  }
  return total + (digits === '' ? 0 : Number(digits));
}

/** 五百万 → "500万", 一億五千万 → "1.5億", 三千 → "3000": the largest unit kept, so 円 and 万 stay readable. */
function kanjiToArabic(run: string): string {
  let total = 0;
  let group = '';
  let largest = '';
  for (const char of run) {
    if (Object.hasOwn(KANJI_BIG_UNIT, char)) {
      total += (group === '' ? 1 : smallGroup(group)) * KANJI_BIG_UNIT[char]!;
      if (largest === '') largest = char;
      group = '';
    } else {
      group += char;
    }
  }
  total += group === '' ? 0 : smallGroup(group);
  if (largest === '') return String(total);
  return `${Number((total / KANJI_BIG_UNIT[largest]!).toPrecision(12))}${largest}`;
}

/** Replaces every kanji numeral in the text by Arabic digits (一日 → 1日; 万, 億, 兆 stay as units). */
export function foldKanjiNumerals(text: string): string {
  // After an Arabic digit the kanji are a multiplier the money reader knows (3百万円, 5千万円): left as typed.
  return text.replace(KANJI_RUN, (run, offset: number) => {
    if (/\d/.test(text[offset - 1] ?? '')) return run;
    // A lone 一…九 is a number only before a counter (一日, 三台, 五年); in words it stays (一覧, 統一, 一番).
    const next = text[offset + run.length] ?? '';
    if (run.length === 1 && !/[日年台円ドル個つ人週月]/.test(next)) return run;
    return kanjiToArabic(run);
  });
}

/** Scale words as powers of ten: a count is shifted in decimal (9.7億 is 970,000,000 exactly, not 9.7 × 1e8). */
// 京 (1e16): answers print token counts up to the limit's 10京 (countJa), so a person may type them back.
const JAPANESE_SCALE: Readonly<Record<string, number>> = { 万: 4, 百万: 6, 千万: 7, 億: 8, 兆: 12, 京: 16 };
const ENGLISH_SCALE: Readonly<Record<string, number>> = {
  thousand: 3,
  million: 6,
  mn: 6,
  billion: 9,
  bn: 9,
  trillion: 12,
};

/** A count with a 万/億/兆/京 or English scale word: 10億, 2兆, 7 billion, 1.5 trillion. */
const SCALED = /^(\d+(?:\.\d+)?)\s*(百万|千万|万|億|兆|京|thousand|million|mn|billion|bn|trillion)$/i;

/**
 * A count as the count parser reads it: 10億 → "1B", 2兆 → "2T", 7 billion → "7B", 1.5B stays.
 * Undefined when the text carries no scale word to fold (it is then read as typed).
 */
export function foldScaledCount(text: string): string | undefined {
  const match = SCALED.exec(text.trim());
  if (!match) return undefined;
  return countText(scaledNumber(match[1]!, match[2]!));
}

/** Decimal digits with a scale word (9.7, 億 → 970000000), read with the scale's exponent: the nearest double. */
export function scaledNumber(digits: string, scaleWord: string): number {
  const exponent = JAPANESE_SCALE[scaleWord] ?? ENGLISH_SCALE[scaleWord.toLowerCase()]!;
  return Number(`${digits}e${exponent}`);
}

/** A count in the k/M/B/T form the parsers read, exact (never rounded): 1e9 → "1B", 3.5e7 → "35M". */
export function countText(value: number): string {
  for (const [suffix, scale] of [
    ['T', 1e12],
    ['B', 1e9],
    ['M', 1e6],
    ['k', 1e3],
  ] as const) {
    if (value >= scale) {
      const scaled = Number((value / scale).toPrecision(12));
      // Only an exact form: the parser must read back the very number (1.5 × 1e9 is 1500000000 exactly).
      if (scaled * scale === value) return `${scaled}${suffix}`;
    }
  }
  return String(value);
}
