import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ANCHOR_PREFIX } from './anchors.js';
import { bundledContent } from './content/bundled.js';
import { CONTACT_ANCHOR, TOC_ANCHOR, isLink, type FaqContent, type FaqItem, type LinkRun, type RichText } from './content/model.js';
import { FaqDataError, parseFaqDocument, type FaqDataErrorCode } from './content/parse.js';
import { RemoteDocumentController } from './content/remote-document.js';
import { checkHref, LinkError } from './content/rich-text.js';
import { copyText } from './copy-text.js';
import { HashRouterController } from './hash-router.js';
import { heading } from './heading.js';
import { InheritedLangController } from './inherited-lang.js';
import { reveal } from './reveal.js';
import { nextIndex } from './roving-focus.js';
import { SearchIndex, type SearchResult } from './search/search-index.js';
import { SHOW_COST, ShownEntries } from './search/shown-entries.js';
import { StructuredDataController } from './structured-data.js';
import { untilFound } from './until-found.js';
import { stringsFor, type UiStrings } from './strings.js';
import { styles } from './jetro-alibaba-faq.styles.js';

/** What opened or closed an answer. `find` is the browser's find-in-page. */
export type ToggleSource = 'click' | 'keyboard' | 'anchor' | 'toc' | 'all' | 'api' | 'find';

/** How long typing must pause before `jetro-faq-search` is sent. */
const SEARCH_EVENT_DELAY = 400;
/** From this many questions on, off-screen ones skip layout and paint until scrolled near. */
const LONG_FAQ = 100;
/** In a long FAQ, how many questions make a chunk of the lists (see _chunks). */
const CHUNK = 10;
/** In a long FAQ, what one frame may spend as the lists catch up with a search: 40 questions shown, or 240 hidden. */
const FILTER_BUDGET = 40 * SHOW_COST;
/**
 * Above this many matches, matches are not marked: a query that short matches
 * nearly everything, and marking it all would slow typing in a long FAQ.
 */
const MAX_MARKED_RESULTS = 100;
/** No marks: one array, so that entries compare it at a glance. */
const NO_TERMS: SearchResult['terms'] = [];
/** How long a copy button says it copied. */
const COPIED_FEEDBACK = 2000;

export interface FaqSearchDetail {
  /** The query as typed. */
  readonly query: string;
  /** How many questions it matches. */
  readonly count: number;
}

export interface FaqErrorDetail {
  /** What is wrong, in words. */
  readonly reason: string;
  /** Where in the document: `items[3].answer`, or '' for the whole. */
  readonly path: string;
  /** The kind of problem: invalid content, invalid JSON, too large, an HTTP error status, a network error, a time-out. */
  readonly code: FaqDataErrorCode;
  /** Whether the document came through the `data` property or the `src` attribute. */
  readonly source: 'data' | 'src';
}

export interface FaqToggleDetail {
  /** The question's anchor, `q7`. */
  readonly id: string;
  readonly open: boolean;
  readonly source: ToggleSource;
}

/*
 * Ids in the shadow root: an anchor (`q7`, a category id, `toc`, `contact`)
 * is the id of what it leads to. Every other id starts with `_`, which an
 * anchor cannot, so the content can never make two elements share an id.
 */

type FaqEventType = 'jetro-faq-toggle' | 'jetro-faq-search' | 'jetro-faq-error' | 'jetro-faq-load';

/**
 * Sends one of the element's events: bubbling and composed, so the host page
 * hears it on `document`. (Outside the class, so that the manifest takes the
 * events from the class's @fires tags and not from this generic call.)
 */
