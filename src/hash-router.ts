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
  /**
   * Shows the anchor the URL names. Returns false when the anchor is not one
   * of the element's, so the URL is left to the host page.
   */
  routeTo(anchor: string): boolean;
}

export class HashRouterController implements ReactiveController {
  /** The URL last routed or pushed, so a popstate and hashchange pair is routed once. */
  private _lastUrl = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: HashRouterOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this._onLocationChange);
    window.addEventListener('popstate', this._onLocationChange);
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this._onLocationChange);
    window.removeEventListener('popstate', this._onLocationChange);
  }

  /** Routes whatever the URL names now: called once the element has rendered. */
  routeCurrent(): void {
    this._lastUrl = location.href;
    const anchor = anchorFromHash(location.hash, this.options.prefix());
    if (anchor === null) return;
    // An id in the host page's own document is the host's anchor, not ours,
    // unless it is in the element's own fallback content (its light DOM).
    const owner = document.getElementById(this.options.prefix() + anchor);
    if (owner && !this.host.contains(owner)) return;
    this.options.routeTo(anchor);
  }

  /**
   * Records a navigation the element made itself (a table-of-contents click)
   * as a new history entry, so Back returns to where the reader was.
   */
  push(anchor: string): void {
    const hash = hashFor(anchor, this.options.prefix());
    if (location.hash !== hash) history.pushState(history.state, '', hash);
    this._lastUrl = location.href;
  }

  /** The `href` for one of the element's anchors. */
  href(anchor: string): string {
    return hashFor(anchor, this.options.prefix());
  }

  private _onLocationChange = (): void => {
    if (location.href === this._lastUrl) return;
    this.routeCurrent();
  };
}
