/** The widget's sections, in the order render() puts them: the header, the search box, the table of contents, the accordion, the contact block. */
import { html, nothing } from 'lit';
import { CONTACT_ANCHOR, TOC_ANCHOR, type FaqContent } from '../content/model.js';
import { SEARCH_HINT_ID, SEARCH_ID, SEARCH_LABEL_ID, TITLE_ID } from '../ids.js';
import type { Listing } from '../long-faq.js';
import { NO_TERMS } from '../search/search-index.js';
import type { RenderContext } from './context.js';
import { accordionLists, tocLists, toggleAll } from './lists.js';
import { memo } from './memo.js';
import { breakLines, focusableHeading, richText } from './text.js';

export const header = (content: FaqContent, cx: RenderContext) => html`
  <header class="header" part="header">
    <p class="programme">${breakLines(content.programme.map((line) => [line]))}</p>
    ${focusableHeading(cx.level, TITLE_ID, content.title)}
    <div class="intro">${richText(cx, content.intro, NO_TERMS)}</div>
  </header>
`;

/**
 * The search box, with `query` as typed and, once typing pauses, the `count` of questions it matches out of
 * `total` (-1: nothing to say), or of `related` questions when no question has every word. The landmark is
 * named by the box's label, so that landmark navigation says what it searches, beside the host page's own search.
 */
export const searchBox = (query: string, count: number, related: boolean, total: number, cx: RenderContext) => {
  const { ui, search } = cx;
  return html`
    <div class="search" part="search" role="search" aria-labelledby=${SEARCH_LABEL_ID} lang=${cx.uiLang ?? nothing}>
      <label id=${SEARCH_LABEL_ID} for=${SEARCH_ID}>${ui.searchLabel}</label>
      <input
        id=${SEARCH_ID}
        type="search"
        autocomplete="off"
        aria-describedby=${SEARCH_HINT_ID}
        .value=${query}
        @focus=${search.onFocus}
        @input=${search.onInput}
        @compositionend=${search.onCompositionEnd}
        @keydown=${search.onKeydown}
      />
      <p id=${SEARCH_HINT_ID} class="hint">${ui.searchHint}</p>
      <p class=${count < 0 ? 'count visually-hidden' : 'count'} role="status">
        ${
          count < 0
            ? nothing
            : related
              ? ui.relatedCount(count)
              : html`${ui.resultCount(count, total)}${count ? nothing : html`<span class="visually-hidden"> ${ui.noResults}</span>`}`
        }
      </p>
    </div>
  `;
};

/**
 * The table of contents, with the lists' arguments (see lists.ts), and whether the search has `noMatches`.
 */
export const toc = (content: FaqContent, listed: Listing, chunkSize: number, noMatches: boolean, cx: RenderContext) => html`
  <nav class="toc" part="toc" aria-labelledby=${TOC_ANCHOR}>
    ${focusableHeading(cx.level + 1, TOC_ANCHOR, cx.ui.toc, cx.uiLang)} ${memo(tocLists, content, listed, chunkSize, cx)}
    ${
      noMatches
        ? html`<p class="no-results" lang=${cx.uiLang ?? nothing}>
            ${cx.ui.noResults}
            <a href=${cx.linkTo(CONTACT_ANCHOR)} @click=${(event: MouseEvent) => cx.nav.onAnchorClick(event, CONTACT_ANCHOR, 'anchor')}
              >${cx.ui.noResultsContact}</a
            >
          </p>`
        : nothing
    }
  </nav>
`;

/**
 * The accordion: すべて開く for the questions the search matches (`matchedIds`), and the lists (as in `toc`), with the `open` answers,
 * the question whose link was just copied (`copiedId`), and the one navigation moved focus to (`target`).
 */
export const accordion = (
  content: FaqContent,
  matchedIds: readonly string[],
  listed: Listing,
  chunkSize: number,
  open: ReadonlySet<string>,
  copiedId: string,
  target: string,
  cx: RenderContext,
) => html`
  <div class="accordion" part="accordion" @keydown=${cx.nav.onAccordionKeydown}>
    ${memo(toggleAll, matchedIds, open, cx)} ${memo(accordionLists, content, listed, chunkSize, open, copiedId, target, cx)}
  </div>
`;

export const contact = (content: FaqContent, cx: RenderContext) => html`
  <div class="contact" part="contact">
    ${focusableHeading(cx.level + 1, CONTACT_ANCHOR, content.contact.title)} ${richText(cx, content.contact.body, NO_TERMS)}
  </div>
`;
