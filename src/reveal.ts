/**
 * Reveals an element the widget navigates to, as the browser does for its own
 * fragments and find-in-page: every closed `<details>` around it opens, and
 * every `hidden="until-found"` around it is told (`beforematch`) and shown.
 * It walks the composed tree, so a `<details>` in the light DOM of the page
 * or in another component's shadow root opens alike.
 */
export function reveal(target: Element): void {
  for (
    let node: Element | null | undefined = target;
    node;
    node = node.assignedSlot ?? node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host
  ) {
    if (node.getAttribute('hidden') === 'until-found') {
      node.dispatchEvent(new Event('beforematch', { bubbles: true }));
      node.removeAttribute('hidden');
    }
    if (node instanceof HTMLDetailsElement) node.open = true;
  }
}
