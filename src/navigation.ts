/**
 * Moving around the widget: the page URL's anchors and the widget's own links
 * (through HashRouterController), scrolling to what they name and focusing it,
 * the table of contents' way back, and the arrow keys between questions.
 */
import type { ReactiveControllerHost } from 'lit';
import type { ToggleSource } from './events.js';
import { HashRouterController } from './hash-router.js';
import { headingId, tocId } from './ids.js';
import { lastResult } from './last-result.js';
import { reveal } from './reveal.js';
import { nextIndex } from './roving-focus.js';

export interface NavigationOptions {
  /** The prefix of this widget's anchors (`anchor-prefix`), already checked. */
  prefix(): string;
  /** Whether the widget reads and writes the page URL (`history="push"`). */
  usesUrl(): boolean;
  /** Makes question `id` seen and opens its answer; false when `id` is no question. */
  openQuestion(id: string, source: ToggleSource): boolean;
  /** Whether `anchor` names a part of the widget other than a question: a category, `toc`, `contact`. */
  isSection(anchor: string): boolean;
  /** Scrolls `target` to the top of the view, once the element has rendered. */
  scrollTo(target: Element): Promise<void>;
}

/** A click that follows a link here; a modified one opens a tab or a window, which is the browser's to do. */
function isPlainClick(event: MouseEvent): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;
}

export class NavigationController {
  /** The question that navigation moved focus to: its focus ring shows even after a mouse click. */
  target = '';

  readonly router: HashRouterController;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: NavigationOptions,
  ) {
    this.router = new HashRouterController(_host, { prefix: _options.prefix, usesUrl: _options.usesUrl, routeTo: (anchor) => this.routeTo(anchor) });
  }

  /**
   * The `href` of one of the widget's anchors: the same function for as long
   * as the links stay the same (the page URL, the prefix, history), so that a
   * memoized part sees at a glance whether they changed.
   */
  get href(): (anchor: string) => string {
    return this._hrefFor(this.router.href(''));
  }

  private readonly _hrefFor = lastResult((_base: string) => (anchor: string) => this.router.href(anchor));

  /** Shows what an anchor names: opens a question, scrolls to it and focuses it. */
  routeTo(anchor: string, source: ToggleSource = 'anchor'): boolean {
    if (this._options.openQuestion(anchor, source)) {
      this.target = anchor;
      this._host.requestUpdate();
      void this._scrollAndFocus(headingId(anchor), anchor);
      return true;
    }
    if (this._options.isSection(anchor)) {
      void this._scrollAndFocus(anchor, anchor);
      return true;
    }
    return false;
  }

  /** A click on one of the widget's own anchors: route it here, and record it in history. */
  onAnchorClick = (event: MouseEvent, anchor: string, source: ToggleSource): void => {
    if (!isPlainClick(event)) return;
    event.preventDefault();
    this.router.push(anchor);
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
    if (this.target !== id) return;
    this.target = '';
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

  private async _scrollAndFocus(scrollId: string, focusId: string): Promise<void> {
    await this._host.updateComplete;
    const root = this._host.shadowRoot!;
    const target = root.getElementById(scrollId);
    if (!target) return;
    reveal(target);
    await this._options.scrollTo(target);
    root.getElementById(focusId)?.focus({ preventScroll: true });
  }
}
