/**
 * The element's events: their details, and the one function that sends them.
 * Controllers and the element take these types from here.
 */
import type { FaqDataErrorCode } from './content/parse.js';

/** What opened or closed an answer. `find` is the browser's find-in-page. */
export type ToggleSource = 'click' | 'keyboard' | 'anchor' | 'toc' | 'all' | 'api' | 'find';

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

type FaqEventType = 'jetro-faq-toggle' | 'jetro-faq-search' | 'jetro-faq-error' | 'jetro-faq-load';

/**
 * Sends one of the element's events: bubbling and composed, so the host page
 * hears it on `document`. (Outside the element's class, so that the manifest
 * takes the events from the class's @fires tags and not from this generic call.)
 */
export function emit<K extends FaqEventType>(target: HTMLElement, type: K, detail: GlobalEventHandlersEventMap[K]['detail']): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jetro-faq-toggle': CustomEvent<FaqToggleDetail>;
    'jetro-faq-search': CustomEvent<FaqSearchDetail>;
    'jetro-faq-error': CustomEvent<FaqErrorDetail>;
    'jetro-faq-load': CustomEvent<{ source: 'data' | 'src' }>;
  }
}
