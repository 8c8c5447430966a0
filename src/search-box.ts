/**
 * The search box: the query as typed (an IME's composition filters once it
 * ends; Escape clears), what it matches, and, once typing pauses, the result
 * count and the `jetro-faq-search` event.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FaqContent } from './content/model.js';
import { emit } from './events.js';
import { lastResult } from './last-result.js';
import { NO_TERMS, SearchIndex, type SearchResult, type SearchTerm } from './search/search-index.js';

/** How long typing must pause before `jetro-faq-search` is sent. */
const SEARCH_EVENT_DELAY = 400;
/**
 * Above this many matches, matches are not marked: a query that short matches
 * nearly everything, and marking it all would slow typing in a long FAQ.
 */
const MAX_MARKED_RESULTS = 100;

export class SearchBoxController implements ReactiveController {
  /** The search as typed; '' matches everything. */
  query = '';
  /** What the result count says, once typing pauses: the number of questions matched, or -1 for nothing. */
  count = -1;
  /** Whether those questions are related ones, found by a forgiving step: the count says so. */
  related = false;

  private readonly _indexFor = lastResult((content: FaqContent) => new SearchIndex(content));
  /** So that a render, a key press and an event ask the index once. */
  private readonly _search = lastResult((index: SearchIndex, query: string) => index.search(query));
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _content: () => FaqContent,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  /** The search over the content, built again when the content changes. */
  get index(): SearchIndex {
    return this._indexFor(this._content());
  }

  /** The questions the query matches, and its terms: every question when there is no query. */
  get matches(): SearchResult {
    return this._search(this.index, this.query);
  }

  /** The anchors of the questions the query matches, in document order: the same array while they hold. */
  get matchedIds(): readonly string[] {
    return this._matchedIdsFor(this._content(), this.matches);
  }

  private readonly _matchedIdsFor = lastResult((content: FaqContent, matches: SearchResult) =>
    content.items.filter((item) => matches.ids.has(item.id)).map((item) => item.id),
  );

  /** The terms to mark: none when the query matches too many questions to mark them all. */
  get marks(): readonly SearchTerm[] {
    const matches = this.matches;
    return matches.ids.size > MAX_MARKED_RESULTS ? NO_TERMS : matches.terms;
  }

  set(query: string): void {
    if (query === this.query) return;
    this.query = query;
    // The count is a live region: it speaks once typing pauses, not at every key, and goes at once with the query.
    if (!query) this.count = -1;
    this._host.requestUpdate();
    clearTimeout(this._timer);
    this._timer = setTimeout(() => {
      const { ids, related } = this.matches;
      const count = ids.size;
      if (query) {
        this.count = count;
        this.related = !!related;
        this._host.requestUpdate();
      }
      emit(this._host, 'jetro-faq-search', { query, count });
    }, SEARCH_EVENT_DELAY);
  }

  onFocus = (event: FocusEvent): void => {
    this.index.prepare();
    // WebKit scrolls a focused text field to its caret, ignoring scroll-margin: this keeps the box clear of a sticky header there too.
    (event.target as HTMLElement).scrollIntoView({ block: 'nearest' });
  };

  onInput = (event: InputEvent): void => {
    // While an IME is composing, the lists hold still; compositionend searches.
    if (!event.isComposing) this.set((event.target as HTMLInputElement).value);
  };

  onCompositionEnd = (event: CompositionEvent): void => {
    this.set((event.target as HTMLInputElement).value);
  };

  onKeydown = (event: KeyboardEvent): void => {
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Escape' || event.isComposing || input.value === '') return;
    event.preventDefault();
    input.value = '';
    this.set('');
  };
}
