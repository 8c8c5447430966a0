/** The open answers: which they are, and a `jetro-faq-toggle` for each that opens or closes. */
import type { ReactiveControllerHost } from 'lit';
import type { FaqContent } from './content/model.js';
import { emit, type ToggleSource } from './events.js';

export class OpenAnswersController {
  /** The anchors of the open answers. Replaced, never mutated, so that a render sees each change. */
  ids: ReadonlySet<string> = new Set();

  constructor(private readonly _host: ReactiveControllerHost & HTMLElement) {}

  has(id: string): boolean {
    return this.ids.has(id);
  }

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
}
