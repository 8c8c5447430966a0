/**
 * The ids in the shadow root, written once for the element and its tests.
 *
 * An anchor (`q7`, a category id, `toc`, `contact`) is the id of what it leads
 * to: a question's button, a category's heading. Every other id starts with
 * `_`, which an anchor cannot, so the content can never make two elements
 * share an id.
 */

/** The panel of question `id`'s answer: `_q7-answer`. */
export const answerId = (id: string) => `_${id}-answer`;
/** The heading around question `id`'s button, which navigation scrolls to: `_q7-heading`. */
export const headingId = (id: string) => `_${id}-heading`;
/** The table of contents' link to question `id`: `_toc-q7`. */
export const tocId = (id: string) => `_toc-${id}`;
/** The widget's title. */
export const TITLE_ID = '_title';
/** The search box, and the hint that describes it. */
export const SEARCH_ID = '_search';
export const SEARCH_HINT_ID = '_search-hint';
/** The search box's label, which names the search landmark too. */
export const SEARCH_LABEL_ID = '_search-label';
