/** The attribute on the root of the build's fallback HTML (scripts/fallback-html.ts), by which the element knows its own. */
export const FALLBACK_ATTRIBUTE = 'data-jetro-faq-fallback';

/**
 * Takes back the fallback that a host's `<p>` pushed out of the element.
 *
 * WordPress's wpautop and Python-Markdown wrap a pasted embed in `<p>`; the
 * HTML parser closes that `<p>`, and the element inside it, at the fallback's
 * first block, so the element is left empty and its fallback follows it (or
 * follows the `<p>`), shown to the reader below the widget, with the ids that
 * `#q7` would reach. Moved inside, it is hidden like any fallback and its ids go
 * (navigation.ts), so the reader sees one FAQ. Anything else after the element
 * is the host's and stays where it is. (A marked fallback there beside one
 * inside would be a second copy of the FAQ: it goes in too.)
 */
export function adoptFallback(host: HTMLElement): void {
  const parent = host.parentElement;
  const next = host.nextElementSibling ?? (parent?.localName == 'p' ? parent.nextElementSibling : null);
  if (next?.hasAttribute(FALLBACK_ATTRIBUTE)) host.append(next);
}
