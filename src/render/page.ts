/** The whole widget: the header, the search box, the table of contents, the accordion, the contact block. */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CONTACT_ANCHOR, TOC_ANCHOR, type FaqContent } from '../content/model.js';
import { SEARCH_HINT_ID, SEARCH_ID, TITLE_ID } from '../ids.js';
import type { SearchResult, SearchTerm } from '../search/search-index.js';
import type { ShownEntries } from '../search/shown-entries.js';
import type { RenderContext } from './context.js';
import { accordionLists, tocLists, toggleAll } from './lists.js';
import { memo } from './memo.js';
import { breakLines, focusableHeading, richText } from './text.js';

const NO_TERMS: readonly SearchTerm[] = [];

export interface PageView {
  readonly content: FaqContent;
  readonly cx: RenderContext;
  /** The questions listed now, with their marks; `version` changes whenever they do. */
  readonly listed: ShownEntries;
  readonly version: number;
  /** How many questions are laid out, or skipped, together: a long FAQ's chunk, or a whole category. */
  readonly chunkSize: number;
  /** The open answers. */
  readonly open: ReadonlySet<string>;
  /** The question whose link was just copied. */
  readonly copiedId: string;
  /** The question navigation moved focus to. */
  readonly target: string;
  /** The colour scheme's class: `scheme-light`, `scheme-dark` or `scheme-auto`. */
  readonly schemeClass: string;
  /** Whether the FAQ is long (see `.long` in the styles). */
  readonly long: boolean;
  /** The search as typed, and what it matches. */
  readonly query: string;
  readonly matches: SearchResult;
  /** What the result count says once typing pauses: the number of questions matched, or -1 for nothing. */
  readonly count: number;
  /** What the hidden status region says. */
  readonly announcement: string;
}

export function page(view: PageView) {
  const { content, listed, version, chunkSize, cx, open, copiedId, target, query, matches, count } = view;
  const { ui, uiLang, on } = cx;
  return html`
    <section class="faq ${view.schemeClass} ${view.long ? 'long' : ''}" part="base" lang="ja" aria-labelledby=${TITLE_ID}>
      <header class="header" part="header">
        <p class="programme">${breakLines(content.programme.map((line) => [line]))}</p>
        ${focusableHeading(cx.level, TITLE_ID, content.title)}
        <div class="intro">${richText(cx, content.intro, NO_TERMS)}</div>
      </header>

      <div class="search" part="search" role="search" lang=${ifDefined(uiLang)}>
        <label for=${SEARCH_ID}>${ui.searchLabel}</label>
        <input
          id=${SEARCH_ID}
          type="search"
          autocomplete="off"
          aria-describedby=${SEARCH_HINT_ID}
          .value=${query}
          @focus=${on.searchFocus}
          @input=${on.searchInput}
          @compositionend=${on.searchCompositionEnd}
          @keydown=${on.searchKeydown}
        />
        <p id=${SEARCH_HINT_ID} class="hint">${ui.searchHint}</p>
        <p class=${count < 0 ? 'count visually-hidden' : 'count'} role="status">
          ${count < 0 ? nothing : html`${ui.resultCount(count, content.items.length)}${count ? nothing : html`<span class="visually-hidden"> ${ui.noResults}</span>`}`}
        </p>
      </div>

      <nav class="toc" part="toc" aria-labelledby=${TOC_ANCHOR}>
        ${focusableHeading(cx.level + 1, TOC_ANCHOR, ui.toc, uiLang)} ${memo(tocLists, content, listed, version, chunkSize, cx)}
        ${
          query && matches.ids.size === 0
            ? html`<p class="no-results" lang=${ifDefined(uiLang)}>
                ${ui.noResults}
                <a href=${cx.href(CONTACT_ANCHOR)} @click=${(event: MouseEvent) => on.anchorClick(event, CONTACT_ANCHOR, 'anchor')}
                  >${ui.noResultsContact}</a
                >
              </p>`
            : nothing
        }
      </nav>

      <div class="accordion" part="accordion" @keydown=${on.accordionKeydown}>
        ${memo(toggleAll, content, matches, open, cx)} ${memo(accordionLists, content, listed, version, chunkSize, cx, open, copiedId, target)}
      </div>

      <div class="contact" part="contact">
        ${focusableHeading(cx.level + 1, CONTACT_ANCHOR, content.contact.title)} ${richText(cx, content.contact.body, NO_TERMS)}
      </div>

      <p class="visually-hidden" role="status" lang=${ifDefined(uiLang)}>${view.announcement}</p>
    </section>
  `;
}
