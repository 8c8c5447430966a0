/**
 * The search's steps, from the strictest: each is tried only when the one
 * before finds nothing, so that what is shown stays relevant. Pure functions of
 * the indexed entries and the query's terms.
 */
import type { SearchTerm } from './search-index.js';

/** A question as the index holds it: its anchor and its text, normalized, keywords included. */
export interface Entry {
  readonly id: string;
  readonly text: string;
}

const has = (entry: Entry, forms: SearchTerm) => forms.some((form) => entry.text.includes(form));

/** The entries with every term: the strict step, and the step of a sentence's content words. */
export function withEvery(entries: readonly Entry[], terms: readonly SearchTerm[]): Entry[] {
  return entries.filter((entry) => terms.every((term) => has(entry, term)));
}

/**
 * The entries with more than half of the terms: 会員番号がわかりません finds
 * Q1 by 会員 and 番号. With two terms or fewer, more than half is every term,
 * which the step before tried.
 */
export function withMost(entries: readonly Entry[], terms: readonly SearchTerm[]): Entry[] {
  return terms.length < 3 ? [] : entries.filter((entry) => terms.filter((term) => has(entry, term)).length > terms.length / 2);
}

/** How much of the query's character pairs an entry must have: one typo in five letters passes, two do not. */
export const SIMILARITY = 0.6;

/** A word's character pairs (its one character, when it has one). */
export function bigrams(word: string): string[] {
  return word.length < 2 ? [word] : [...Array(word.length - 1).keys()].map((i) => word.slice(i, i + 2));
}

/**
 * The entries in which every term has, in one of its forms, most of its
 * character pairs, as a misspelt or differently written word still has
 * (コンソーシャム, コンソーシアム; へいこうしてもうしこみ by its form 並行して申込):
 * each term at SIMILARITY or more. Fewer than three pairs in the terms as typed
 * say too little to guess from.
 */
export function similar(entries: readonly Entry[], terms: readonly SearchTerm[]): Entry[] {
  const pairsOf = terms.map((forms) => forms.map(bigrams));
  if (pairsOf.flatMap(([typed]) => typed).length < 3) return [];
  // Most entries fail at their first term, so looking each pair up where it is needed beats finding them all once.
  return entries.filter((entry) =>
    pairsOf.every((forms) => forms.some((own) => own.filter((pair) => entry.text.includes(pair)).length >= SIMILARITY * own.length)),
  );
}
