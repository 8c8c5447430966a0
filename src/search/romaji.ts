/**
 * Romaji to kana, as an IME would type it: henkin → へんきん, jetoro → じぇとろ.
 * The kana come out already folded as normalize() folds them (small kana full
 * size: kya → きや), so they compare with normalized text as they are.
 */

/** The kana of each consonant's row (a i u e o), the vowels' row first; a missing syllable takes the nearest kana. */
const ROWS = ' kstnhmyrwgzdbp';
const KANA =
  'あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやいゆえよらりるれろわいうえをがぎぐげござじずぜぞだぢづでどばびぶべぼぱぴぷぺぽ';
/** A syllable: its consonant, a y glide, its vowel; n before no vowel (ん); a doubled consonant (っ). */
const SYLLABLE = /^(?:([kstnhmyrwgzdbp]?)(y?)([aiueo])|(nn?)(?![aiueoy])|([kstnhmrwgzdbp])(?=\5))/;

/** The kana of a word in Latin letters, or undefined when it is not romaji (refund, cancel). */
export function romajiToKana(word: string): string | undefined {
  let kana = '';
  // Hepburn's spellings as the table's: shi si, cha tya, ja zya, tsu tu, fu hu.
  let rest = word.replace(/sh/g, 'sy').replace(/ch/g, 'ty').replace(/j/g, 'zy').replace(/ts/g, 't').replace(/fu/g, 'hu');
  while (rest) {
    const match = SYLLABLE.exec(rest);
    if (!match) return undefined;
    // A y glide adds the y row's kana after the consonant's i: kya きや, kyi き.
    const [whole, consonant = '', glide, vowel, n, doubled] = match;
    const v = 'aiueo'.indexOf(vowel);
    const row = ROWS.indexOf(consonant || ' ') * 5;
    kana += n ? 'ん' : doubled ? 'つ' : glide ? KANA[row + 1] + (v === 1 ? '' : KANA[35 + v]) : KANA[row + v];
    rest = rest.slice(whole.length);
  }
  return kana;
}
