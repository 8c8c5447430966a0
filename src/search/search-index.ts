/**
 * The search over the FAQ. Every text is normalized once, when the content
 * is loaded; a keystroke only normalizes the query and compares strings.
 * A query goes through the steps of steps.ts, from the strictest, until one
 * finds something.
 */
import type { FaqContent } from '../content/model.js';
import { highlight, type Piece } from './highlight.js';
import { normalize, normalizeWithMap, queryTerms, type NormalizedText } from './normalize.js';
import { romajiToKana } from './romaji.js';
import { bigrams, similar, withEvery, withMost, type Entry } from './steps.js';
import { SYNONYMS } from './synonyms.js';
import { contentWords } from './words.js';

/** A query term as every normalized form that counts as a match for it, the term itself first. */
export type SearchTerm = readonly string[];

/** No terms, no marks: one array, so that a memoized part compares it at a glance. */
export const NO_TERMS: readonly SearchTerm[] = [];

export interface SearchResult {
  /**
   * What to mark: the terms of the step that found the items (after the similarity step, each term's
   * character pairs, so that the first form is no longer the term as typed).
   */
  readonly terms: readonly SearchTerm[];
  /** The ids of the items found, in document order. */
  readonly ids: ReadonlySet<string>;
  /** Whether they were found by a forgiving step: no question has every term as typed. */
  readonly related?: boolean;
}

/**
 * A reader types a few words: a longer query (a pasted page) is searched by
 * its start, so that no query makes typing wait.
 */
const MAX_QUERY_LENGTH = 200;

/**
 * Each synonym with its group, longest first, so that a term takes the longest one it contains. Normalized at
 * once (the separators stay as they are); a reading in romaji, in kana (henkin: へんきん), which a query in romaji
 * is turned into too; an English word is no romaji. No member is in two groups.
 */
const synonyms = normalize(SYNONYMS)
  .split(' ')
  .flatMap((group) => {
    const forms = group.split(',').map(romajiToKana);
    return forms.map((form) => [form, forms] as const);
  })
  .sort(([a], [b]) => b.length - a.length);

/**
 * The forms a term matches: itself; in
 * kana, when it is or ends in romaji (henkin, へんきn: へんきん); and, for each synonym a form
 * contains, the form with each of the synonym's group in its place (お申し込み:
 * お申込み; さいたくきじゅん: 採択基準, a reading in each half).
 */
export function expandTerm(term: string): SearchTerm {
  // A word in romaji, or its end still in romaji as the IME has it (へんきn).
  const forms = new Set([term, term.replace(/[a-z]+$/, romajiToKana)]);
  for (const [synonym, group] of synonyms) {
    // A bound, so that a long term full of synonyms stays quick.
    for (const form of [...forms]) if (form.includes(synonym) && forms.size < 16) for (const other of group) forms.add(form.replace(synonym, other));
  }
  return [...forms];
}

export class SearchIndex {
  private _entries?: readonly Entry[];
  /** Each text shown with highlights, normalized the first time it is highlighted. */
  private readonly _maps = new Map<string, NormalizedText>();

  constructor(private readonly _content: FaqContent) {}

  /**
   * Built on the first search, so a reader who never searches never pays for
   * it. The keywords are searched as the text is. Spaces are left out, so that
   * goldsupplier finds Gold Supplier; a line break keeps the texts apart.
   */
  private _indexed() {
    return (this._entries ??= this._content.items.map((item) => ({
      id: item.id,
      text: normalize([item.label + item.question, item.answerText, ...item.keywords].join('\n')).replace(/[^\S\n]+/g, ''),
    })));
  }

  /**
   * Normalizes the content now (when the reader reaches the search box), not on the first keystroke; and has the
   * browser load its Japanese word list, which its first sentence with kanji takes tens of milliseconds for.
   */
  prepare(): void {
    this._indexed();
    contentWords('補助金');
  }

  /** The items the query finds, by the first step that finds any. An empty query matches everything. */
  search(query: string): SearchResult {
    const entries = this._indexed();
    const text = query.slice(0, MAX_QUERY_LENGTH);
    let terms = queryTerms(text).map(expandTerm);
    let found = withEvery(entries, terms);
    const related = !found.length;
    // (A blank query has no terms, which every question has: it never gets here.)
    if (related) {
      const words = contentWords(text);
      if (words?.length) {
        // The words as they are, then a verb or adjective also by its kanji without its okurigana
        // (問い合わせる by 問い合, 始まり by 始): each with every word, then with most.
        const plain = words.map(expandTerm);
        const stemmed = plain.map((forms) => [...forms, ...expandTerm(forms[0].replace(/(?<=\p{sc=Han})\p{sc=Hira}+$/u, ''))]);
        for (const set of [plain, stemmed]) {
          for (const step of [withEvery, withMost]) if (!found.length) found = step(entries, (terms = set));
        }
        if (!found.length) terms = plain;
      } else found = withMost(entries, terms);
      if (!found.length) {
        // The marks show the character pairs of the words' forms, where the text has them.
        found = similar(entries, terms);
        terms = terms.map((forms) => forms.flatMap(bigrams));
      }
    }
    return { terms, ids: new Set(found.map((entry) => entry.id)), related: related && found.length > 0 };
  }

  /** `text` in pieces, the matches of `terms` marked. */
  highlight(text: string, terms: readonly SearchTerm[]): Piece[] {
    let map = this._maps.get(text);
    if (!map) this._maps.set(text, (map = normalizeWithMap(text)));
    return highlight(text, map, terms);
  }
}
