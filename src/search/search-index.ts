/**
 * The search over the FAQ. Every text is normalized once, when the content
 * is loaded; a keystroke only normalizes the query and compares strings.
 */
import type { FaqContent, FaqItem } from '../content/model.js';
import { highlight, type Piece } from './highlight.js';
import { normalize, normalizeWithMap, queryTerms, type NormalizedText } from './normalize.js';
import { SYNONYM_GROUPS } from './synonyms.js';

/** A query term and every normalized form that counts as a match for it. */
export interface SearchTerm {
  readonly term: string;
  readonly forms: readonly string[];
}

/** No terms, no marks: one array, so that a memoized part compares it at a glance. */
export const NO_TERMS: readonly SearchTerm[] = [];

export interface SearchResult {
  readonly terms: readonly SearchTerm[];
  /** The ids of the items that match every term, in document order. */
  readonly ids: ReadonlySet<string>;
}

const synonymsByForm = new Map<string, readonly string[]>();
for (const group of SYNONYM_GROUPS) {
  const forms = group.map(normalize);
  for (const form of forms) synonymsByForm.set(form, forms);
}

/** The forms a term matches: itself, and its synonyms when it is one of a group. */
export function expandTerm(term: string): SearchTerm {
  return { term, forms: synonymsByForm.get(term) ?? [term] };
}

export class SearchIndex {
  private _entries?: readonly { readonly id: string; readonly text: string }[];
  /** Each text shown with highlights, normalized the first time it is highlighted. */
  private readonly _maps = new Map<string, NormalizedText>();

  constructor(private readonly _content: FaqContent) {}

  /** Built on the first search, so a reader who never searches never pays for it. */
  private _indexed() {
    this._entries ??= this._content.items.map((item: FaqItem) => ({
      id: item.id,
      text: normalize(`${item.label} ${item.question}\n${item.answerText}`),
    }));
    return this._entries;
  }

  /** Normalizes the content now (when the reader reaches the search box), not on the first keystroke. */
  prepare(): void {
    this._indexed();
  }

  /** The items that match every term of the query. An empty query matches everything. */
  search(query: string): SearchResult {
    const terms = queryTerms(query).map(expandTerm);
    const ids = new Set<string>();
    for (const entry of this._indexed()) {
      if (terms.every(({ forms }) => forms.some((form) => entry.text.includes(form)))) ids.add(entry.id);
    }
    return { terms, ids };
  }

  /** `text` in pieces, the matches of `terms` marked. */
  highlight(text: string, terms: readonly SearchTerm[]): Piece[] {
    if (terms.length === 0) return [{ text, marked: false }];
    let map = this._maps.get(text);
    if (!map) this._maps.set(text, (map = normalizeWithMap(text)));
    return highlight(text, map, terms);
  }
}
