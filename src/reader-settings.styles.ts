import { css } from 'lit';

/**
 * What follows the reader's settings and device: focus, a sticky page header's
 * room, reduced motion, narrow screens, forced colours and print. After the
 * layout (jetro-alibaba-faq.styles.ts), so that these win where the two set
 * the same property with the same specificity.
 */
export const readerSettings = css`
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
