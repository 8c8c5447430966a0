/**
 * What the element takes from the page around it: the interface language
 * (its own `lang`, else the nearest ancestor's, followed as it changes) with
 * the strings for it, and the colour scheme (its own, else the page's).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lastResult } from './last-result.js';
import { stringsFor, type UiStrings } from './strings.js';

export interface HostContextOptions {
  /** The element's own `lang`, '' when not set. */
  ownLang(): string;
  /** The element's `strings` overrides. */
  overrides(): Partial<UiStrings>;
  /** The element's `color-scheme`: `light`, `dark` or `auto`. */
  ownScheme(): string;
}

export class HostContextController implements ReactiveController {
  /** The host page's `color-scheme`, read when connected. */
  private _pageScheme = 'normal';
  /** The `lang` of the nearest ancestor that has one. */
  private _inheritedLang = '';
  /** Watches the `lang` of the ancestors up to that one, where a change could alter it. */
  private readonly _langObserver = new MutationObserver(() => this._readInheritedLang());

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: HostContextOptions,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._readInheritedLang();
    const scheme = getComputedStyle(this._host).colorScheme || 'normal';
    if (scheme !== this._pageScheme) {
      this._pageScheme = scheme;
      this._host.requestUpdate();
    }
  }

  hostDisconnected(): void {
    this._langObserver.disconnect();
  }

  /** The interface strings: the same object for as long as the language and the overrides hold. */
  get ui(): UiStrings {
    return this._uiFor(this._options.ownLang() || this._inheritedLang, this._options.overrides());
  }

  private readonly _uiFor = lastResult((lang: string, strings: Partial<UiStrings>): UiStrings => ({ ...stringsFor(lang), ...strings }));

  /** The class that sets the widget's colours: `scheme-light`, `scheme-dark` or `scheme-auto` (the reader's preference). */
  get schemeClass(): string {
    const scheme = this._options.ownScheme();
    if (scheme === 'light' || scheme === 'dark') return `scheme-${scheme}`;
    const page = this._pageScheme.split(/\s+/);
    if (page.includes('dark') && !page.includes('light')) return 'scheme-dark';
    if (page.includes('light') && !page.includes('dark')) return 'scheme-light';
    return 'scheme-auto';
  }

  /** The `lang` of the nearest ancestor with one, through the hosts of any shadow roots, as the browser resolves it. */
  private _readInheritedLang(): void {
    this._langObserver.disconnect();
    let node: Element | undefined = this._host;
    do {
      node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
      if (node) this._langObserver.observe(node, { attributeFilter: ['lang'] });
    } while (node && !node.hasAttribute('lang'));
    const lang = node?.getAttribute('lang') ?? '';
    if (lang === this._inheritedLang) return;
    this._inheritedLang = lang;
    this._host.requestUpdate();
  }
}
