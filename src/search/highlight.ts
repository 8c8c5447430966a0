/** Splits text into the pieces to show plain and the pieces to show in <mark>. */
import type { NormalizedText } from './normalize.js';
import type { SearchTerm } from './search-index.js';

export interface Piece {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Splits `text` into marked and plain pieces: a piece is marked where any
 * form of any term matched, and matches that overlap or touch make one mark.
 * Without terms it is one plain piece (but for '', no piece): the partials call it only with terms.
 * @param map `text` normalized with normalizeWithMap (the caller keeps it, to normalize once).
 */
export function highlight(text: string, map: NormalizedText, terms: readonly SearchTerm[]): Piece[] {
  // Whether each UTF-16 unit of `text` (in its own offsets) is part of a match.
  const marked = new Array<boolean>(text.length).fill(false);
  for (const form of terms.flat()) {
    // An empty form would match at every offset, forever.
    if (!form) continue;
    for (let at = map.text.indexOf(form); at !== -1; at = map.text.indexOf(form, at + 1)) {
      const last = at + form.length - 1;
      marked.fill(true, map.starts?.[at] ?? at, map.ends?.[last] ?? last + 1);
    }
  }
  const pieces: Piece[] = [];
  for (let start = 0; start < text.length;) {
    const isMarked = marked[start];
    const next = marked.indexOf(!isMarked, start);
    const end = next === -1 ? text.length : next;
    pieces.push({ text: text.slice(start, end), marked: isMarked });
    start = end;
  }
  return pieces;
}
