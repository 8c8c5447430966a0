/**
 * A query that is a sentence, in its content words: 返金してもらえますか →
 * 返金. The browser's own Intl.Segmenter splits it into words (no library
 * bytes); particles, auxiliaries and endings are left out. Without
 * Intl.Segmenter there is no sentence step: contentWords gives undefined.
 */
import { normalize } from './normalize.js';

const segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('ja', { granularity: 'word' }) : undefined;

/** Words that carry no content and that no ending cuts: particles of two kana or more, question words. */
const FUNCTION_WORDS = new Set('から まで より とは など について なに 何 どんな どの どこ いる ある'.split(' '));
/**
 * Where the ending of a run of hiragana starts (したい, できますか, してもらえ…),
 * so that its stem stays: へんきんできますか → へんきん. ICU splits hiragana
 * into pieces that differ between engines, so a run is joined before it is cut.
 * たい and ない only at an end or before a particle: たいしよう (対象) and ないよう (内容) are words.
 */
const ENDING = /でき|し[たてま]|さ[れせ]|す[るれ]|ま[すせ]|で[すし]|な[かく]|[たな]い(?:$|[でのか])|たら|くだ|もら|いただ|ほし|よい|どう|って|ても/;
const HIRAGANA = /^[\u3041-\u309F]+$/;
const KATAKANA = /^[\u30A0-\u30FF]+$/;

/** The content words of a query, normalized, each once; undefined where the browser has no Intl.Segmenter. */
export function contentWords(query: string): string[] | undefined {
  if (!segmenter) return undefined;
  const words = new Set<string>();
  // ICU splits a run of hiragana, and a katakana word it does not know (アリ・ババ), into pieces: a run is taken whole.
  let run: string[] = [];
  let kind = 0;
  const endRun = () => {
    if (kind === 1) {
      // A particle before the run's word goes (番号がわかりません: わかり); a stem is cut from its ending.
      if (run.length > 1 && run[0].length < 2) run.shift();
      const joined = run.join('');
      const cut = joined.search(ENDING);
      const stem = cut < 0 ? joined : joined.slice(0, cut);
      if (stem.length > 1 && !FUNCTION_WORDS.has(stem)) words.add(stem);
    } else if (run.length) {
      const word = run.join('');
      if (!FUNCTION_WORDS.has(word)) words.add(word);
    }
    run = [];
    kind = 0;
  };
  for (const { segment, isWordLike } of segmenter.segment(query.normalize('NFKC'))) {
    // 1: hiragana, 2: katakana, 3: another word, each a word of its own.
    const next = !isWordLike ? 0 : HIRAGANA.test(segment) ? 1 : KATAKANA.test(segment) ? 2 : 3;
    if (next !== kind || next === 3) endRun();
    if (next) run.push(normalize(segment));
    kind = next;
  }
  endRun();
  return [...words];
}
