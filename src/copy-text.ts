/**
 * Copies text to the clipboard: the Clipboard API where it is allowed, else
 * the older copy command on a selected, off-screen text field.
 * @param scratch Where the fallback's temporary field may go (the shadow root).
 * @returns Whether the text was copied.
 */
export async function copyText(text: string, scratch: Node & ParentNode): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no permission, no user activation, an insecure page): try the fallback.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.readOnly = true;
  field.style.cssText = 'position: fixed; inset-inline-start: -9999px';
  const focused = (scratch instanceof ShadowRoot ? scratch.activeElement : document.activeElement) as HTMLElement | null;
  scratch.append(field);
  field.focus();
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    focused?.focus();
  }
}
