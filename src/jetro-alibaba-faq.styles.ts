import { css } from 'lit';

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
export const styles = css`
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
    font-weight: bold;
    line-height: 1.5;
    margin: calc(var(--_space) * 0.75) 0 0;
  }
  .toc ul {
    list-style: none;
    margin: calc(var(--_space) * 0.25) 0 0;
    padding: 0;
  }
  /*
   * Block, not list-item: the list has no markers, and list items keep their
   * ordinals up to date, which makes filtering a long list quadratic.
   */
  .toc li {
    display: block;
  }
  .toc li + li {
    margin-top: calc(var(--_space) * 0.25);
  }
  .toc a {
    display: inline-block;
    padding-block: 0.125em;
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

  .category > :is(h2, h3, h4, h5, h6) {
    font-size: 1.25em;
    margin: calc(var(--_space) * 2) 0 calc(var(--_space) * 0.5);
  }
  .toggle-all-row + .category > :is(h2, h3, h4, h5, h6) {
    margin-top: 0;
  }

  .item {
    border-bottom: 1px solid var(--_border);
  }
  /*
   * A long FAQ (over 100 questions) comes in chunks of 10 questions (CHUNK in
   * the element; the sizes below are 10 questions' worth). What is
   * off screen skips style, layout and paint a chunk at a time, and so does
   * any change to it, such as a search hiding its questions: a keystroke
   * costs what is on screen.
   */
  .long .chunk {
    content-visibility: auto;
    contain-intrinsic-size: auto 35em;
  }
  .long ul.chunk {
    contain-intrinsic-size: auto 20em;
  }
  /* all: unset makes the font and the text alignment inherit from .faq's. */
  .question {
    all: unset;
    box-sizing: border-box;
    display: flex;
    align-items: baseline;
    gap: 0.25em;
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.75) calc(var(--_space) * 0.25);
    cursor: pointer;
    font-weight: bold;
    line-height: 1.6;
    color: var(--_text);
    border-radius: 2px;
  }
  .question:hover .question-text {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .question-text {
    flex: 1;
    /* Where the engine knows Japanese phrases, a question wraps between them. */
    word-break: auto-phrase;
  }
  .chevron {
    flex: none;
    align-self: center;
    width: 0.6em;
    height: 0.6em;
    margin-inline: 0.5em 0.25em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: translateY(-25%) rotate(45deg);
  }
  .question[aria-expanded='true'] .chevron {
    transform: translateY(25%) rotate(225deg);
  }

  /* The panel itself has no box of its own: a closed one (hidden="until-found") takes no room. */
  .answer:not([hidden]) {
    border-inline-start: 3px solid var(--_accent);
    margin-bottom: calc(var(--_space) * 0.75);
  }
  .answer-body {
    padding: 0 calc(var(--_space) * 0.25) calc(var(--_space) * 0.25) calc(var(--_space) * 1.25);
  }
  .answer-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    font-size: 0.875em;
    margin: 0;
  }

  .search {
    margin-bottom: var(--_space);
  }
  .search label {
    display: block;
    font-weight: bold;
    margin-bottom: 0.25em;
  }
  .search input {
    width: 100%;
    min-height: 44px;
    padding: 0.5em 0.75em;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0.25em 0 0;
  }
  .count {
    font-weight: bold;
    margin: 0.5em 0 0;
  }
  .no-results {
    margin: 0.25em 0 0;
  }
  /* Text and links on it reach 4.5:1 in both schemes; the outline shows a match without colour. */
  mark {
    color: inherit;
    background: light-dark(#fff0a8, #5c4d00);
    outline: 1px solid currentColor;
    border-radius: 2px;
  }

  .toggle-all-row {
    display: flex;
    justify-content: flex-end;
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .toggle-all,
  .copy-link {
    font: inherit;
    color: var(--_accent);
    background: var(--_background);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .toggle-all {
    min-height: 44px;
    padding: 0.25em 1em;
  }
  .copy-link {
    min-height: 32px;
    padding: 0.125em 0.75em;
  }
  .toggle-all:hover,
  .copy-link:hover {
    background: var(--_surface);
  }

  [hidden]:not(.answer) {
    display: none !important;
  }
  /* On text (a p or a span): no padding or border to undo. */
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
  }

  .contact {
    margin-top: calc(var(--_space) * 2);
  }
  .contact > :is(h2, h3, h4, h5, h6) {
    font-size: 1.125em;
    margin-bottom: calc(var(--_space) * 0.5);
  }
  .contact p:last-child {
    margin-bottom: 0;
  }

  /* Whatever takes focus, or is scrolled to (a question's heading), keeps clear of a sticky page header. */
  .faq :is(a, button, input, [tabindex], .item-heading) {
    scroll-margin-top: var(--jetro-faq-scroll-margin, 1rem);
  }

  /* After every other rule, and more specific than any, so nothing resets the ring (.question has all: unset). */
  .faq :focus-visible,
  .faq [data-navigation-target]:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .faq :is(h2, h3, h4, h5, h6):focus:not(:focus-visible) {
    outline: none;
  }

  @media (prefers-reduced-motion: no-preference) {
    .answer:not([hidden]) {
      animation: reveal 150ms ease-out;
    }
    .chevron {
      transition: transform 150ms ease-out;
    }
  }
  @keyframes reveal {
    from {
      opacity: 0;
      transform: translateY(-0.25em);
    }
  }

  @media (max-width: 30em) {
    .answer-body {
      padding-inline-start: calc(var(--_space) * 0.75);
    }
  }

  @media (forced-colors: active) {
    .faq {
      --_focus: Highlight;
    }
    .question[aria-expanded='true'] {
      border-inline-start: 4px solid ButtonText;
    }
    .answer:not([hidden]) {
      border-inline-start-color: CanvasText;
    }
    mark {
      color: MarkText;
      background: Mark;
    }
  }

  /* Printing shows every answer, with the addresses of links written out. */
  @media print {
    /* Paper is white: the light scheme's colours, whatever the screen's scheme (light-dark() follows color-scheme). */
    .faq {
      color-scheme: light;
      background: none;
      color: #000;
      padding: 0;
    }
    /* Every question and answer, also those a search hides: paper has the whole FAQ, none of it skipped as off screen or until found. */
    .faq [hidden]:not(.toggle-all-row) {
      display: block !important;
    }
    .faq [hidden],
    .long .chunk {
      content-visibility: visible;
    }
    .chevron,
    .answer-tools,
    .search,
    .toggle-all-row {
      display: none;
    }
    .item {
      break-inside: avoid;
    }
    /* Not the widget's own links: their addresses are absolute (see NavigationController.href), but lead within the page. */
    a[href^='http']:not(.bare, .internal, .toc a)::after {
      content: ' (' attr(href) ')';
    }
  }
`;
