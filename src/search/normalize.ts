/**
 * Japanese-aware normalization for search: NFKC (full- and half-width letters,
 * digits and katakana become one form), lower case, katakana folded to
 * hiragana, small kana to their full size and the long-vowel mark and the
 * middle dot left out (ジエトロ = ジェトロ, サプライヤ = サプライヤー: readers type both). It
 * keeps, for every character it produces, where that character came from,
 * so a match can be highlighted in the original text.
 */

export interface NormalizedText {
  /** The normalized text. */
  readonly text: string;
  /**
   * For each UTF-16 unit of `text`, the start of its source in the original.
   * Absent when each unit comes from the unit at the same offset.
   */
  readonly starts?: readonly number[];
  /** For each UTF-16 unit of `text`, the end of its source in the original; absent as `starts` is. */
  readonly ends?: readonly number[];
}

/** Moves a character by `by` code points. */
const shift = (c: string, by: number) => String.fromCharCode(c.charCodeAt(0) + by);

/** Folds one already NFKC-normalized, lower-cased piece: katakana to hiragana, small kana (each one code point below its full size) up, ー and ・ (ゴールド・サプライヤー) out: every small kana sorts below ・ (U+30FB) and ー (U+30FC). */
function fold(piece: string): string {
  return piece.replace(/[\u30A1-\u30F6]/g, (c) => shift(c, -0x60)).replace(/[ぁぃぅぇぉっゃゅょゎ・ー]/g, (c) => (c < '・' ? shift(c, 1) : ''));
}

/** Normalizes a query or a whole text, without the source map: the fast path, for indexing. */
export function normalize(text: string): string {
  return fold(text.normalize('NFKC').toLowerCase());
}

/**
 * Characters that can join the one before them under NFKC (combining marks,
 * half-width voiced marks, Hangul jamo). Without them, each character maps to
 * one or more, so an unchanged length means one for one.
 */
const JOINING = /[\p{M}\uFF9E\uFF9F\u1100-\u11FF\u3130-\u318F]/u;

/**
 * A character and the marks after it that NFKC may join to it: combining
 * marks and half-width voiced marks (ｶﾞ, é).
 */
const CLUSTER = /.[\p{M}\uFF9E\uFF9F]*/gsu;

/** Normalizes text a character at a time, with its marks, recording where each output unit came from. */
export function normalizeWithMap(original: string): NormalizedText {
  const whole = normalize(original);
  if (whole.length === original.length && !JOINING.test(original)) {
    // The common case, Japanese and Latin text alike: one unit for one, no per-character work.
    return { text: whole };
  }
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let start = 0;
  // Never null: the text is not empty here, and every character starts a cluster.
  for (const cluster of original.match(CLUSTER)!) {
    const end = start + cluster.length;
    const piece = normalize(cluster);
    for (let i = 0; i < piece.length; i++) {
      starts.push(start);
      ends.push(end);
    }
    text += piece;
    start = end;
  }
  return { text, starts, ends };
}

/** A query's terms: split on any space (the full-width space becomes one under NFKC). */
export function queryTerms(query: string): string[] {
  return normalize(query).split(/\s+/).filter(Boolean);
}
