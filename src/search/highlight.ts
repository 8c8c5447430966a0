/** Splits text into the pieces to show plain and the pieces to show in <mark>. */
import type { NormalizedText } from './normalize.js';
import type { SearchTerm } from './search-index.js';

export interface Piece {
  readonly text: string;
  readonly marked: boolean;
}

/** The ranges of `text` (in its own offsets) that match any form of any term, merged. */
function matchRanges(map: NormalizedText, terms: readonly SearchTerm[]): [number, number][] {
  const ranges: [number, number][] = [];
  for (const { forms } of terms) {
    for (const form of forms) {
      for (let at = map.text.indexOf(form); at !== -1; at = map.text.indexOf(form, at + 1)) {
        const last = at + form.length - 1;
        ranges.push([map.starts?.[at] ?? at, map.ends?.[last] ?? last + 1]);
      }
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * Splits `text` into marked and plain pieces.
 * @param map `text` normalized with normalizeWithMap (the caller keeps it, to normalize once).
 */
export function highlight(text: string, map: NormalizedText, terms: readonly SearchTerm[]): Piece[] {
  if (terms.length === 0) return [{ text, marked: false }];
  const pieces: Piece[] = [];
  let last = 0;
  for (const [start, end] of matchRanges(map, terms)) {
    if (start > last) pieces.push({ text: text.slice(last, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    last = end;
  }
  if (last < text.length) pieces.push({ text: text.slice(last), marked: false });
  return pieces;
}
