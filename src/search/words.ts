/**
 * A query that is a sentence, in its content words: 自治体の補助金は使えますか →
 * 自治体, 補助金. The browser's own Intl.Segmenter splits it into words (no
 * library bytes). Its words in kanji, katakana and Latin letters are kept;
 * its hiragana is taken as its grammar (particles, auxiliaries, endings,
 * okurigana) and left out, with the stem of a verb (使えますか), 何, and the
 * words that ask rather than say what about (方法, 教えて: 選考方法 is 選考).
 * Without Intl.Segmenter there is no sentence step: contentWords gives undefined.
 */
import { normalize } from './normalize.js';

const segmenter = Intl.Segmenter && new Intl.Segmenter('ja', { granularity: 'word' });

/**
 * A run of katakana, taken whole: ICU splits a katakana word it does not know (コンソーシャム: コン ソー シャム, アリ・ババ).
 * Two characters or more: one is no word (ヶ in 何ヶ月 stays with the segmenter).
 */
const KATAKANA = /[\u30A1-\u30F6][\u30A0-\u30FF]+/g;
/** Tests a segment of one character (a longer one is a word by its length). */
const KANJI = /\p{sc=Han}/u;
/**
 * Hiragana alone, the query's grammar; the words that ask, not what about; and spaces and punctuation. The
 * segmenter's own isWordLike is not asked: Firefox's says no to some words in a sentence (番号 in 会員番号 忘れた,
 * 支援 in 別の支援プログラム), where Chromium's and WebKit's say yes.
 */
const NO_WORD = /^(\p{sc=Hira}+$|何|方法|やり方|仕方|教え|[^\p{L}\p{N}])/u;
/** Okurigana after one kanji, the stem of a verb (使えますか, 返って); a particle follows a noun (県の). */
const OKURIGANA = /^(?![のをがはにでともへや])\p{sc=Hira}+$/u;

/** The content words of a query, normalized, each once; undefined where the browser has no Intl.Segmenter. */
export function contentWords(query: string): string[] | undefined {
  if (!segmenter) return undefined;
  const text = query.normalize('NFKC');
  const words: string[] = text.match(KATAKANA) ?? [];
  const segments = [...segmenter.segment(text.replace(KATAKANA, ' '))];
  segments.forEach(({ segment }, i) => {
    // One letter is no word (へんきn); one kanji is (県), but for a verb's stem. After the last segment, test() reads "undefined": no okurigana.
    if (!NO_WORD.test(segment) && (segment.length > 1 || (KANJI.test(segment) && !OKURIGANA.test(segments[i + 1]?.segment)))) words.push(segment);
  });
  // A word may normalize to nothing (ー).
  return [...new Set(words.map(normalize))].filter(Boolean);
}
