/**
 * What readers see, locked as screenshots: each state is compared with a
 * committed baseline in test/screenshots/Chrome/baseline/, so that a change
 * of code cannot change the page unseen. Chromium only: the engines draw text
 * differently, and one engine's pixels are enough to catch a change.
 *
 * One style test, at the end, runs in every engine: a change too small for a
 * screenshot's threshold.
 *
 * A change that is meant: `UPDATE_BASELINES=1 npm test -- --files test/visual.test.ts`,
 * then review the new PNGs like code and say why in the commit.
 */
import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { animationsDone, clearHash, renderFaq } from './helpers.js';

const isChromium = /Chrome\//.test(navigator.userAgent);

/** Types a search without the keyboard, and leaves no focus ring or caret in the picture. */
async function search(el: JetroAlibabaFaq, query: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
  input.value = query;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  // The count shows once typing pauses.
  await waitUntil(() => el.shadowRoot!.querySelector('.count')!.textContent.trim() !== '', 'the result count');
}

/** The widget in a page of a fixed width, with a fixed font, as a host page would have it. */
async function shot(name: string, setup: (el: JetroAlibabaFaq) => Promise<void> | void = () => {}, width = 800): Promise<void> {
  await setViewport({ width, height: 700 });
  const el = await renderFaq(html`<jetro-alibaba-faq style="display:block; font-family: 'Noto Sans CJK JP', sans-serif"></jetro-alibaba-faq>`);
  await setup(el);
  await animationsDone(el);
  (document.activeElement as HTMLElement | null)?.blur();
  await visualDiff(el, name);
}

describe('what readers see (screenshots)', function () {
  before(function () {
    if (!isChromium) this.skip();
  });

  beforeEach(clearHash);

  afterEach(async () => {
    await emulateMedia({ media: 'screen', colorScheme: 'light' });
    await executeServerCommand('emulate-forced-colors', 'none');
    await setViewport({ width: 800, height: 600 });
  });

  it('all questions closed', async () => {
    await shot('closed');
  });

  it('one question open', async () => {
    await shot('one-open', (el) => el.show('q7'));
  });

  it('a search with marks, one answer open', async () => {
    await shot('search-marks', async (el) => {
      await search(el, '採択');
      el.show('q2');
    });
  });

  it('a search with no results', async () => {
    await shot('no-results', (el) => search(el, 'zzzz'));
  });

  it('the dark scheme, searching, one answer open', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    await shot('dark', async (el) => {
      await search(el, 'alibaba');
      el.show('q1');
    });
  });

  it('forced colours, searching, one answer open', async () => {
    await executeServerCommand('emulate-forced-colors', 'active');
    await shot('forced-colors', async (el) => {
      await search(el, 'alibaba');
      el.show('q1');
    });
  });

  it('a 320 px screen, one answer open', async () => {
    await shot('320px', (el) => el.show('q7'), 320);
  });

  it('print', async () => {
    await emulateMedia({ media: 'print' });
    await shot('print');
  });
});

// Each engine draws its own text, so this one is checked in every engine, in the styles that draw it: a text
// decoration is drawn from the box that has it across all its text, spaces included, so the link itself
// must have none, and its number and its question each their own.
describe('the table of contents’ links (issue #21)', () => {
  it('underline the number and the question, not the space between them', async () => {
    const el = await renderFaq();
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav li a')];
    expect(links).to.have.length(12);
    for (const link of links) {
      const parts = [...link.childNodes].filter((node) => node.nodeType === Node.ELEMENT_NODE || node.textContent!.trim() !== '');
      expect(
        parts.map((node) => (node as Element).localName),
        link.textContent,
      ).to.deep.equal(['span', 'span']);
      expect(getComputedStyle(link).textDecorationLine, `${link.textContent}: the link, and so the space`).to.equal('none');
      for (const part of parts as HTMLElement[]) expect(getComputedStyle(part).textDecorationLine, part.textContent).to.equal('underline');
    }
  });
});
