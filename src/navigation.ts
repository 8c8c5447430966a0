/**
 * Moving around the widget: the page URL's anchors and the widget's own links,
 * scrolling to what they name and focusing it, the table of contents' way
 * back, and the arrow keys between questions.
 *
 * The browser cannot scroll to ids inside a shadow root
 * (WICG/webcomponents#924), so this controller watches the URL and routes the
 * anchors it names to the element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { anchorFromHash, hashFor } from './anchors.js';
import type { ToggleSource } from './events.js';
import { headingId, tocId } from './ids.js';
import { lastResult } from './last-result.js';
import { reveal } from './reveal.js';
import { nextIndex } from './roving-focus.js';

export interface NavigationOptions {
  /** The prefix of this widget's anchors (`anchor-prefix`), already checked. */
  checkedPrefix(): string;
  /** Whether the widget reads and writes the page URL (`history="push"`), or leaves it alone (`none`). */
  usesUrl(): boolean;
  /** Makes question `id` seen and opens its answer; false when `id` is no question. */
  openQuestion(id: string, source: ToggleSource): boolean;
  /** Whether `anchor` names a part of the widget other than a question: a category, `toc`, `contact`. */
  isSection(anchor: string): boolean;
  /** Scrolls `target` to the top of the view, once the element has rendered: at once if `instant`, else as the reader prefers. */
  scrollToTop(target: Element, instant: boolean): Promise<void>;
}

/** A click that follows a link here; a modified one opens a tab or a window, which is the browser's to do. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

/** What the reader does to scroll the page, or to move on from where it loaded: the page stops holding the question then. */
const READER_INPUT = ['wheel', 'pointerdown', 'keydown'];

/** This document's URL without its fragment: what `<base href>` cannot change. */
const documentUrl = () => location.href.split('#')[0];

export class NavigationController implements ReactiveController {
  /** The question that navigation moved focus to: its focus ring shows even after a mouse click. */
  targetId = '';

  /**
   * The URL of the last Back or Forward, which its popstate routes: the
   * hashchange of the same Back or Forward, whenever it comes, is not routed
   * again. Any other navigation clears it.
   */
  private _popped?: string;

