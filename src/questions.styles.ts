import { css } from 'lit';

/** The accordion's categories, questions and answers, the search box and the buttons, and the contact block. */
export const questions = css`
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
`;
