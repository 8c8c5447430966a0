/**
 * What the element takes from the page around it: the interface language
 * (its own `lang`, else the nearest ancestor's, followed as it changes) with
 * the strings for it, and the colour scheme (its own, else the page's).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { InheritedLangController } from './inherited-lang.js';
import { lastResult } from './last-result.js';
import { stringsFor, type UiStrings } from './strings.js';

export interface HostContextOptions {
  /** The element's own `lang`, '' when not set. */
  lang(): string;
  /** The element's `strings` overrides. */
  strings(): Partial<UiStrings>;
  /** The element's `color-scheme`: `light`, `dark` or `auto`. */
  colorScheme(): string;
}

export class HostContextController implements ReactiveController {
  /** The host page's `color-scheme`, read when connected. */
  private _pageScheme = 'normal';
  /** The `lang` of the nearest ancestor that has one. */
  private _inheritedLang = '';

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _options: HostContextOptions,
  ) {
    _host.addController(this);
    new InheritedLangController(_host, (lang) => {
      this._inheritedLang = lang;
      _host.requestUpdate();
    });
  }

  hostConnected(): void {
    const scheme = getComputedStyle(this._host).colorScheme || 'normal';
    if (scheme !== this._pageScheme) {
      this._pageScheme = scheme;
      this._host.requestUpdate();
    }
  }

  /** The interface strings: the same object for as long as the language and the overrides hold. */
  get ui(): UiStrings {
    return this._uiFor(this._options.lang() || this._inheritedLang, this._options.strings());
  }

  private readonly _uiFor = lastResult((lang: string, strings: Partial<UiStrings>): UiStrings => ({ ...stringsFor(lang), ...strings }));

  /** The class that sets the widget's colours: `scheme-light`, `scheme-dark` or `scheme-auto` (the reader's preference). */
  get schemeClass(): string {
    const scheme = this._options.colorScheme();
    if (scheme === 'light' || scheme === 'dark') return `scheme-${scheme}`;
    const page = this._pageScheme.split(/\s+/);
    if (page.includes('dark') && !page.includes('light')) return 'scheme-dark';
    if (page.includes('light') && !page.includes('dark')) return 'scheme-light';
    return 'scheme-auto';
  }
}
