/**
 * The `lang` the element inherits: that of its nearest ancestor with one,
 * through the hosts of any shadow roots it sits in, as the browser resolves
 * it. It follows later changes: one observer watches the `lang` attribute of
 * the ancestors up to that one (where a change could alter the answer), and
 * stops when the element is disconnected.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class InheritedLangController implements ReactiveController {
  private readonly _observer = new MutationObserver(() => this._read());

  constructor(
    private readonly _host: ReactiveControllerHost & HTMLElement,
    private readonly _changed: (lang: string) => void,
  ) {
    _host.addController(this);
  }

  hostConnected(): void {
    this._read();
  }

  hostDisconnected(): void {
    this._observer.disconnect();
  }

  private _read(): void {
    this._observer.disconnect();
    let node: Element | undefined = this._host;
    do {
      node = node.parentElement ?? (node.parentNode as ShadowRoot | null)?.host;
      if (node) this._observer.observe(node, { attributeFilter: ['lang'] });
    } while (node && !node.hasAttribute('lang'));
    this._changed(node?.getAttribute('lang') ?? '');
  }
}
