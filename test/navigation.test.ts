/** Anchor navigation: the table of contents, the URL on load, hashchange, Back and Forward. */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendMouse } from '@web/test-runner-commands';
import type { FaqToggleDetail, JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { headingId } from '../src/ids.js';
import {
  answerPanel,
  clearHash,
  focused,
  isOpen,
  openIds,
  questionButton,
  renderFaq,
  scrollSettled,
  tocLink,
  waitUntilInViewport,
} from './helpers.js';

/** Two animation frames: enough for the element to react to a hashchange. */
const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function expectNavigatedTo(el: JetroAlibabaFaq, id: string): Promise<void> {
  await waitUntil(() => isOpen(el, id), `${id} opens`, { timeout: 3000 });
  await scrollSettled();
  await waitUntilInViewport(questionButton(el, id), `${id} is scrolled into view`);
  expect(focused(el)?.id, 'focus is on the question').to.equal(id);
}

/** A widget whose reader followed the table of contents to Q2, then Q9, then closed every answer: two entries to go Back through. */
async function visitQ2ThenQ9(): Promise<JetroAlibabaFaq> {
  const el = await renderFaq();
  tocLink(el, 'q2').click();
  await expectNavigatedTo(el, 'q2');
  tocLink(el, 'q9').click();
  await expectNavigatedTo(el, 'q9');
  el.collapseAll();
  await el.updateComplete;
  return el;
}

describe('anchor navigation', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('gives every question the stable anchor of its number', async () => {
    const el = await renderFaq();
    // Absolute, so that a page's <base href> cannot send them elsewhere.
    for (let n = 1; n <= 12; n++) expect(tocLink(el, `q${n}`).getAttribute('href')).to.equal(`${location.href.split('#')[0]}#q${n}`);
  });

  it('opens, scrolls to and focuses a question from the table of contents, and records it in the URL', async () => {
    const el = await renderFaq();
    const entries = history.length;
    tocLink(el, 'q12').click();
    await expectNavigatedTo(el, 'q12');
    expect(location.hash).to.equal('#q12');
    expect(history.length, 'a new history entry').to.equal(entries + 1);
    expect(openIds(el)).to.deep.equal(['q12']);
  });

  it('shows a clearly visible focus ring on the question it navigated to, after a mouse click too', async () => {
    const el = await renderFaq();
    // A real pointer click: after one, browsers do not show :focus-visible for focus moved by script.
    const link = tocLink(el, 'q6');
    // Where the pointer will be: after any smooth scroll an earlier test started has stopped, or the click misses.
    await scrollSettled();
    link.scrollIntoView({ block: 'center' });
    await scrollSettled();
    const box = link.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
    await expectNavigatedTo(el, 'q6');
    const style = getComputedStyle(questionButton(el, 'q6'));
    expect(style.outlineStyle).to.equal('solid');
    expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
  });

  it('opens the question the URL names when it renders', async () => {
    history.replaceState(null, '', '#q7');
    const el = await renderFaq();
    await expectNavigatedTo(el, 'q7');
    expect(openIds(el)).to.deep.equal(['q7']);
  });

  it('follows a link in the host page to a question', async () => {
    const wrapper = await fixture(html`<div><a href="#q10" id="host-link">Q10</a><jetro-alibaba-faq></jetro-alibaba-faq></div>`);
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLAnchorElement>('#host-link')!.click();
    await expectNavigatedTo(el, 'q10');
  });

  it('follows a hash set by script or typed in the address bar', async () => {
    const el = await renderFaq();
    location.hash = '#q5';
    await expectNavigatedTo(el, 'q5');
  });

  it('goes Back and Forward through the questions visited', async () => {
    const el = await visitQ2ThenQ9();

    history.back();
    await waitUntil(() => location.hash === '#q2', 'Back returns to #q2');
    await expectNavigatedTo(el, 'q2');
    history.forward();
    await waitUntil(() => location.hash === '#q9', 'Forward returns to #q9');
    await expectNavigatedTo(el, 'q9');
  });

  it('ignores unknown and malformed anchors without an error', async () => {
    const el = await renderFaq();
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      for (const hash of ['#q99', '#%E3', '#<script>alert(1)</script>', '#q0', '#Q7']) {
        location.hash = hash;
        await frames();
        expect(openIds(el), hash).to.deep.equal([]);
      }
      // The router is listening all along: a good anchor still works.
      location.hash = '#q3';
      await expectNavigatedTo(el, 'q3');
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it("leaves the host page's own anchors to the host page", async () => {
    const wrapper = await fixture(
      html`<div>
        <h2 id="contact" tabindex="-1">Host contact</h2>
        <jetro-alibaba-faq></jetro-alibaba-faq>
      </div>`,
    );
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    location.hash = '#contact';
    await frames();
    await aTimeout(50);
    expect(el.shadowRoot!.activeElement, 'focus stays out of the widget').to.equal(null);
  });

  it('takes category anchors to the category heading', async () => {
    const el = await renderFaq();
    location.hash = '#jetro';
    await waitUntil(() => focused(el)?.id === 'jetro', 'focus on the category heading');
    await waitUntilInViewport(el.shadowRoot!.getElementById('jetro')!, 'the category is in view');
  });

  it('returns from an answer to its table-of-contents entry', async () => {
    const el = await renderFaq();
    tocLink(el, 'q8').click();
    await expectNavigatedTo(el, 'q8');
    answerPanel(el, 'q8').querySelector<HTMLAnchorElement>('a.back')!.click();
    await waitUntil(() => focused(el) === tocLink(el, 'q8'), 'focus on the entry for Q8');
    await waitUntilInViewport(tocLink(el, 'q8'), 'the entry is in view');
  });

  describe('the お問合せフォーム link of the introduction', () => {
    const formLink = (el: JetroAlibabaFaq) => el.shadowRoot!.querySelector<HTMLAnchorElement>('.intro a')!;

    it('leads to the contact block when no contact-url is given, never to a dead #', async () => {
      const el = await renderFaq();
      expect(formLink(el).textContent).to.equal('お問合せフォーム（このページのお問い合わせ先へ）');
      expect(formLink(el).getAttribute('href')).to.equal(`${location.href.split('#')[0]}#contact`);
      formLink(el).click();
      await waitUntil(() => focused(el)?.id === 'contact', 'focus on the contact block');
      await waitUntilInViewport(el.shadowRoot!.getElementById('contact')!, 'the contact block is in view');
    });

    it('leads to contact-url when it is given', async () => {
      const el = await renderFaq(html`<jetro-alibaba-faq contact-url="https://www.jetro.go.jp/form/"></jetro-alibaba-faq>`);
      expect(formLink(el).getAttribute('href')).to.equal('https://www.jetro.go.jp/form/');
    });

    it('ignores a contact-url that is not a web or mail address', async () => {
      const el = await renderFaq(html`<jetro-alibaba-faq contact-url="javascript:alert(1)"></jetro-alibaba-faq>`);
      expect(formLink(el).getAttribute('href')).to.equal(`${location.href.split('#')[0]}#contact`);
    });
  });

  it('links the addresses of the content', async () => {
    const el = await renderFaq();
    el.expandAll();
    await el.updateComplete;
    const hrefs = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.answer a:not(.back), .contact a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal([
      'mailto:wp_customer@alibaba-inc.jp',
      'https://www.jetro.go.jp/services/',
      'https://www.jetro.go.jp/consortium/',
      'mailto:cse-pt-apply@jetro.go.jp',
      'tel:+81-3-3582-8333',
    ]);
  });
});

describe('anchor navigation, counted', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  /** Counts the toggles the host page is sent, and what the widget does to question `id`: focus it, scroll to it. */
  function watch(el: JetroAlibabaFaq, id: string) {
    const seen = { toggles: [] as FaqToggleDetail[], focus: 0, scroll: 0 };
    el.addEventListener('jetro-faq-toggle', (event) => seen.toggles.push(event.detail));
    const button = questionButton(el, id);
    const focus = button.focus.bind(button);
    button.focus = (options?: FocusOptions) => {
      seen.focus++;
      focus(options);
    };
    const heading = el.shadowRoot!.getElementById(headingId(id))!;
    const scroll = heading.scrollIntoView.bind(heading);
    heading.scrollIntoView = (options?: boolean | ScrollIntoViewOptions) => {
      seen.scroll++;
      scroll(options);
    };
    return seen;
  }

  it('routes one Back once: one toggle, one scroll, one focus', async () => {
    const el = await visitQ2ThenQ9();
    const seen = watch(el, 'q2');
    history.back();
    await waitUntil(() => location.hash === '#q2', 'Back returns to #q2');
    await expectNavigatedTo(el, 'q2');
    // Both events of the Back (popstate, hashchange) have come and gone.
    await aTimeout(200);
    await scrollSettled();
    expect(seen.toggles, 'one toggle').to.deep.equal([{ id: 'q2', open: true, source: 'anchor' }]);
    expect(seen.scroll, 'one scroll to Q2').to.equal(1);
    expect(seen.focus, 'one focus on Q2').to.equal(1);
  });

  it('sends no toggle for an anchor that names no question', async () => {
    const el = await renderFaq();
    const details: FaqToggleDetail[] = [];
    el.addEventListener('jetro-faq-toggle', (event) => details.push(event.detail));
    for (const hash of ['#q99', '#q0', '#q13', '#Q7', '#q7x']) {
      location.hash = hash;
      await frames();
    }
    await aTimeout(50);
    expect(details, 'no question opened, so nothing to tell the host page').to.deep.equal([]);
    expect(openIds(el)).to.deep.equal([]);
  });

  it('opens a question once when its link is followed twice', async () => {
    const el = await renderFaq();
    const seen = watch(el, 'q5');
    tocLink(el, 'q5').click();
    await expectNavigatedTo(el, 'q5');
    tocLink(el, 'q5').click();
    await el.updateComplete;
    await scrollSettled();
    expect(seen.toggles, 'the second click changed nothing').to.deep.equal([{ id: 'q5', open: true, source: 'toc' }]);
    expect(isOpen(el, 'q5')).to.equal(true);
  });
});
