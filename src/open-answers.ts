/** The open answers: which they are, what opens or closes them, and a `jetro-faq-toggle` for each that does. */
import type { ReactiveControllerHost } from 'lit';
import type { FaqContent } from './content/model.js';
import { emit, type ToggleSource } from './events.js';

/** Whether every one of `ids` is open: what すべて開く / すべて閉じる says and does. */
export const allOpen = (ids: readonly string[], open: ReadonlySet<string>) => ids.length > 0 && ids.every((id) => open.has(id));

/** A controller in the code's sense, not Lit's: it has no lifecycle to hook, so it does not register with the host. */
export class OpenAnswersController {
  /** The anchors of the open answers. Replaced, never mutated, so that a render sees each change. */
  ids: ReadonlySet<string> = new Set();

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    /** The anchors of the questions the search matches, in document order: what すべて開く opens. */
    private readonly _matchedIds: () => readonly string[],
  ) {}

  /** Opens or closes question `id`'s answer; says so unless it already was. */
  set(id: string, open: boolean, source: ToggleSource): void {
    if (this.ids.has(id) === open) return;
    const next = new Set(this.ids);
    if (open) next.add(id);
    else next.delete(id);
    this.ids = next;
    this._host.requestUpdate();
    emit(this._host, 'jetro-faq-toggle', { id, open, source });
  }

  /** With new content: the answers that are still there stay open, silently. */
  keep(content: FaqContent): void {
    this.ids = new Set(content.items.filter((item) => this.ids.has(item.id)).map((item) => item.id));
  }

  // A click the keyboard made (Enter or Space on the button) has no click count.
  onQuestionClick = (event: MouseEvent, id: string): void => this.set(id, !this.ids.has(id), event.detail === 0 ? 'keyboard' : 'click');

  onFound = (id: string): void => this.set(id, true, 'find');

  /** すべて開く opens every answer the search matches; すべて閉じる, once they are all open, closes them. */
  onToggleAll = (): void => {
    const matched = this._matchedIds();
    const open = !allOpen(matched, this.ids);
    for (const id of matched) this.set(id, open, 'all');
  };
}
