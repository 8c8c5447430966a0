/**
 * Copying a question's link, and what the widget says about it: the button's
 * feedback for a while, and an announcement in the hidden status region.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from './copy-text.js';

/** How long a copy button says it copied. */
const COPIED_FEEDBACK = 2000;

export interface CopyLinkOptions {
  /** The link to question `id`. */
  linkTo(id: string): string;
  /** What to announce: that the link to question `label` was copied, or that copying failed and the address to copy by hand. */
  copied(label: string): string;
  notCopied(url: string): string;
}

export class CopyLinkController implements ReactiveController {
  /** The question whose link was just copied, for the button's feedback. */
  copiedId = '';
  /** What the hidden status region says. */
  announcement = '';
  private _timer?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: CopyLinkOptions,
  ) {
    _host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this._timer);
  }

  /** Copies the link to question `id` (labelled `label`, `Q7`), and says so. */
  onCopy = async (id: string, label: string): Promise<void> => {
    const url = this._options.linkTo(id);
    const copied = await copyText(url, this._host.shadowRoot!);
    // Emptied first, so that the same words again are a change, and said again.
    this._set('', this.copiedId);
    await this._host.updateComplete;
    this._set(copied ? this._options.copied(label) : this._options.notCopied(url), copied ? id : '');
    clearTimeout(this._timer);
    // Said by now: gone, so that browse mode does not find it later. A failure keeps the address to copy by hand.
    this._timer = setTimeout(() => this._set(copied ? '' : this.announcement, ''), COPIED_FEEDBACK);
  };

  private _set(announcement: string, copiedId: string): void {
    this.announcement = announcement;
    this.copiedId = copiedId;
    this._host.requestUpdate();
  }
}
