/**
 * Registers <jetro-alibaba-faq>. This is the entry of the standalone module
 * and the one file of the package with a side effect.
 */
import { JetroAlibabaFaq } from './jetro-alibaba-faq.component.js';

export { JetroAlibabaFaq };
export type { FaqErrorDetail, FaqSearchDetail, FaqToggleDetail, ToggleSource } from './jetro-alibaba-faq.component.js';

export const TAG_NAME = 'jetro-alibaba-faq';

// A page may load the script twice, from two URLs or two builds: the first
// definition wins, and a second one says so instead of throwing (lit/lit#3794).
const existing = customElements.get(TAG_NAME);
if (!existing) {
  customElements.define(TAG_NAME, JetroAlibabaFaq);
} else if (existing !== JetroAlibabaFaq) {
  console.warn(`<${TAG_NAME}> is already defined by another copy of its script; this copy is not used.`);
}

declare global {
  interface HTMLElementTagNameMap {
    'jetro-alibaba-faq': JetroAlibabaFaq;
  }
}