function emit<K extends FaqEventType>(target: HTMLElement, type: K, detail: GlobalEventHandlersEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** A click that follows a link here; a modified one opens a tab or a window, which is the browser's to do. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/**
 * The FAQ of JETRO's BtoB グローバル EC プログラム — Alibaba.com 活用支援プログラム
 * （出展中の方）: a table of contents grouped by category, an accordion of the
 * questions and answers, and the contact block, with the page URL's anchors
 * (`#q7`) opening, scrolling to and focusing a question.
 *
 * @summary The JETRO Alibaba.com programme FAQ, with its content built in.
 *
 * @fires jetro-faq-toggle - An answer opened or closed. `detail: { id, open, source }`; `source` is `click`, `keyboard`, `anchor` (the URL or a link), `toc`, `find` (the browser's find-in-page), `all` (the すべて開く button) or `api`.
 * @fires jetro-faq-search - The reader searched; sent once typing pauses (400 ms), so a burst of typing sends one event. `detail: { query, count }`.
 * @fires jetro-faq-error - A document from `data` or `src` was refused, and the widget keeps what it showed, with one console warning. `detail: { reason, path, code, source }`; `path` points into the document (`items[3].answer`, or `''` for the whole); `code` is `invalid`, `json`, `size`, `http`, `network` or `timeout`.
 * @fires jetro-faq-load - A document from `data` or `src` replaced the content. `detail: { source }`.
 *
 * @csspart base - The wrapper of everything the element shows.
 * @csspart header - The programme name, title and introduction.
 * @csspart search - The search box and its label.
 * @csspart toggle-all - The button that opens or closes every answer.
 * @csspart toc - The table of contents (`nav`).
 * @csspart accordion - The questions and answers.
 * @csspart question - Each question's button.
 * @csspart answer - Each answer's panel.
 * @csspart copy-link - Each answer's button that copies the question's link.
 * @csspart contact - The contact block.
 *
 * @slot - Fallback content, shown until the element renders and to readers without JavaScript. It is hidden once the element renders.
 *
 * @cssproperty --jetro-faq-accent - Links, question labels and controls.
 * @cssproperty --jetro-faq-text - Body text.
 * @cssproperty --jetro-faq-background - The background behind the content.
 * @cssproperty --jetro-faq-surface - The background of the table of contents and the contact block.
 * @cssproperty --jetro-faq-border - Rules between questions, and borders.
 * @cssproperty --jetro-faq-focus - The focus ring.
 * @cssproperty --jetro-faq-radius - Corner radius.
 * @cssproperty --jetro-faq-spacing - The base unit of spacing.
 * @cssproperty --jetro-faq-font - The font family (inherited from the page by default).
 * @cssproperty --jetro-faq-scroll-margin - Room kept above a question scrolled to, and above anything focused, for a sticky page header.
 * @cssproperty --jetro-faq-paragraph-spacing - The space after each paragraph (default 0.75 × `--jetro-faq-spacing`): `2em` is the reader's text spacing of WCAG 1.4.12.
 */
export class JetroAlibabaFaq extends LitElement {
  static override styles = styles;

  /**
   * The reactive properties: attributes for the public ones, internal state
   * for the `_` ones. Declared here rather than with decorators, so that the
   * build can shorten the private names (see vite.config.ts).
   */
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
    contactUrl: { attribute: 'contact-url' },
    anchorPrefix: { attribute: 'anchor-prefix' },
    colorScheme: { attribute: 'color-scheme' },
    lang: {},
    strings: { attribute: false },
    data: { attribute: false },
    src: {},
    structuredData: { type: Boolean, attribute: 'structured-data' },
    history: {},
    _content: { state: true },
    _open: { state: true },
    _navigationTarget: { state: true },
    _pageScheme: { state: true },
    _inheritedLang: { state: true },
    _query: { state: true },
    _copiedId: { state: true },
    _announcement: { state: true },
    _searchCount: { state: true },
  };

  /** The level of the widget's top heading, 2–6. Categories and questions take the levels below it. */
  headingLevel = 2;

  /**
   * The address of the contact form that the introduction's お問合せフォーム
   * leads to. Without it, that link leads to the contact block.
   */
  contactUrl?: string;

  /** A prefix for this widget's anchors: `alibaba-` makes `#alibaba-q7`. Letters, digits, `-` and `_`. */
  anchorPrefix = '';

  /** `light`, `dark`, or `auto`: the host page's `color-scheme` if it sets one, else the reader's preference. */
  colorScheme: 'light' | 'dark' | 'auto' = 'auto';

  /** The language of the interface (not of the content, which is Japanese): `ja` or `en`. Taken from the nearest ancestor's `lang` when not set, across shadow roots and as it changes. */
  override lang!: string;

  /** Overrides for any of the interface strings. */
  strings: Partial<UiStrings> = {};

  /**
   * An FAQ document (the format of `data/faq.schema.json`) to show instead of
   * the bundled content. It is validated whole; one that fails is refused
   * with a `jetro-faq-error`, and the widget keeps what it showed.
   */
  data?: unknown;

  /** The URL of an FAQ document in JSON to show instead of the bundled content, validated like `data`. */
  src?: string;

  /** Adds a schema.org FAQPage JSON-LD script for the content to `document.head`. */
  structuredData = false;

  /**
   * `push`: navigation puts `#q7` in the page URL, as a history entry, and the URL's anchors open questions.
   * `none`: the URL is left alone, for sites whose fragment is a route (`#/top`); links inside work.
   */
  history: 'push' | 'none' = 'push';

  private _content: FaqContent = bundledContent;
  /** The ids of the open answers. Replaced, never mutated, so Lit sees each change. */
  private _open: ReadonlySet<string> = new Set();
  /** The question that navigation moved focus to: its focus ring shows even after a mouse click. */
  private _navigationTarget = '';
  /** The host page's `color-scheme`, read when connected. */
  private _pageScheme = 'normal';
  /** The `lang` of the nearest ancestor that has one, followed as it changes. */
  private _inheritedLang = '';
  /** The search as typed; '' shows everything. */
  private _query = '';
  /** The question whose link was just copied, for the button's feedback. */
  private _copiedId = '';
  /** What the hidden status region says: the result of copying a link. */
  private _announcement = '';
  /** What the result count says, once typing pauses: the number of questions found, or -1 for nothing. */
  private _searchCount = -1;

  /** The search over `_content`, rebuilt when the content changes. */
  private _index = new SearchIndex(bundledContent);
  /** The last search, so that a render, a key press and an event ask the index once. */
  private _lastSearch?: { index: SearchIndex; query: string; result: SearchResult };
  /** The questions the lists show: the search's results, or in a long FAQ a step on the way to them. */
  private readonly _shown = new ShownEntries();
  /** The content the lists show; new content is shown at once, never in steps. */
  private _shownContent?: FaqContent;
  /** See _settings. */
  private _lastSettings?: readonly unknown[];
  /** Whether this update runs in the frame callback that takes the lists' next step. */
  private _filterFrame = false;
  /** Whether that frame callback is already requested. */
  private _filterFrameRequested = false;
  private _searchEventTimer?: ReturnType<typeof setTimeout>;
  private _copiedTimer?: ReturnType<typeof setTimeout>;

  private readonly _remote = new RemoteDocumentController(this, {
    onLoad: (content) => this._useContent(content, 'src'),
    onError: (error, url) => this._refuse(error, 'src', `from src "${url}"`),
  });

  private readonly _router = new HashRouterController(this, {
    prefix: () => this._prefix,
    usesUrl: () => this.history !== 'none',
    routeTo: (anchor) => this._routeTo(anchor),
  });

  constructor() {
    super();
    // It registers itself with the element, and needs nothing more from it.
    new StructuredDataController(this, {
      enabled: () => this.structuredData,
      content: () => this._content,
    });
    new InheritedLangController(this, (lang) => (this._inheritedLang = lang));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this._pageScheme = getComputedStyle(this).colorScheme || 'normal';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._searchEventTimer);
    clearTimeout(this._copiedTimer);
  }

  /** Opens the answer to a question, by its anchor (`q7`). */
  show(id: string): void {
    this._setOpen(this._item(id), true, 'api');
  }

  /** Closes the answer to a question, by its anchor (`q7`). */
  hide(id: string): void {
    this._setOpen(this._item(id), false, 'api');
  }

  /** Opens every answer. */
  expandAll(): void {
    for (const item of this._content.items) this._setOpen(item, true, 'api');
  }

  /** Closes every answer. */
  collapseAll(): void {
    for (const item of this._content.items) this._setOpen(item, false, 'api');
  }

  /** What the current search shows: every item when there is no query. */
  private get _results(): SearchResult {
    if (this._lastSearch?.index !== this._index || this._lastSearch.query !== this._query) {
      this._lastSearch = { index: this._index, query: this._query, result: this._index.search(this._query) };
    }
    return this._lastSearch.result;
  }

  /** The checked anchor prefix: an unusable one is ignored, with a warning. */
  private get _prefix(): string {
    if (ANCHOR_PREFIX.test(this.anchorPrefix ?? '')) return this.anchorPrefix ?? '';
    return '';
  }

  private get _ui(): UiStrings {
    return { ...stringsFor(this.lang || this._inheritedLang), ...this.strings };
  }

  /** The checked contact-url, or undefined to lead to the contact block. */
  private get _contactHref(): string | undefined {
    if (!this.contactUrl) return undefined;
    try {
      return checkHref(this.contactUrl);
    } catch (error) {
      if (error instanceof LinkError) return undefined;
      throw error;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('data') && this.data !== undefined) {
      try {
        this._useContent(parseFaqDocument(this.data), 'data');
      } catch (error) {
        if (!(error instanceof FaqDataError)) throw error;
        this._refuse(error, 'data', 'in the data property');
      }
    }
    if (changed.has('src')) this._remote.load(this.src || undefined);
    this._followSearch();
    // The first render already shows what the URL names: no second render, no jump.
    if (!this.hasUpdated) this._router.routeCurrent();
    if (changed.has('anchorPrefix') && this.anchorPrefix && !ANCHOR_PREFIX.test(this.anchorPrefix)) {
      console.warn(`<jetro-alibaba-faq>: anchor-prefix "${this.anchorPrefix}" is ignored: use up to 32 letters, digits, "-" and "_".`);
    }
    if (changed.has('contactUrl') && this.contactUrl && !this._contactHref) {
      console.warn(`<jetro-alibaba-faq>: contact-url "${this.contactUrl}" is ignored: it must be an https:, http: or mailto: address.`);
    }
  }

  /**
   * Brings the lists to what the search found. In a long FAQ they follow it
   * one step a frame, taken in a frame callback (see updated()), so typing
   * never waits for hundreds of questions to appear or go.
   */
  private _followSearch(): void {
    const content = this._content;
    const stepping = this._isLong && this._shownContent === content;
    // A step waits for its frame (see updated()); new content shows at once.
    if (stepping && !this._filterFrame) return;
    this._shown.step(
      content.items.map((item) => item.id),
      this._results,
      this._searchMarks,
      stepping ? FILTER_BUDGET : Infinity,
    );
    this._shownContent = content;
    this._filterFrame = false;
  }

  /** The terms the search marks: none when it matches too many questions to mark them all. */
  private get _searchMarks(): SearchResult['terms'] {
    const results = this._results;
    return results.ids.size > MAX_MARKED_RESULTS ? NO_TERMS : results.terms;
  }

  /** Whether the lists show what the search found, in full. */
  private get _listsCaughtUp(): boolean {
    return this._shown.showsAll(this._results, this._searchMarks);
  }

  protected override updated(): void {
    if (this._listsCaughtUp || this._filterFrameRequested) return;
    this._filterFrameRequested = true;
    requestAnimationFrame(() => {
      this._filterFrameRequested = false;
      this._filterFrame = true;
      this.requestUpdate();
    });
  }

  /** Resolves once the element has rendered, and its lists show what the search found. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (!this._listsCaughtUp) {
      await new Promise(requestAnimationFrame);
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The question with anchor `id`, or undefined. */
  private _findItem(id: string): FaqItem | undefined {
    return this._content.items.find((candidate) => candidate.id === id);
  }

  /** The question with anchor `id`; an unknown id is the caller's mistake. */
  private _item(id: string): FaqItem {
    const item = this._findItem(id);
    if (!item) {
      const known = this._content.items.map((candidate) => candidate.id);
      throw new RangeError(`<jetro-alibaba-faq>: no question "${id}" (the questions are ${known[0]}…${known.at(-1)})`);
    }
    return item;
  }

  /** Shows a new, validated document; answers that are still there stay open. */
  private _useContent(content: FaqContent, source: FaqErrorDetail['source']): void {
    this._content = content;
    this._index = new SearchIndex(content);
    this._open = new Set(content.items.filter((item) => this._open.has(item.id)).map((item) => item.id));
    emit(this, 'jetro-faq-load', { source });
  }

  /** Refuses a document: one warning, one event, and the content shown stays. */
  private _refuse(error: FaqDataError, source: FaqErrorDetail['source'], where: string): void {
    console.warn(`<jetro-alibaba-faq>: the FAQ document ${where} was not used, and the content shown stays: ${error.message}`);
    emit(this, 'jetro-faq-error', { reason: error.reason, path: error.path, code: error.code, source });
  }

  private _setOpen(item: FaqItem, open: boolean, source: ToggleSource): void {
    if (this._open.has(item.id) === open) return;
    const next = new Set(this._open);
    if (open) next.add(item.id);
    else next.delete(item.id);
    this._open = next;
    emit(this, 'jetro-faq-toggle', { id: item.id, open, source });
  }

  /** Shows what an anchor names: opens a question; scrolls to it and focuses it. */
  private _routeTo(anchor: string, source: ToggleSource = 'anchor'): boolean {
    const item = this._findItem(anchor);
    if (item) {
      // A question the search hides cannot be shown: the search gives way. The reader now waits for
      // this question, not for a keystroke: a long FAQ's lists come back in one step, as new content does.
      if (!this._results.ids.has(item.id)) {
        this._setQuery('');
        this._shownContent = undefined;
      }
      this._setOpen(item, true, source);
      this._navigationTarget = item.id;
      void this._scrollAndFocus(`_${item.id}-heading`, item.id);
      return true;
    }
    if (anchor === TOC_ANCHOR || anchor === CONTACT_ANCHOR || this._content.categories.some((c) => c.id === anchor)) {
      void this._scrollAndFocus(anchor, anchor);
      return true;
    }
    return false;
  }

  private async _scrollAndFocus(scrollId: string, focusId: string): Promise<void> {
    await this.updateComplete;
    const root = this.shadowRoot!;
    const target = root.getElementById(scrollId);
    if (!target) return;
    reveal(target);
    if (this._isLong) {
      // Off-screen questions of a long FAQ are laid out only when near the
      // screen (content-visibility), so the target moves as they appear: jump,
      // then jump again until it holds still.
      for (let i = 0, top = NaN; i < 5 && target.getBoundingClientRect().top !== top; i++) {
        target.scrollIntoView({ block: 'start', behavior: 'instant' });
        top = target.getBoundingClientRect().top;
        await new Promise(requestAnimationFrame);
      }
    } else {
      const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'instant' : 'smooth' });
    }
    root.getElementById(focusId)?.focus({ preventScroll: true });
  }

  /** A FAQ long enough that off-screen questions skip layout (see `.long` in the styles). */
  private get _isLong(): boolean {
    return this._content.items.length > LONG_FAQ;
  }

  /** A click on one of the widget's own anchors: route it here, and record it in history. */
  private _onAnchorClick(event: MouseEvent, anchor: string, source: ToggleSource): void {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this._router.push(anchor);
    this._routeTo(anchor, source);
  }

  private _onBackToToc(event: MouseEvent, item: FaqItem): void {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    void this._scrollAndFocus(`_toc-${item.id}`, `_toc-${item.id}`);
  }

  private _onQuestionClick(event: MouseEvent, item: FaqItem): void {
    // A click the keyboard made (Enter or Space on the button) has no click count.
    this._setOpen(item, !this._open.has(item.id), event.detail === 0 ? 'keyboard' : 'click');
  }

  private _setQuery(query: string): void {
    if (query === this._query) return;
    this._query = query;
    // The count is a live region: it speaks once typing pauses, not at every key, and goes at once with the query.
    if (!query) this._searchCount = -1;
    clearTimeout(this._searchEventTimer);
    this._searchEventTimer = setTimeout(() => {
      const count = this._results.ids.size;
      if (query) this._searchCount = count;
      emit(this, 'jetro-faq-search', { query, count });
    }, SEARCH_EVENT_DELAY);
  }

  private _onSearchFocus(event: FocusEvent): void {
    this._index.prepare();
    // WebKit scrolls a focused text field to its caret, ignoring scroll-margin: this keeps the box clear of a sticky header there too.
    (event.target as HTMLElement).scrollIntoView({ block: 'nearest' });
  }

  private _onSearchInput(event: InputEvent): void {
    // While an IME is composing, the list holds still; compositionend filters.
    if (event.isComposing) return;
    this._setQuery((event.target as HTMLInputElement).value);
  }

  private _onSearchCompositionEnd(event: CompositionEvent): void {
    this._setQuery((event.target as HTMLInputElement).value);
  }

  private _onSearchKeydown(event: KeyboardEvent): void {
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Escape' || event.isComposing || input.value === '') return;
    event.preventDefault();
    input.value = '';
    this._setQuery('');
  }

  /** The questions the search shows, in document order. */
  private get _shownItems(): FaqItem[] {
    const { ids } = this._results;
    return this._content.items.filter((item) => ids.has(item.id));
  }

  /** Whether every question the search shows is open: what すべて開く / すべて閉じる says and does. */
  private _allOpen(shown: readonly FaqItem[]): boolean {
    return shown.length > 0 && shown.every((item) => this._open.has(item.id));
  }

  /** Opens every answer the search shows, or closes them all when they are all open. */
  private _onToggleAll(): void {
    const shown = this._shownItems;
    const open = !this._allOpen(shown);
    for (const item of shown) this._setOpen(item, open, 'all');
  }

  private async _onCopyLink(item: FaqItem): Promise<void> {
    const url = this._router.href(item.id);
    const copied = await copyText(url, this.shadowRoot!);
    const ui = this._ui;
    // Emptied first, so that the same words again are a change, and said again.
    this._announcement = '';
    await this.updateComplete;
    this._announcement = copied ? ui.linkCopiedName(item.label) : ui.copyFailed(url);
    this._copiedId = copied ? item.id : '';
    clearTimeout(this._copiedTimer);
    this._copiedTimer = setTimeout(() => {
      this._copiedId = '';
      // Said by now: gone, so that browse mode does not find it later. A failure keeps the address to copy by hand.
      if (copied) this._announcement = '';
    }, COPIED_FEEDBACK);
  }

  private _onAccordionKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = [...this.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) button.question')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const next = nextIndex(event.key, current, buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next].focus();
  }

  private get _schemeClass(): string {
    if (this.colorScheme === 'light' || this.colorScheme === 'dark') return `scheme-${this.colorScheme}`;
    const page = this._pageScheme.split(/\s+/);
    if (page.includes('dark') && !page.includes('light')) return 'scheme-dark';
    if (page.includes('light') && !page.includes('dark')) return 'scheme-light';
    return 'scheme-auto';
  }

  protected override render(): TemplateResult {
    const content = this._content;
    const ui = this._ui;
    const level = this.headingLevel;
    const uiLang = ui.lang === 'ja' ? undefined : ui.lang;
    const results = this._results;
    const settings = this._settings;
    // The result count, a live region in the tree from the start: empty and visually hidden until typing pauses.
    const count = this._searchCount;
    return html`
      <section class="faq ${this._schemeClass} ${this._isLong ? 'long' : ''}" part="base" lang="ja" aria-labelledby="_title">
        <header class="header" part="header">
          <p class="programme">${content.programme.map((line, i) => html`${i ? html`<br />` : nothing}${line}`)}</p>
          ${this._heading(level, '_title', content.title)}
          <div class="intro">${this._richText(content.intro, [])}</div>
        </header>

        <div class="search" part="search" role="search" lang=${ifDefined(uiLang)}>
          <label for="_search">${ui.searchLabel}</label>
          <input
            id="_search"
            type="search"
            autocomplete="off"
            aria-describedby="_search-hint"
            .value=${this._query}
            @focus=${this._onSearchFocus}
            @input=${this._onSearchInput}
            @compositionend=${this._onSearchCompositionEnd}
            @keydown=${this._onSearchKeydown}
          />
          <p id="_search-hint" class="hint">${ui.searchHint}</p>
          <p class=${count < 0 ? 'count visually-hidden' : 'count'} role="status">
            ${count < 0 ? nothing : html`${ui.resultCount(count, content.items.length)}${count ? nothing : html`<span class="visually-hidden"> ${ui.noResults}</span>`}`}
          </p>
        </div>

        <nav class="toc" part="toc" aria-labelledby=${TOC_ANCHOR}>
          ${this._heading(level + 1, TOC_ANCHOR, ui.toc, uiLang)}
          ${guard([this._shown.version, content, settings], () => this._renderTocCategories(content, settings))}
          ${
            this._query && results.ids.size === 0
              ? html`<p class="no-results" lang=${ifDefined(uiLang)}>
                  ${ui.noResults}
                  <a href=${this._router.href(CONTACT_ANCHOR)} @click=${(event: MouseEvent) => this._onAnchorClick(event, CONTACT_ANCHOR, 'anchor')}
                    >${ui.noResultsContact}</a
                  >
                </p>`
              : nothing
          }
        </nav>

        <div class="accordion" part="accordion" @keydown=${this._onAccordionKeydown}>
          ${
            // It filters every question and joins an aria-controls list of every answer shown: once a search, not once a frame.
            guard([this._results, this._open, settings], () => this._renderToggleAll(ui, uiLang))
          }
          ${guard([this._shown.version, content, settings, this._open, this._copiedId, this._navigationTarget], () =>
            this._renderCategories(content, level, ui, uiLang, settings),
          )}
        </div>

        <div class="contact" part="contact">
          ${this._heading(level + 1, CONTACT_ANCHOR, content.contact.title)} ${this._richText(content.contact.body, [])}
        </div>

        <p class="visually-hidden" role="status" lang=${ifDefined(uiLang)}>${this._announcement}</p>
      </section>
    `;
  }

  private _renderToggleAll(ui: UiStrings, uiLang: string | undefined): TemplateResult {
    const shown = this._shownItems;
    const allOpen = this._allOpen(shown);
    return html`
      <p class="toggle-all-row" ?hidden=${shown.length === 0}>
        <button
          class="toggle-all"
          part="toggle-all"
          lang=${ifDefined(uiLang)}
          aria-controls=${shown.map((item) => `_${item.id}-answer`).join(' ')}
          @click=${this._onToggleAll}
        >
          ${allOpen ? ui.collapseAll : ui.expandAll}
        </button>
      </p>
    `;
  }

  /**
   * The settings of the element that every entry shows (heading level, anchor
   * prefix, language, strings, contact-url, the page URL that links are made
   * from): the same array for as long as they hold, so
   * that an entry sees at a glance that they have not changed.
   */
  private get _settings(): readonly unknown[] {
    const settings = [this.headingLevel, this._prefix, this.lang, this._inheritedLang, this.strings, this._contactHref, this._router.href('')];
    if (!this._lastSettings || settings.some((value, i) => value !== this._lastSettings![i])) this._lastSettings = settings;
    return this._lastSettings;
  }

  /*
   * The lists render again only when what they show has changed: a keystroke
   * whose step waits for the next frame renders no list at all.
   */

  private _renderTocCategories(content: FaqContent, settings: readonly unknown[]) {
    const shown = (item: FaqItem) => this._shown.has(item.id);
    // A category's title names its lists, and is no heading: the accordion's heading is the one in the outline.
    return content.categories.map(
      (category) => html`
        <div class="toc-category" ?hidden=${!category.items.some(shown)}>
          <p class="toc-category-title" id="_toc-${category.id}">${category.title}</p>
          ${this._chunks(category.items).map(
            (chunk) =>
              html`<ul class="chunk" aria-labelledby="_toc-${category.id}" ?hidden=${!chunk.some(shown)}>
                ${chunk.map((item) => this._renderTocEntry(item, shown(item), settings))}
              </ul>`,
          )}
        </div>
      `,
    );
  }

  private _renderCategories(content: FaqContent, level: number, ui: UiStrings, uiLang: string | undefined, settings: readonly unknown[]) {
    const shown = (item: FaqItem) => this._shown.has(item.id);
    return content.categories.map(
      (category) => html`
        <div class="category" ?hidden=${!category.items.some(shown)}>
          ${this._heading(level + 1, category.id, category.title)}
          ${this._chunks(category.items).map(
            (chunk) =>
              html`<div class="chunk" ?hidden=${!chunk.some(shown)}>
                ${chunk.map((item) => this._renderItem(item, shown(item), level + 2, ui, uiLang, settings))}
              </div>`,
          )}
        </div>
      `,
    );
  }

  /**
   * A category's questions in chunks: in a long FAQ, runs of CHUNK questions
   * that are laid out, or skipped, together (see `.long .chunk` in the styles).
   */
  private _chunks(items: readonly FaqItem[]): (readonly FaqItem[])[] {
    const size = this._isLong ? CHUNK : items.length;
    const chunks = [];
    for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
    return chunks;
  }

  /*
   * The entries of the lists. Each renders again only when something it
   * shows has changed (guard), so that a keystroke in a long FAQ costs the
   * entries it shows, hides or marks, not all of them. Showing or hiding an
   * entry changes one attribute: what is inside is guarded apart.
   */

  private _renderTocEntry(item: FaqItem, shown: boolean, settings: readonly unknown[]): unknown {
    const marks = this._shown.marks(item.id);
    return guard(
      [item, shown, marks, settings],
      () =>
        html`<li ?hidden=${!shown}>
          ${guard(
            [item, marks, settings],
            () =>
              // The question in a span: Chromium leaves a space that stands alone before one of Lit's markers out of the link's name ("Q7ジェトロ…").
              html`<a
                id="_toc-${item.id}"
                href=${this._router.href(item.id)}
                @click=${(event: MouseEvent) => this._onAnchorClick(event, item.id, 'toc')}
                ><span class="label">${item.label}</span> <span>${this._marked(item.question, marks)}</span></a
              >`,
          )}
        </li>`,
    );
  }

  private _renderItem(
    item: FaqItem,
    shown: boolean,
    level: number,
    ui: UiStrings,
    uiLang: string | undefined,
    settings: readonly unknown[],
  ): unknown {
    const marks = this._shown.marks(item.id);
    const open = this._open.has(item.id);
    const copied = this._copiedId === item.id;
    const navigationTarget = this._navigationTarget === item.id;
    // A closed answer shows no marks: nothing to re-render when the search changes.
    const answerMarks = open ? marks : NO_TERMS;
    return guard(
      [item, shown, marks, open, copied, navigationTarget, settings],
      () =>
        html`<div class="item" ?hidden=${!shown}>
          ${guard([item, marks, open, navigationTarget, settings], () => this._renderQuestion(item, level, marks, open, navigationTarget))}
          ${guard([item, answerMarks, open, copied, settings], () => this._renderAnswer(item, ui, uiLang, answerMarks, open, copied))}
        </div>`,
    );
  }

  private _renderQuestion(item: FaqItem, level: number, marks: SearchResult['terms'], open: boolean, navigationTarget: boolean) {
    return heading(
      level,
      html`<button
        class="question"
        part="question"
        id=${item.id}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="_${item.id}-answer"
        ?data-navigation-target=${navigationTarget}
        @click=${(event: MouseEvent) => this._onQuestionClick(event, item)}
        @blur=${() => {
          if (this._navigationTarget === item.id) this._navigationTarget = '';
        }}
      >
        <span class="label">${item.label}</span>
        <span class="question-text">${this._marked(item.question, marks)}</span>
        <span class="chevron" aria-hidden="true"></span>
      </button>`,
      { id: `_${item.id}-heading`, className: 'item-heading' },
    );
  }

  private _renderAnswer(item: FaqItem, ui: UiStrings, uiLang: string | undefined, marks: SearchResult['terms'], open: boolean, copied: boolean) {
    return html`<div
      class="answer"
      part="answer"
      id="_${item.id}-answer"
      role=${ifDefined(open ? 'group' : undefined)}
      aria-labelledby=${ifDefined(open ? item.id : undefined)}
      hidden=${untilFound(!open)}
      @beforematch=${() => this._setOpen(item, true, 'find')}
    >
      <div class="answer-body">
        ${this._richText(item.answer, marks)}
        ${
          open
            ? // Only an open answer shows its tools: a thousand closed ones stay light.
              html`<p class="answer-tools" lang=${ifDefined(uiLang)}>
                <a class="back" href=${this._router.href(TOC_ANCHOR)} @click=${(event: MouseEvent) => this._onBackToToc(event, item)}
                  >${ui.backToToc}</a
                >
                <button
                  class="copy-link"
                  part="copy-link"
                  aria-label=${copied ? ui.linkCopiedName(item.label) : ui.copyLinkName(item.label)}
                  ?hidden=${this.history === 'none'}
                  @click=${() => this._onCopyLink(item)}
                >
                  ${copied ? ui.linkCopied : ui.copyLink}
                </button>
              </p>`
            : nothing
        }
      </div>
    </div>`;
  }

  /** Text with the search's matches in <mark>. */
  private _marked(text: string, terms: SearchResult['terms']) {
    if (terms.length === 0) return text;
    return this._index.highlight(text, terms).map((piece) => (piece.marked ? html`<mark>${piece.text}</mark>` : piece.text));
  }

  /** A heading that navigation can move focus to. */
  private _heading(level: number, id: string, text: string, lang?: string): TemplateResult {
    return heading(level, text, { id, focusable: true, lang });
  }

  private _richText(text: RichText, terms: SearchResult['terms']): TemplateResult[] {
    return text.map(
      (paragraph) =>
        html`<p>
          ${paragraph.map((line, i) => html`${i ? html`<br />` : nothing}${line.map((run) => (isLink(run) ? this._link(run, terms) : this._marked(run.text, terms)))}`)}
        </p>`,
    );
  }

  private _link(run: LinkRun, terms: SearchResult['terms']): TemplateResult {
    const text = this._marked(run.text, terms);
    if (!run.href.startsWith('#')) {
      // A link whose text is its address needs no address written after it in print.
      return html`<a href=${run.href} class=${ifDefined(run.text === run.href ? 'bare' : undefined)}>${text}</a>`;
    }
    const anchor = run.href.slice(1);
    const contactHref = anchor === CONTACT_ANCHOR ? this._contactHref : undefined;
    if (contactHref) return html`<a href=${contactHref}>${text}</a>`;
    // Without contact-url, お問合せフォーム leads to the contact block: its name says so.
    const lang = anchor === CONTACT_ANCHOR ? this._ui.lang : '';
    return html`<a class="internal" href=${this._router.href(anchor)} @click=${(event: MouseEvent) => this._onAnchorClick(event, anchor, 'anchor')}
      >${text}${lang ? html`<span class="visually-hidden" lang=${lang}>${this._ui.inPageContact}</span>` : nothing}</a
    >`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jetro-faq-toggle': CustomEvent<FaqToggleDetail>;
    'jetro-faq-search': CustomEvent<FaqSearchDetail>;
    'jetro-faq-error': CustomEvent<FaqErrorDetail>;
    'jetro-faq-load': CustomEvent<{ source: 'data' | 'src' }>;
  }
}
