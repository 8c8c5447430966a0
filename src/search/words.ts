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

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined;

const HIRAGANA = /^[\u3041-\u309F]+$/;
const KATAKANA = /^[\u30A0-\u30FF]+$/;
const KANJI = /^\p{sc=Han}$/u;
/** Particles, which follow a noun, unlike okurigana. */
const PARTICLES = 'のをがはにでともへや';
/** Words that ask, not what about. */
const ASKING = /^(何|方法|やり方|仕方|教え)/;

/** The content words of a query, normalized, each once; undefined where the browser has no Intl.Segmenter. */
export function contentWords(query: string): string[] | undefined {
  if (!segmenter) return undefined;
  const words = new Set<string>();
  // ICU splits a katakana word it does not know (アリ・ババ) into pieces: a run of katakana is taken whole.
  let katakana = '';
  const segments = [...segmenter.segment(query.normalize('NFKC'))];
  segments.forEach(({ segment, isWordLike }, i) => {
    if (isWordLike && KATAKANA.test(segment)) {
      katakana += segment;
      return;
    }
    if (katakana) words.add(normalize(katakana));
    katakana = '';
    const after = segments[i + 1]?.segment ?? '';
    // One kanji before okurigana, not before a particle, is a verb's stem (使えますか, 返って).
    const stem = KANJI.test(segment) && HIRAGANA.test(after) && !PARTICLES.includes(after[0]);
    // One letter is no word (へんきn); one kanji is (県).
    const word = isWordLike && !HIRAGANA.test(segment) && !stem && !ASKING.test(segment) && (segment.length > 1 || KANJI.test(segment));
    if (word) words.add(normalize(segment));
  });
  if (katakana) words.add(normalize(katakana));
  // A word may normalize to nothing (ー).
  return [...words].filter(Boolean);
}
