/**
 * Where the content comes from: the bundled FAQ, or a document given through
 * the `data` property or the `src` attribute. A document is validated whole:
 * a good one replaces the content (`jetro-faq-load`); a bad one is refused
 * with one warning and a `jetro-faq-error`, and the content shown stays.
 */
import type { ReactiveControllerHost } from 'lit';
import { bundledContent } from './content/bundled.js';
import type { FaqContent } from './content/model.js';
import { FaqDataError, parseFaqDocument } from './content/parse.js';
import { RemoteDocumentController } from './content/remote-document.js';
import { emit, type FaqErrorDetail } from './events.js';

export class ContentSourceController {
  /** What the widget shows. Replaced, never mutated. */
  content: FaqContent = bundledContent;

  private readonly _remote: RemoteDocumentController;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** Called with new content, before the element renders it. */
    private readonly _changed: (content: FaqContent) => void,
  ) {
    this._remote = new RemoteDocumentController(_host, {
      onLoad: (content) => this._use(content, 'src'),
      onError: (error, url) => this._refuse(error, 'src', `from src "${url}"`),
    });
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

  /** Loads the document at `src`, or stops loading for undefined. */
  load(src: string | undefined): void {
    this._remote.load(src);
  }

  private _use(content: FaqContent, source: FaqErrorDetail['source']): void {
    this.content = content;
    this._changed(content);
    this._host.requestUpdate();
    emit(this._host, 'jetro-faq-load', { source });
  }

  private _refuse(error: FaqDataError, source: FaqErrorDetail['source'], where: string): void {
    console.warn(`<jetro-alibaba-faq>: the FAQ document ${where} was not used, and the content shown stays: ${error.message}`);
    emit(this._host, 'jetro-faq-error', { reason: error.reason, path: error.path, code: error.code, source });
  }
}