  /** Ends the hold on the question the page loaded with (see _holdWhileLoading). */
  private _hold?: AbortController;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: NavigationOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._onHashChange);
    window.addEventListener('popstate', this._onPopState);
    // The fallback pasted inside the element (its light DOM) has the widget's
    // anchors as ids, for readers without JavaScript. The element never shows
    // it once it renders, and its ids would only mislead: the browser's own
    // fragment navigation (Chromium then blurs focus), the host's scripts that
    // look anchors up by id, and other widgets, which leave the page's ids to
    // the page. Hidden content has nothing to name, so none of its ids stay.
    for (const node of this._host.querySelectorAll('[id]')) node.removeAttribute('id');
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this._onHashChange);
    window.removeEventListener('popstate', this._onPopState);
  }

  /**
   * The `href` of one of the widget's anchors: absolute, since a relative `#q7`
   * would follow the page's `<base href>` elsewhere; where the widget leaves
   * the URL alone, the page's own address. The same function for as long as
   * the links stay the same (the page URL, the prefix, history), so that a
   * memoized part sees at a glance whether they changed.
   */
  get linkTo(): (anchor: string) => string {
    return this._hrefFor(this._options.usesUrl() ? documentUrl() : location.href, this._options.checkedPrefix(), this._options.usesUrl());
  }

  private readonly _hrefFor = lastResult((base: string, prefix: string, usesUrl: boolean) =>
    usesUrl ? (anchor: string) => base + hashFor(anchor, prefix) : () => base,
  );

  /**
   * Routes whatever the URL names now. The element calls it before its first
   * render with `landing`: the reader has just arrived with that fragment.
   */
  routeCurrent(landing = false): void {
    const anchor = this._options.usesUrl() ? anchorFromHash(location.hash, this._options.checkedPrefix()) : null;
    if (anchor === null) return;
    // An id in the host page's own document is the host's anchor, not ours,
    // unless it is in the element's own fallback content (its light DOM).
    const owner = document.getElementById(this._options.checkedPrefix() + anchor);
    if (owner && !this._host.contains(owner)) return;
    this.routeTo(anchor, 'anchor', landing);
  }

  /**
   * Shows what an anchor names: opens a question, scrolls to it and focuses it.
   * `landing`: the page has just loaded with it (see _holdWhileLoading).
   */
  routeTo(anchor: string, source: ToggleSource = 'anchor', landing = false): boolean {
    if (this._options.openQuestion(anchor, source)) {
      this.targetId = anchor;
      this._host.requestUpdate();
      void this._scrollAndFocus(headingId(anchor), anchor, landing);
      return true;
    }
    if (this._options.isSection(anchor)) {
      void this._scrollAndFocus(anchor, anchor, landing);
      return true;
    }
    return false;
  }

  /** A click on one of the widget's own anchors: route it here, and record it in history. */
  onAnchorClick = (event: MouseEvent, anchor: string, source: ToggleSource): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this._push(anchor);
    this.routeTo(anchor, source);
  };

  /** An answer's link back to its question in the table of contents. */
  onBackToToc = (event: MouseEvent, id: string): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    void this._scrollAndFocus(tocId(id), tocId(id));
  };

  /** Focus left question `id`: its navigation focus ring goes. */
  onQuestionBlur = (id: string): void => {
    if (this.targetId !== id) return;
    this.targetId = '';
    this._host.requestUpdate();
  };

  /** The arrow keys, Home and End move focus between the questions listed. */
  onAccordionKeydown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = [...this._host.shadowRoot!.querySelectorAll<HTMLButtonElement>('.item:not([hidden]) button.question')];
    const current = buttons.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const next = nextIndex(event.key, current, buttons.length);
    if (next === null) return;
    event.preventDefault();
    buttons[next].focus();
  };

  /**
   * Records a navigation the element made itself (a table-of-contents click)
   * as a new history entry, so Back returns to where the reader was.
   */
  private _push(anchor: string): void {
    const url = this.linkTo(anchor);
    if (!this._options.usesUrl() || location.href === url) return;
    this._popped = undefined;
    try {
      history.pushState(history.state, '', url);
    } catch {
      // A document whose URL cannot change (about:srcdoc in some engines): navigation still works, unrecorded.
    }
  }

  /**
   * A fragment the page or the reader changed (a link, `location.hash`).
   * Not a URL remembered from the last routing: another widget on the page
   * may have pushed its own anchor since, and Back must still route here.
   */
  private _onLocationChange = (): void => {
    if (this._host.isConnected) this.routeCurrent();
  };

  /** A hashchange, unless it is the one of the Back or Forward that popstate routes (before or after it: Firefox does both). */
  private _onHashChange = (): void => {
    const popped = this._popped === location.href;
    this._popped = undefined;
    if (!popped) this._onLocationChange();
  };

  /**
   * Back and Forward: the browser restores the entry's scroll position right
   * after popstate, which would undo a scroll made now. Route in the next
   * task, once it has.
   */
  private _onPopState = (): void => {
    this._popped = location.href;
    setTimeout(this._onLocationChange);
  };

  private async _scrollAndFocus(scrollId: string, focusId: string, landing = false): Promise<void> {
    // Navigating anywhere else ends the hold on the question the page loaded with.
    this._hold?.abort();
    await this._host.updateComplete;
    const root = this._host.shadowRoot!;
    const target = root.getElementById(scrollId);
    if (!target) return;
    reveal(target);
    // A page that loads with a fragment jumps to it at once, as the browser does with its own.
    await this._options.scrollToTop(target, landing);
    root.getElementById(focusId)?.focus({ preventScroll: true });
    if (landing) this._holdWhileLoading(target);
  }

  /**
   * The page keeps the question it loaded with in view until it has loaded,
   * as browsers keep their own fragment's target: host scripts scroll as the
   * page loads (WordPress's admin bar scrolls up 32 px at DOMContentLoaded
   * when the URL has a fragment; others put the page back at the top at the
   * load event), and images and fonts above the widget move it. Each frame
   * until the one after the load event, a question pushed out of the view, or
   * under the sticky header, is scrolled back; a host's nudge that leaves it
   * in view stays. The reader's own wheel, touch, click or key ends it, and so
   * does any navigation of the widget's (a frame can come late: WebKit's did,
   * after the reader had gone on to another question, and scrolled back).
   */
  private _holdWhileLoading(target: Element): void {
    const rest = target.getBoundingClientRect().top;
    const reader = (this._hold = new AbortController());
    for (const type of READER_INPUT) addEventListener(type, () => reader.abort(), { capture: true, passive: true, signal: reader.signal });
    const check = (loaded: boolean) => {
      if (reader.signal.aborted || !target.isConnected) return reader.abort();
      const { top, bottom } = target.getBoundingClientRect();
      if (top < rest - 1 || bottom > innerHeight + 1) void this._options.scrollToTop(target, true);
      // The frame after the one that found the page loaded: the load event's handlers have run.
      if (loaded) return reader.abort();
      const complete = document.readyState === 'complete';
      requestAnimationFrame(() => check(complete));
    };
    requestAnimationFrame(() => check(false));
  }
}
