import { css } from 'lit';
import { questions } from './questions.styles.js';
import { readerSettings } from './reader-settings.styles.js';

/*
 * The host page's CSS cannot reach into the shadow root, but inherited
 * properties still flow in through the host. `.faq`, the top element inside,
 * sets every inherited property that could change what the text says or how
 * it flows, where no page rule can win (a page's rules win over `:host`, and a
 * page-wide `* {}` rule styles the host), and leaves the font family and size
 * to the page.
 *
 * Line height and letter and word spacing are set on `:host` instead: what a
 * page sets on its body does not reach the widget, but a rule that names the
 * element itself does, and that is how a reader's text-spacing style sheet or
 * bookmarklet reaches it (WCAG 1.4.12). A page-wide `*` rule is such a rule too.
 */
const frame = css`
  :host {
    display: block;
    line-height: 1.75;
    letter-spacing: normal;
    word-spacing: normal;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .scheme-auto {
    color-scheme: light dark;
  }
  .scheme-light {
    color-scheme: light;
  }
  .scheme-dark {
    color-scheme: dark;
  }

  .faq {
    /* Each colour pair meets WCAG AA against the backgrounds it sits on, in both schemes. */
    --_accent: var(--jetro-faq-accent, light-dark(#0a4a9e, #9cc5ff));
    --_text: var(--jetro-faq-text, light-dark(#1a1a1a, #ececec));
    --_muted: light-dark(#4d4d4d, #c2c2c2);
    --_background: var(--jetro-faq-background, light-dark(#fff, #15181d));
    --_surface: var(--jetro-faq-surface, light-dark(#f2f5fa, #20252d));
    --_border: var(--jetro-faq-border, light-dark(#767676, #8a8f98));
    --_focus: var(--jetro-faq-focus, light-dark(#c0002a, #ffb454));
    --_radius: var(--jetro-faq-radius, 6px);
    --_space: var(--jetro-faq-spacing, 1rem);

    color: var(--_text);
    background: var(--_background);
    padding: var(--_space);
    border-radius: var(--_radius);

    font-family: var(--jetro-faq-font, inherit);
    font-style: normal;
    font-variant: normal;
    font-weight: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    /* Japanese line breaking: no small kana or closing brackets at a line's start. */
    line-break: strict;
    word-break: normal;
    /* Long URLs and e-mail addresses wrap instead of widening the page. */
    overflow-wrap: anywhere;
  }

  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font: inherit;
    font-weight: bold;
    line-height: 1.5;
    color: inherit;
    /* Headings that focus moves to (categories, 目次, contact) show no ring when clicked. */
    outline-offset: 4px;
  }

  p {
    margin: 0 0 var(--jetro-faq-paragraph-spacing, calc(var(--_space) * 0.75));
  }

  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }

  .header {
    margin-bottom: calc(var(--_space) * 1.5);
  }
  .programme {
    color: var(--_muted);
    font-size: 0.875em;
    margin-bottom: calc(var(--_space) * 0.25);
  }
  .header > :is(h2, h3, h4, h5, h6) {
    font-size: 1.6em;
    margin-bottom: calc(var(--_space) * 0.75);
  }

  .toc,
  .contact {
    background: var(--_surface);
    /* Invisible, until forced colours drop the background: then it outlines the box. */
    border: 1px solid transparent;
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .toc {
    margin-bottom: calc(var(--_space) * 2);
  }
  .toc > :is(h2, h3, h4, h5, h6) {
    font-size: 1.25em;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .toc-category-title {
    display: block;
    font-weight: bold;
    line-height: 1.5;
    margin: calc(var(--_space) * 0.75) 0 0;
  }
  .toc ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .toc .chunk {
    margin-top: calc(var(--_space) * 0.25);
  }
  /*
   * Block, not list-item: the list has no markers, and list items keep their
   * ordinals up to date, which makes filtering a long list quadratic.
   */
  .toc li {
    display: block;
  }
  .toc .chunk li + li {
    margin-top: calc(var(--_space) * 0.25);
  }
  .toc a {
    display: inline-block;
    padding-block: 0.125em;
  }
  /* A question's link: its number and its question are underlined each, not the space between them. */
  .toc li a {
    text-decoration: none;
  }
  .toc li a > span {
    text-decoration: underline;
  }
  .toc li a:hover > span {
    text-decoration-thickness: 2px;
  }

  .label {
    font-weight: bold;
    color: var(--_accent);
    margin-inline-end: 0.5em;
    white-space: nowrap;
  }
  .toc .label {
    margin-inline-end: 0.25em;
  }
`;

/**
 * In this order: the frame (the colours, the text, the header, the table of contents), the questions and
 * the controls, then what follows the reader's settings and device, which must win over both.
 */
export const styles = [frame, questions, readerSettings];
