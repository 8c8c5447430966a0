/**
 * Romaji to kana, as an IME would type it: henkin → へんきん, jetoro → じえとろ (じぇとろ folded).
 * The kana come out already folded as normalize() folds them (small kana full
 * size: kya → きや), so they compare with normalized text as they are.
 */

/**
 * The consonants, each row's first kana in the hiragana block, the vowels' row
 * first. A row's kana follow its first 2 code points apart up to だ (か が き ぎ…),
 * 3 apart for は ば ぱ, 1 for the rest.
 */
const ROWS = ' kgsztdhbpnmyrw';
const FIRST = 'あかがさざただはばぱなまやらわ';

/** The kana of a word in Latin letters, or the word as it is when it is not romaji (refund, cancel, 返金). */
export function romajiToKana(word: string): string {
  const kana = word
    // Hepburn's spellings as the rows': shi si, cha tya, ja zya, tsu tu, fu hu.
    .replace(/sh/g, 'sy')
    .replace(/ch/g, 'ty')
    .replace(/j/g, 'zy')
    .replace(/ts/g, 't')
    .replace(/fu/g, 'hu')
    // A y glide is the consonant's i and the y row's kana (kya きや, shi し, je じえ); yi, ye, wi, wu, we and wo are the vowels
    // (wo お, as Hepburn writes the particle を, which no content word has).
    .replace(/(?<=[kgsztdhbpnmrw])y(?=[aueo])/g, 'iy')
    .replace(/y(?=[ie])|w(?=[iueo])/g, '')
    // n before no vowel (ん), then a doubled consonant (っ, folded: つ).
    .replace(/nn?(?![aiueo])/g, 'ん')
    .replace(/([kgsztdhbpnmrw])(?=\1)/g, 'つ')
    .replace(/([kgsztdhbpnmyrw]?)([aiueo])/g, (_, consonant: string, vowel: string) => {
      // '' (a vowel alone) is found at 0, the vowels' row.
      const row = ROWS.indexOf(consonant);
      const code = FIRST.charCodeAt(row) + 'aiueo'.indexOf(vowel) * (row < 7 ? 2 : row < 10 ? 3 : 1);
      // っ (folded: つ) sits in the た row: つ, て, と and づ, で, ど are one code point further.
      return String.fromCharCode(code + +(code > 0x3062 && code < 0x3069));
    });
  return /[a-z]/.test(kana) ? word : kana;
}
