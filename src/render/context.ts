/** What every partial may need besides what it shows: one object for as long as none of it changes. */
import type { ToggleSource } from '../events.js';
import type { SearchIndex } from '../search/search-index.js';
import type { UiStrings } from '../strings.js';

/*
 * What the partials call back, each the controller that handles it, seen through the methods the partials use.
 */

/** Navigation (NavigationController): the widget's links, the way back to the table of contents, the arrow keys. */
export interface NavigationHandlers {
  onAnchorClick(event: MouseEvent, anchor: string, source: ToggleSource): void;
  onBackToToc(event: MouseEvent, id: string): void;
  onQuestionBlur(id: string): void;
  onAccordionKeydown(event: KeyboardEvent): void;
}

/** The search box (SearchBoxController). */
export interface SearchHandlers {
  onFocus(event: FocusEvent): void;
  onInput(event: InputEvent): void;
  onCompositionEnd(event: CompositionEvent): void;
  onKeydown(event: KeyboardEvent): void;
}

/** The open answers (OpenAnswersController): the questions' buttons, the browser's find-in-page, すべて開く. */
export interface AnswerHandlers {
  onQuestionClick(event: MouseEvent, id: string): void;
  /** The browser's find-in-page found text in question `id`'s closed answer. */
  onFound(id: string): void;
  onToggleAll(): void;
}

/** Copying a question's link (CopyLinkController). */
export interface CopyHandlers {
  onCopy(id: string, label: string): void;
}

export interface RenderContext {
  /** The level of the widget's top heading. */
  readonly level: number;
  readonly ui: UiStrings;
  /** The interface's `lang`, where it differs from the content's `ja`. */
  readonly uiLang: string | undefined;
  /** The search index, which marks matches in text. */
  readonly searchIndex: SearchIndex;
  /** The `href` of one of the widget's anchors. */
  readonly linkTo: (anchor: string) => string;
  /** The checked contact-url, or undefined to lead to the contact block. */
  readonly contactHref: string | undefined;
  /** Whether links can be copied: the widget puts anchors in the page URL. */
  readonly copyable: boolean;
  readonly nav: NavigationHandlers;
  readonly search: SearchHandlers;
  readonly answers: AnswerHandlers;
  readonly copy: CopyHandlers;
}
