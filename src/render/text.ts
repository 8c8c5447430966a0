/** Content text: paragraphs, lines, links, and the search's marks. */
import { html, nothing, type TemplateResult } from 'lit';
import { CONTACT_ANCHOR, isLink, type LinkRun, type RichText } from '../content/model.js';
import { heading } from '../heading.js';
import type { SearchTerm } from '../search/search-index.js';
import type { RenderContext } from './context.js';

/** Text with the search's matches in <mark>. */
export function marked(cx: RenderContext, text: string, terms: readonly SearchTerm[]) {
  if (terms.length === 0) return text;
  return cx.searchIndex.highlight(text, terms).map((piece) => (piece.marked ? html`<mark>${piece.text}</mark>` : piece.text));
}

/** A heading that navigation can move focus to. */
export const focusableHeading = (level: number, id: string, text: string, lang?: string): TemplateResult =>
  heading(level, text, { id, focusable: true, lang });

const BR = html`<br />`;

/**
 * Lines as one list with a break between them, for a paragraph's child part: no template of its own for each
 * line, which a thousand closed answers would each keep in memory.
 */
export const breakLines = (lines: readonly unknown[][]) => lines.flatMap((line, i) => (i ? [BR, ...line] : line));

export function richText(cx: RenderContext, text: RichText, terms: readonly SearchTerm[]): TemplateResult[] {
  return text.map(
    (paragraph) =>
      html`<p>${breakLines(paragraph.map((line) => line.map((run) => (isLink(run) ? link(cx, run, terms) : marked(cx, run.text, terms)))))}</p>`,
  );
}

function link(cx: RenderContext, run: LinkRun, terms: readonly SearchTerm[]): TemplateResult {
  const text = marked(cx, run.text, terms);
  if (!run.href.startsWith('#')) {
    // A link whose text is its address needs no address written after it in print.
    return html`<a href=${run.href} class=${run.text === run.href ? 'bare' : nothing}>${text}</a>`;
  }
  const anchor = run.href.slice(1);
  const contactHref = anchor === CONTACT_ANCHOR ? cx.contactHref : undefined;
  if (contactHref) return html`<a href=${contactHref}>${text}</a>`;
  // Without contact-url, お問合せフォーム leads to the contact block: its name says so.
  const lang = anchor === CONTACT_ANCHOR ? cx.ui.lang : '';
  return html`<a class="internal" href=${cx.linkTo(anchor)} @click=${(event: MouseEvent) => cx.nav.onAnchorClick(event, anchor, 'anchor')}
    >${text}${lang ? html`<span class="visually-hidden" lang=${lang}>${cx.ui.inPageContact}</span>` : nothing}</a
  >`;
}
