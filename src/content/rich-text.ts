/**
 * The small text format of the FAQ's answers: a line break is a line break, a
 * blank line starts a paragraph, and links are `[label](url)`, `<url>`, a bare
 * `https://` URL or a bare e-mail address. Nothing here is ever HTML: the
 * result is runs of text and links that the element renders as text nodes.
 */
import type { Line, Paragraph, RichText, Run } from './model.js';

/** Thrown for a link the widget will not make. */
export class LinkError extends Error {}

const LINK_SCHEMES = new Set(['https:', 'http:', 'mailto:', 'tel:']);
/** A widget anchor: `q7`, `contact`, a category id. */
export const ANCHOR_NAME = /^[A-Za-z][A-Za-z0-9_-]{0,63}$/;

const EMAIL = String.raw`[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+`;
const INLINE = new RegExp(
  [
    // No [ in a label: from every [ of a long run of them, a label running on to the line's end took quadratic time.
    String.raw`\[([^[\]\n]+)\]\(([^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)`, // [label](href), href may hold (…)
    String.raw`<((?:https?|mailto|tel):[^<>\s]+|${EMAIL})>`, // <url> or <address>
    String.raw`(https?://[^\s<>()（）「」『』、。]+)`, // bare URL
    // A bare address starts where a run of its characters starts: trying every place inside a long run
    // took quadratic time (4 s for 20,000 letters).
    String.raw`(?<![A-Za-z0-9._%+-])(${EMAIL})`, // bare address
  ].join('|'),
  'g',
);

/**
 * Checks a link target and returns it as the element will use it.
 * Throws LinkError for anything but the allowed schemes or a widget anchor.
 */
export function checkHref(href: string): string {
  if (href.startsWith('#')) {
    if (ANCHOR_NAME.test(href.slice(1))) return href;
    throw new LinkError(`"${href}" is not an anchor of the widget (a link needs a real address, not "#")`);
  }
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw new LinkError(`"${href}" is not an absolute URL`);
  }
  if (!LINK_SCHEMES.has(url.protocol)) {
    throw new LinkError(`"${url.protocol}" links are not allowed (only https:, http:, mailto:, tel: and #anchors)`);
  }
  return href;
}

/** Text between links: a `[label](` left in it is a link that could not be read. */
function textRun(text: string): Run {
  if (/\[[^[\]\n]*\]\(/.test(text)) throw new LinkError(`the link in "${text}" could not be read: write [label](address)`);
  return { text };
}

function parseLine(source: string): Line {
  const runs: Run[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    const [whole, label, target, angled, bareUrl, bareEmail] = match;
    if (match.index > last) runs.push(textRun(source.slice(last, match.index)));
    if (label !== undefined) {
      runs.push({ text: label, href: checkHref(target) });
    } else {
      const address = angled ?? bareUrl ?? bareEmail;
      const isEmail = !/^[a-z]+:/i.test(address);
      runs.push({ text: address, href: checkHref(isEmail ? `mailto:${address}` : address) });
    }
    last = match.index + whole.length;
  }
  if (last < source.length) runs.push(textRun(source.slice(last)));
  return runs;
}

/** Parses the text format into paragraphs of lines of runs. */
export function parseRichText(source: string): RichText {
  return source
    .replace(/\r\n?/g, '\n')
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .filter((block) => block !== '')
    .map((block): Paragraph => block.split('\n').map((line) => parseLine(line.trim())));
}
