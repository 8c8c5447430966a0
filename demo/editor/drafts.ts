/**
 * The editor's draft in the browser's storage, so that a reload or a closed
 * tab loses nothing. `saved` says whether the draft was also downloaded as
 * faq.yaml: only an unsaved draft makes the page ask before it closes.
 */
export interface Draft {
  readonly text: string;
  readonly saved: boolean;
}

const KEY = 'jetro-alibaba-faq:editor-draft';

export function loadDraft(storage: Storage): Draft | undefined {
  try {
    const draft = JSON.parse(storage.getItem(KEY) ?? 'null') as Partial<Draft> | null;
    return typeof draft?.text === 'string' ? { text: draft.text, saved: draft.saved === true } : undefined;
  } catch {
    // Storage turned off, or a value this page did not write: there is no draft.
    return undefined;
  }
}

/** @returns Whether the browser kept it (storage can be full or turned off). */
export function saveDraft(storage: Storage, draft: Draft): boolean {
  try {
    storage.setItem(KEY, JSON.stringify(draft));
    return true;
  } catch {
    return false;
  }
}

export function clearDraft(storage: Storage): void {
  try {
    storage.removeItem(KEY);
  } catch {
    // Nothing was stored, then.
  }
}
