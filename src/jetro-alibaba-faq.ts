/**
 * Registers <jetro-alibaba-faq>. This is the entry of the standalone module
 * and the one file of the package with a side effect.
 */
import { JetroAlibabaFaq } from './jetro-alibaba-faq.component.js';

export { JetroAlibabaFaq };
export type { FaqErrorDetail, FaqSearchDetail, FaqToggleDetail, ToggleSource } from './events.js';
export type { UiStrings } from './strings.js';

// A page may load the script twice, from two URLs or two builds: the first
// definition wins, and a second one says so instead of throwing (lit/lit#3794).
// (The tag is written out in full so that the custom-elements manifest sees it.)
const existing = customElements.get('jetro-alibaba-faq');
if (!existing) {
  customElements.define('jetro-alibaba-faq', JetroAlibabaFaq);
} else if (existing !== JetroAlibabaFaq) {
  console.warn('<jetro-alibaba-faq> is already defined by another copy of its script; this copy is not used.');
}

declare global {
  interface HTMLElementTagNameMap {
    'jetro-alibaba-faq': JetroAlibabaFaq;
  }
}
