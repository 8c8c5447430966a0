/**
 * The table of contents' lists and the accordion. The lists render again only
 * when what they show has changed (memo): a keystroke whose step waits for
 * the next frame renders no list at all, and each entry renders again only
 * when something it shows has changed, so that a keystroke in a long FAQ
 * costs the entries it lists, unlists or marks, not all of them. Listing or
 * unlisting an entry changes one attribute: what is inside is memoized apart.
 */
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { TOC_ANCHOR, type FaqContent, type FaqItem } from '../content/model.js';
import { heading } from '../heading.js';
import { answerId, headingId, tocId } from '../ids.js';
import type { SearchResult, SearchTerm } from '../search/search-index.js';
import type { ShownEntries } from '../search/shown-entries.js';
import { untilFound } from '../until-found.js';
import type { RenderContext } from './context.js';
import { memo } from './memo.js';
import { focusableHeading, marked, richText } from './text.js';

/** No marks: one array, so that entries compare it at a glance. */
const NO_TERMS: readonly SearchTerm[] = [];

export interface ListsView {
  readonly content: FaqContent;
  /** The questions listed now, with their marks; `version` changes whenever they do. */
  readonly listed: ShownEntries;
  readonly version: number;
  /** How many questions are laid out, or skipped, together: a long FAQ's chunk, or a whole category. */
  readonly chunkSize: number;
  readonly cx: RenderContext;
}

export interface AccordionView extends ListsView {
  readonly open: ReadonlySet<string>;
  /** The question whose link was just copied. */
  readonly copiedId: string;
  /** The question navigation moved focus to. */
  readonly target: string;
}

