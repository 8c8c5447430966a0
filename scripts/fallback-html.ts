/**
 * The plain-HTML rendering of the FAQ that the build writes to
 * dist/jetro-alibaba-faq.fallback.html. A host pastes it inside the element:
 * it is the page's first paint, crawlers and readers without JavaScript get
 * the whole FAQ (questions in <details>, every link), and the element hides it
 * once it renders. Every text is escaped; links were checked by the validator.
 *
 * Written for the hosts that rewrite what an owner pastes (see the README's
 * "Before JavaScript, and without it"):
 * - No comment and no <style>: a sanitiser (WordPress's KSES) strips tags but
 *   keeps their text, and shows comments as text. Its styles are `style`
 *   attributes, which KSES and DOMPurify keep, and which page CSS does not
 *   override; where they go, a plain FAQ stays.
 * - One line: wpautop and Markdown turn line breaks into <br> and <p>.
 * - Its root carries FALLBACK_ATTRIBUTE, so that an element that a <p> cut off
 *   from its fallback finds it just after itself and takes it back
 *   (src/adopt-fallback.ts).
 *
 * The header is laid out as the widget lays out its own (the same padding, font
 * sizes, line heights and margins as jetro-alibaba-faq.styles.ts): the intro
 * paragraph, the largest text in view, then paints in the same box before and
 * after the upgrade, so the page's LCP stays the fallback's paint, and the
 * text above the fold does not move.
 */
import { isLink, type FaqContent, type RichText } from '../src/content/model.js';
import { FALLBACK_ATTRIBUTE } from '../src/adopt-fallback.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (c) => ENTITIES[c]);

/*
 * The widget's frame and header (jetro-alibaba-faq.styles.ts: .faq, .programme, the title, p), with the
 * properties a page's own rules for p and h2 most often change set back. Keep them in step with the widget:
 * test/fallback.test.ts compares the boxes.
 */
const ROOT = 'padding:1rem;line-height:1.75;letter-spacing:normal;word-spacing:normal;text-align:start';
const BOX = 'padding:0;max-width:none;font-family:inherit;font-style:normal';
const STYLE = {
  programme: `margin:0 0 .25rem;${BOX};font-size:.875em;line-height:1.75`,
  title: `margin:0 0 .75rem;${BOX};font-size:1.6em;line-height:1.5;font-weight:bold`,
  intro: `margin:0 0 .75rem;${BOX};font-size:1em;line-height:1.75`,
};

function richText(text: RichText, style = ''): string {
  const attribute = style && ` style="${style}"`;
  return text
    .map(
      (paragraph) =>
        `<p${attribute}>${paragraph
          .map((line) => line.map((run) => (isLink(run) ? `<a href="${escape(run.href)}">${escape(run.text)}</a>` : escape(run.text))).join(''))
          .join('<br>')}</p>`,
    )
    .join('');
}

export function fallbackHtml(content: FaqContent): string {
  const toc = content.categories
    .map(
      (category) =>
        `<li>${escape(category.title)}<ul>${category.items
          .map((item) => `<li><a href="#${item.id}">${escape(item.label)} ${escape(item.question)}</a></li>`)
          .join('')}</ul></li>`,
    )
    .join('');
  const body = content.categories
    .map(
      (category) =>
        `<h3 id="${category.id}">${escape(category.title)}</h3>${category.items
          .map(
            (item) => `<details id="${item.id}"><summary>${escape(item.label)} ${escape(item.question)}</summary>${richText(item.answer)}</details>`,
          )
          .join('')}`,
    )
    .join('');
  return (
    `<div ${FALLBACK_ATTRIBUTE} lang="ja" style="${ROOT}">` +
    `<p style="${STYLE.programme}">${content.programme.map(escape).join('<br>')}</p>` +
    `<h2 style="${STYLE.title}">${escape(content.title)}</h2>` +
    richText(content.intro, STYLE.intro) +
    `<nav aria-label="目次"><ul>${toc}</ul></nav>` +
    body +
    `<h3 id="contact">${escape(content.contact.title)}</h3>${richText(content.contact.body)}` +
    '</div>\n'
  );
}
