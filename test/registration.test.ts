/** Loading the script more than once, from other URLs or other builds, never throws. */
import { expect } from '@open-wc/testing';
import { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';

describe('registration', () => {
  it('defines the element', () => {
    expect(customElements.get('jetro-alibaba-faq')).to.equal(JetroAlibabaFaq);
    expect(document.createElement('jetro-alibaba-faq')).to.be.instanceOf(JetroAlibabaFaq);
  });

  it('keeps the first definition when other copies load, and each copy warns once', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      // The same module again is one module: it neither throws nor warns.
      await import('../src/jetro-alibaba-faq.js');
      expect(warnings).to.have.length(0);
      // Two more copies, as two builds or two URLs would be.
      for (const copy of ['/dist/jetro-alibaba-faq.js?copy=1', '/dist/jetro-alibaba-faq.js?copy=2']) await import(copy);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('jetro-alibaba-faq')).to.equal(JetroAlibabaFaq);
    expect(warnings).to.have.length(2);
    expect(String(warnings[0][0])).to.match(/already defined/);
  });
});
