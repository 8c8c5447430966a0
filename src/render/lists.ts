/**
 * The table of contents' lists and the accordion. The lists render again only
 * when what they show has changed (memo): a keystroke whose step waits for
 * the next frame renders no list at all, and each entry renders again only
 * when something it shows has changed, so that a keystroke in a long FAQ
 * costs the entries it lists, unlists or marks, not all of them. Listing or
 * unlisting an entry changes one attribute: what is inside is memoized apart.
 */
import { html, nothing } from 'lit';
import { TOC_ANCHOR, type FaqContent, type FaqItem } from '../content/model.js';
import { heading } from '../heading.js';
import { answerId, headingId, tocId } from '../ids.js';
import { NO_TERMS, type SearchTerm } from '../search/search-index.js';
import type { Listing } from '../long-faq.js';
import { allOpen } from '../open-answers.js';
import { untilFound } from '../until-found.js';
import type { RenderContext } from './context.js';
import { memo } from './memo.js';
import { focusableHeading, marked, richText } from './text.js';

function chunks(items: readonly FaqItem[], size: number): (readonly FaqItem[])[] {
  const result = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/*
 * The lists' arguments: the content; the questions `listed` now, with their marks (a new object whenever they
 * change); and `chunkSize`, how many questions are laid out, or skipped, together: a long FAQ's chunk, or a whole
 * category.
 */

/*
 * The categories are a list, each item its title and then its questions' list, as a table of contents nests:
 * a screen reader says each title once, as text, and which list it is in. The title is no heading (the
 * accordion's is the one in the outline), and it names no list: a named list says it a second time.
 */
export const tocLists = (content: FaqContent, listed: Listing, chunkSize: number, cx: RenderContext) =>
  html`<ul ?hidden=${!content.items.some((item) => listed.has(item.id))}>
    ${content.categories.map(
      (category) => html`
        <li class="toc-category" ?hidden=${!category.items.some((item) => listed.has(item.id))}>
          <span class="toc-category-title">${category.title}</span>
          ${chunks(category.items, chunkSize).map(
            (chunk) =>
              html`<ul class="chunk" ?hidden=${!chunk.some((item) => listed.has(item.id))}>
                ${chunk.map((item) => memo(tocEntry, item, listed.has(item.id), listed.marks(item.id), cx))}
              </ul>`,
          )}
        </li>
      `,
    )}
  </ul>`;

const tocEntry = (item: FaqItem, listed: boolean, marks: readonly SearchTerm[], cx: RenderContext) =>
  html`<li ?hidden=${!listed}>${memo(tocLink, item, marks, cx)}</li>`;

// The question in a span: Chromium leaves a space that stands alone before one of Lit's markers out of the link's name ("Q7ジェトロ…").
const tocLink = (item: FaqItem, marks: readonly SearchTerm[], cx: RenderContext) =>
  html`<a id=${tocId(item.id)} href=${cx.linkTo(item.id)} @click=${(event: MouseEvent) => cx.nav.onAnchorClick(event, item.id, 'toc')}
    ><span class="label">${item.label}</span> <span>${marked(cx, item.question, marks)}</span></a
  >`;

/** The accordion's lists, with the questions that are `open`, the one whose link was just copied, and the one navigation moved focus to. */
export const accordionLists = (
  content: FaqContent,
  listed: Listing,
  chunkSize: number,
  open: ReadonlySet<string>,
  copiedId: string,
  target: string,
  cx: RenderContext,
) =>
  content.categories.map(
    (category) => html`
      <div class="category" ?hidden=${!category.items.some((item) => listed.has(item.id))}>
        ${focusableHeading(cx.level + 1, category.id, category.title)}
        ${chunks(category.items, chunkSize).map(
          (chunk) =>
            html`<div class="chunk" ?hidden=${!chunk.some((item) => listed.has(item.id))}>
              ${chunk.map((item) =>
                memo(
                  accordionItem,
                  item,
                  listed.has(item.id),
                  listed.marks(item.id),
                  open.has(item.id),
                  copiedId === item.id,
                  target === item.id,
                  cx,
                ),
              )}
            </div>`,
        )}
      </div>
    `,
  );

const accordionItem = (
  item: FaqItem,
  listed: boolean,
  marks: readonly SearchTerm[],
  open: boolean,
  copied: boolean,
  target: boolean,
  cx: RenderContext,
) =>
  html`<div class="item" ?hidden=${!listed}>
    ${memo(question, item, marks, open, target, cx)}
    ${
      // A closed answer shows no marks: nothing to render again when the search changes.
      memo(answer, item, open ? marks : NO_TERMS, open, copied, cx)
    }
  </div>`;

const question = (item: FaqItem, marks: readonly SearchTerm[], open: boolean, target: boolean, cx: RenderContext) =>
  heading(
    cx.level + 2,
    html`<button
      class="question"
      part="question"
      id=${item.id}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${answerId(item.id)}
      ?data-navigation-target=${target}
      @click=${(event: MouseEvent) => cx.answers.onQuestionClick(event, item.id)}
      @blur=${() => cx.nav.onQuestionBlur(item.id)}
    >
      <span class="label">${item.label}</span>
      <span class="question-text">${marked(cx, item.question, marks)}</span>
      <span class="chevron" aria-hidden="true"></span>
    </button>`,
    { id: headingId(item.id), className: 'item-heading' },
  );

/*
 * An open answer is no group and no region, and has no name: the reader has just heard its question, on the
 * button it follows, which also controls it (aria-controls); a name read the whole question again before
 * the answer. The APG's accordion makes a panel a region only optionally, and not where more than about six
 * can be open at once (すべて開く opens them all), which would fill the landmarks.
 */
const answer = (item: FaqItem, marks: readonly SearchTerm[], open: boolean, copied: boolean, cx: RenderContext) => {
  const { ui, uiLang } = cx;
  return html`<div class="answer" part="answer" id=${answerId(item.id)} hidden=${untilFound(!open)} @beforematch=${() => cx.answers.onFound(item.id)}>
    <div class="answer-body">
      ${richText(cx, item.answer, marks)}
      ${
        open
          ? // Only an open answer shows its tools: a thousand closed ones stay light.
            html`<p class="answer-tools" lang=${uiLang ?? nothing}>
              <a class="back" href=${cx.linkTo(TOC_ANCHOR)} @click=${(event: MouseEvent) => cx.nav.onBackToToc(event, item.id)}>${ui.backToToc}</a>
              <button
                class="copy-link"
                part="copy-link"
                aria-label=${copied ? ui.linkCopiedName(item.label) : ui.copyLinkName(item.label)}
                ?hidden=${!cx.copyable}
                @click=${() => cx.copy.onCopy(item.id, item.label)}
              >
                ${copied ? ui.linkCopied : ui.copyLink}
              </button>
            </p>`
          : nothing
      }
    </div>
  </div>`;
};

/** The button that opens every answer the search matches, or closes them all when they are all open. */
export function toggleAll(matchedIds: readonly string[], open: ReadonlySet<string>, cx: RenderContext) {
  return html`
    <p class="toggle-all-row" ?hidden=${matchedIds.length === 0}>
      <button
        class="toggle-all"
        part="toggle-all"
        lang=${cx.uiLang ?? nothing}
        aria-controls=${matchedIds.map(answerId).join(' ')}
        @click=${cx.answers.onToggleAll}
      >
        ${allOpen(matchedIds, open) ? cx.ui.collapseAll : cx.ui.expandAll}
      </button>
    </p>
  `;
}
