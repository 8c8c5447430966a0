/**
 * The widget's anchors in the page URL: `#q7`, or `#alibaba-q7` with
 * `anchor-prefix="alibaba-"`. Pure functions; the element decides whether an
 * anchor names something it has.
 */
import { ANCHOR_NAME } from './content/rich-text.js';

/** A prefix that keeps anchors plain: letters, digits, `-` and `_`. */
export const ANCHOR_PREFIX = /^[A-Za-z0-9_-]{0,32}$/;

/**
 * Reads the widget anchor out of a URL fragment (`location.hash`).
 * Returns null for an empty, malformed or foreign fragment: `#%E3`,
 * `#<script>`, or one without the prefix.
 */
export function anchorFromHash(hash: string, prefix = ''): string | null {
  if (!hash.startsWith('#')) return null;
  let name: string;
  try {
    name = decodeURIComponent(hash.slice(1));
  } catch {
    return null;
  }
  if (!name.startsWith(prefix)) return null;
  const anchor = name.slice(prefix.length);
  return ANCHOR_NAME.test(anchor) ? anchor : null;
}

/** The URL fragment for one of the widget's anchors. */
export function hashFor(anchor: string, prefix = ''): string {
  return `#${prefix}${anchor}`;
}
