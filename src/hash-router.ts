/**
 * Routes the page URL's fragment to the element. The browser cannot scroll to
 * ids inside a shadow root (WICG/webcomponents#924), so this controller
 * watches the URL and tells the element which of its anchors the URL names.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { anchorFromHash, hashFor } from './anchors.js';

export interface HashRouterOptions {
  /** The prefix of this widget's anchors (`anchor-prefix`), already checked. */
  prefix(): string;
  /** Whether the widget reads and writes the page URL (`history="push"`), or leaves it alone (`none`). */
  usesUrl(): boolean;
  /**
   * Shows the anchor the URL names. Returns false when the anchor is not one
   * of the element's, so the URL is left to the host page.
   */
  routeTo(anchor: string): boolean;
}

/** This document's URL without its fragment: what `<base href>` cannot change. */
const documentUrl = () => location.href.split('#')[0];

export class HashRouterController implements ReactiveController {
  /**
   * Whether a popstate's routing waits for the next task, so that the
   * hashchange of the same Back or Forward is not routed twice.
   */
  private _popPending = false;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: HashRouterOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._onLocationChange);
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
    window.removeEventListener('hashchange', this._onLocationChange);
    window.removeEventListener('popstate', this._onPopState);
  }

  /** Routes whatever the URL names now: called once the element has rendered. */
  routeCurrent(): void {
    const anchor = this._options.usesUrl() ? anchorFromHash(location.hash, this._options.prefix()) : null;
    if (anchor === null) return;
    // An id in the host page's own document is the host's anchor, not ours,
    // unless it is in the element's own fallback content (its light DOM).
    const owner = document.getElementById(this._options.prefix() + anchor);
    if (owner && !this._host.contains(owner)) return;
    this._options.routeTo(anchor);
  }

  /**
   * Records a navigation the element made itself (a table-of-contents click)
   * as a new history entry, so Back returns to where the reader was.
   */
  push(anchor: string): void {
    const url = this.href(anchor);
    if (!this._options.usesUrl() || location.href === url) return;
    try {
      history.pushState(history.state, '', url);
    } catch {
      // A document whose URL cannot change (about:srcdoc in some engines): navigation still works, unrecorded.
    }
  }

  /**
   * The `href` for one of the element's anchors: absolute, since a relative
   * `#q7` would follow the page's `<base href>` elsewhere. Where the widget
   * leaves the URL alone, the page's own address.
   */
  href(anchor: string): string {
    return this._options.usesUrl() ? documentUrl() + hashFor(anchor, this._options.prefix()) : location.href;
  }

  /**
   * A fragment the page or the reader changed (a link, `location.hash`).
   * Not a URL remembered from the last routing: another widget on the page
   * may have pushed its own anchor since, and Back must still route here.
   */
  private _onLocationChange = (): void => {
    if (this._popPending || !this._host.isConnected) return;
    this.routeCurrent();
  };

  /**
   * Back and Forward: the browser restores the entry's scroll position right
   * after popstate, which would undo a scroll made now. Route in the next
   * task, once it has; the hashchange that may come in between waits for it.
   */
  private _onPopState = (): void => {
    this._popPending = true;
    setTimeout(() => {
      this._popPending = false;
      this._onLocationChange();
    });
  };
}
