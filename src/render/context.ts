/** What every partial may need besides what it shows: one object for as long as none of it changes. */
import type { ToggleSource } from '../events.js';
import type { SearchIndex } from '../search/search-index.js';
import type { UiStrings } from '../strings.js';

export interface Handlers {
  anchorClick(event: MouseEvent, anchor: string, source: ToggleSource): void;
  backToToc(event: MouseEvent, id: string): void;
  questionClick(event: MouseEvent, id: string): void;
  /** The browser's find-in-page found text in question `id`'s closed answer. */
  found(id: string): void;
  questionBlur(id: string): void;
  copyLink(id: string, label: string): void;
  toggleAll(): void;
  searchFocus(event: FocusEvent): void;
  searchInput(event: InputEvent): void;
  searchCompositionEnd(event: CompositionEvent): void;
  searchKeydown(event: KeyboardEvent): void;
  accordionKeydown(event: KeyboardEvent): void;
}

export interface RenderContext {
  /** The level of the widget's top heading. */
  readonly level: number;
  readonly ui: UiStrings;
  /** The interface's `lang`, where it differs from the content's `ja`. */
  readonly uiLang: string | undefined;
  /** The search index, which marks matches in text. */
  readonly index: SearchIndex;
  /** The `href` of one of the widget's anchors. */
  readonly href: (anchor: string) => string;
  /** The checked contact-url, or undefined to lead to the contact block. */
  readonly contactHref: string | undefined;
  /** Whether links can be copied: the widget puts anchors in the page URL. */
  readonly copyable: boolean;
  readonly on: Handlers;
}
