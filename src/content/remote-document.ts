/**
 * Loads the document named by the `src` attribute. A new URL aborts the
 * load before it, so the last one wins; removing the element aborts its load,
 * and putting it back starts it again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { fetchFaqDocument } from './fetch-document.js';
import type { FaqContent } from './model.js';
import { FaqDataError } from './parse.js';

export interface RemoteDocumentOptions {
  onLoad(content: FaqContent, url: string): void;
  onError(error: FaqDataError, url: string): void;
}

export class RemoteDocumentController implements ReactiveController {
  /** The URL still to load: cleared once it loaded or failed, so that a reconnection does not fetch it again. */
  private _url?: string;
  private _pending?: AbortController;

  constructor(
    host: ReactiveControllerHost,
    private readonly _options: RemoteDocumentOptions,
  ) {
    host.addController(this);
  }

  /** Loads `url` (relative to the page), or stops loading for undefined. */
  load(url: string | undefined): void {
    this._pending?.abort();
    this._pending = undefined;
    this._url = url;
    if (url) this._start(url);
  }

  hostConnected(): void {
    if (this._url && !this._pending) this._start(this._url);
  }

  hostDisconnected(): void {
    this._pending?.abort();
    this._pending = undefined;
  }

  private _start(url: string): void {
    const controller = new AbortController();
    this._pending = controller;
    let absolute: string;
    try {
      absolute = new URL(url, document.baseURI).href;
    } catch {
      this._finish(controller, () => this._options.onError(new FaqDataError('', `"${url}" is not a URL`, 'network'), url));
      return;
    }
    fetchFaqDocument(absolute, controller.signal).then(
      (content) => this._finish(controller, () => this._options.onLoad(content, url)),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const reason = error instanceof FaqDataError ? error : new FaqDataError('', String(error), 'network');
        this._finish(controller, () => this._options.onError(reason, url));
      },
    );
  }

  /** Reports the outcome of a load, unless a newer load or a disconnection made it stale. */
  private _finish(controller: AbortController, report: () => void): void {
    if (controller !== this._pending) return;
    this._pending = undefined;
    this._url = undefined;
    report();
  }
}
