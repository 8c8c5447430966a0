/**
 * Where the content comes from: the bundled FAQ, or a document given through
 * the `data` property or the `src` attribute. A document is validated whole:
 * a good one replaces the content (`jetro-faq-load`); a bad one is refused
 * with one warning and a `jetro-faq-error`, and the content shown stays.
 *
 * `src`: a new URL aborts the load before it, so the last one wins; removing
 * the element aborts its load, and putting it back starts it again.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { bundledContent } from './content/bundled.js';
import { fetchFaqDocument } from './content/fetch-document.js';
import type { FaqContent } from './content/model.js';
import { FaqDataError, parseFaqDocument } from './content/parse.js';
import { emit, type FaqErrorDetail } from './events.js';

export class ContentSourceController implements ReactiveController {
  /** What the widget shows. Replaced, never mutated. */
  faq: FaqContent = bundledContent;

  /** The `src` still to load: cleared once it loaded or failed, so that a reconnection does not fetch it again. */
  private _url?: string;
  private _pending?: AbortController;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** Called with new content, before the element renders it. */
    private readonly _changed: (content: FaqContent) => void,
  ) {
    _host.addController(this);
  }

  /** Shows the document from the `data` property, if it is valid. */
  useData(data: unknown): void {
    try {
      this._use(parseFaqDocument(data), 'data');
    } catch (error) {
      if (!(error instanceof FaqDataError)) throw error;
      this._refuse(error, 'data', 'in the data property');
    }
  }

  /** Loads the document at `src` (relative to the page), or stops loading for undefined. */
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
    const refuse = (error: FaqDataError) => this._refuse(error, 'src', `from src "${url}"`);
    let absolute: string;
    try {
      absolute = new URL(url, document.baseURI).href;
    } catch {
      this._finish(controller, () => refuse(new FaqDataError('', `"${url}" is not a URL`, 'network')));
      return;
    }
    fetchFaqDocument(absolute, controller.signal).then(
      (content) => this._finish(controller, () => this._use(content, 'src')),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this._finish(controller, () => refuse(error instanceof FaqDataError ? error : new FaqDataError('', String(error), 'network')));
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

  private _use(content: FaqContent, source: FaqErrorDetail['source']): void {
    this.faq = content;
    this._changed(content);
    this._host.requestUpdate();
    emit(this._host, 'jetro-faq-load', { source });
  }

  private _refuse(error: FaqDataError, source: FaqErrorDetail['source'], where: string): void {
    console.warn(`<jetro-alibaba-faq>: the FAQ document ${where} was not used, and the content shown stays: ${error.message}`);
    emit(this._host, 'jetro-faq-error', { reason: error.reason, path: error.path, code: error.code, source });
  }
}
