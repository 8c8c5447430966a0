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
import { SYNONYM_GROUPS } from './synonyms.js';
import { contentWords } from './words.js';

/** A query term and every normalized form that counts as a match for it. */
export interface SearchTerm {
  readonly term: string;
  readonly forms: readonly string[];
}

/** No terms, no marks: one array, so that a memoized part compares it at a glance. */
export const NO_TERMS: readonly SearchTerm[] = [];

export interface SearchResult {
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

const groupOf = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) {
  const forms = group.map(normalize);
  for (const form of forms) groupOf.set(form, forms);
}
/** The synonyms, longest first, so that a term takes the longest one it contains. */
const synonyms = [...groupOf.keys()].sort((a, b) => b.length - a.length);

/**
 * The forms a term matches: itself; in kana, when it is romaji (henkin:
 * へんきん); and, where it contains a synonym, the term with each of the
 * synonym's group in its place (お申し込み: お申込み).
 */
export function expandTerm(term: string): SearchTerm {
  const forms = new Set([term]);
  const kana = /^[a-z]+$/.test(term) && romajiToKana(term);
  if (kana) forms.add(kana);
  for (const form of [...forms]) {
    const synonym = synonyms.find((s) => form.includes(s));
    if (synonym) for (const other of groupOf.get(synonym)!) forms.add(form.replace(synonym, other));
  }
  return { term, forms: [...forms] };
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
    this._entries ??= this._content.items.map((item) => ({
      id: item.id,
      text: normalize([`${item.label} ${item.question}`, item.answerText, ...item.keywords].join('\n')).replace(/[^\S\n]+/g, ''),
    }));
    return this._entries;
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
    const related = found.length === 0;
    if (related && terms.length) {
      const words = contentWords(text);
      if (words?.length) {
        terms = words.map(expandTerm);
        found = withEvery(entries, terms);
      }
      if (!found.length) found = withMost(entries, terms);
      if (!found.length) {
        // The marks show the character pairs of the words, where the text has them.
        const words = terms.map(({ term }) => term);
        found = similar(entries, words);
        terms = words.flatMap(bigrams).map((pair) => ({ term: pair, forms: [pair] }));
      }
    }
    return { terms, ids: new Set(found.map(({ id }) => id)), related: related && found.length > 0 };
  }

  /** `text` in pieces, the matches of `terms` marked. */
  highlight(text: string, terms: readonly SearchTerm[]): Piece[] {
    if (terms.length === 0) return [{ text, marked: false }];
    let map = this._maps.get(text);
    if (!map) this._maps.set(text, (map = normalizeWithMap(text)));
    return highlight(text, map, terms);
  }
}