function chunks(items: readonly FaqItem[], size: number): (readonly FaqItem[])[] {
  const chunks = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

// A category's title names its lists, and is no heading: the accordion's heading is the one in the outline.
export const tocLists = ({ content, listed, chunkSize, cx }: ListsView) =>
  content.categories.map(
    (category) => html`
      <div class="toc-category" ?hidden=${!category.items.some((item) => listed.has(item.id))}>
        <p class="toc-category-title" id=${tocId(category.id)}>${category.title}</p>
        ${chunks(category.items, chunkSize).map(
          (chunk) =>
            html`<ul class="chunk" aria-labelledby=${tocId(category.id)} ?hidden=${!chunk.some((item) => listed.has(item.id))}>
              ${chunk.map((item) => memo(tocEntry, { item, listed: listed.has(item.id), marks: listed.marks(item.id), cx }))}
            </ul>`,
        )}
      </div>
    `,
  );

interface EntryView {
  readonly item: FaqItem;
  readonly marks: readonly SearchTerm[];
  readonly cx: RenderContext;
}

const tocEntry = ({ listed, ...link }: EntryView & { listed: boolean }) => html`<li ?hidden=${!listed}>${memo(tocLink, link)}</li>`;

// The question in a span: Chromium leaves a space that stands alone before one of Lit's markers out of the link's name ("Q7ジェトロ…").
const tocLink = ({ item, marks, cx }: EntryView) =>
  html`<a id=${tocId(item.id)} href=${cx.href(item.id)} @click=${(event: MouseEvent) => cx.on.anchorClick(event, item.id, 'toc')}
    ><span class="label">${item.label}</span> <span>${marked(cx, item.question, marks)}</span></a
  >`;

export const accordionLists = ({ content, listed, chunkSize, cx, open, copiedId, target }: AccordionView) =>
  content.categories.map(
    (category) => html`
      <div class="category" ?hidden=${!category.items.some((item) => listed.has(item.id))}>
        ${focusableHeading(cx.level + 1, category.id, category.title)}
        ${chunks(category.items, chunkSize).map(
          (chunk) =>
            html`<div class="chunk" ?hidden=${!chunk.some((item) => listed.has(item.id))}>
              ${chunk.map((item) =>
                memo(accordionItem, {
                  item,
                  listed: listed.has(item.id),
                  marks: listed.marks(item.id),
                  open: open.has(item.id),
                  copied: copiedId === item.id,
                  target: target === item.id,
                  cx,
                }),
              )}
            </div>`,
        )}
      </div>
    `,
  );

interface ItemView extends EntryView {
  readonly open: boolean;
  readonly copied: boolean;
  readonly target: boolean;
}

const accordionItem = ({ listed, item, marks, open, copied, target, cx }: ItemView & { listed: boolean }) =>
  html`<div class="item" ?hidden=${!listed}>
    ${memo(question, { item, marks, open, target, cx })}
    ${
      // A closed answer shows no marks: nothing to render again when the search changes.
      memo(answer, { item, marks: open ? marks : NO_TERMS, open, copied, cx })
    }
  </div>`;

const question = ({ item, marks, open, target, cx }: Omit<ItemView, 'copied'>) =>
  heading(
    cx.level + 2,
    html`<button
      class="question"
      part="question"
      id=${item.id}
      aria-expanded=${open ? 'true' : 'false'}
      aria-controls=${answerId(item.id)}
      ?data-navigation-target=${target}
      @click=${(event: MouseEvent) => cx.on.questionClick(event, item.id)}
      @blur=${() => cx.on.questionBlur(item.id)}
    >
      <span class="label">${item.label}</span>
      <span class="question-text">${marked(cx, item.question, marks)}</span>
      <span class="chevron" aria-hidden="true"></span>
    </button>`,
    { id: headingId(item.id), className: 'item-heading' },
  );

const answer = ({ item, marks, open, copied, cx }: Omit<ItemView, 'target'>) => {
  const { ui, uiLang } = cx;
  return html`<div
    class="answer"
    part="answer"
    id=${answerId(item.id)}
    role=${ifDefined(open ? 'group' : undefined)}
    aria-labelledby=${ifDefined(open ? item.id : undefined)}
    hidden=${untilFound(!open)}
    @beforematch=${() => cx.on.found(item.id)}
  >
    <div class="answer-body">
      ${richText(cx, item.answer, marks)}
      ${
        open
          ? // Only an open answer shows its tools: a thousand closed ones stay light.
            html`<p class="answer-tools" lang=${ifDefined(uiLang)}>
              <a class="back" href=${cx.href(TOC_ANCHOR)} @click=${(event: MouseEvent) => cx.on.backToToc(event, item.id)}>${ui.backToToc}</a>
              <button
                class="copy-link"
                part="copy-link"
                aria-label=${copied ? ui.linkCopiedName(item.label) : ui.copyLinkName(item.label)}
                ?hidden=${!cx.copyable}
                @click=${() => cx.on.copyLink(item.id, item.label)}
              >
                ${copied ? ui.linkCopied : ui.copyLink}
              </button>
            </p>`
          : nothing
      }
    </div>
  </div>`;
};

export interface ToggleAllView {
  readonly content: FaqContent;
  readonly matches: SearchResult;
  readonly open: ReadonlySet<string>;
  readonly cx: RenderContext;
}

/** The button that opens every answer the search matches, or closes them all when they are all open. */
export function toggleAll({ content, matches, open, cx }: ToggleAllView) {
  const matched = content.items.filter((item) => matches.ids.has(item.id));
  return html`
    <p class="toggle-all-row" ?hidden=${matched.length === 0}>
      <button
        class="toggle-all"
        part="toggle-all"
        lang=${ifDefined(cx.uiLang)}
        aria-controls=${matched.map((item) => answerId(item.id)).join(' ')}
        @click=${cx.on.toggleAll}
      >
        ${
          allOpen(
            matched.map((item) => item.id),
            open,
          )
            ? cx.ui.collapseAll
            : cx.ui.expandAll
        }
      </button>
    </p>
  `;
}

/** Whether every one of `ids` is open: what すべて開く / すべて閉じる says and does. */
export const allOpen = (ids: readonly string[], open: ReadonlySet<string>) => ids.length > 0 && ids.every((id) => open.has(id));
