/**
 * The build's fallback HTML on the hosts that rewrite what an owner pastes
 * (issue #21): a sanitiser that drops scripts and unknown elements and shows
 * comments as text (WordPress's KSES for authors without `unfiltered_html`),
 * and a `<p>` around the embed (wpautop, Python-Markdown), which pushes the
 * fallback out of the element. And the first paint (issue #20): the fallback's
 * header takes the widget's boxes, so that the upgrade moves no text and
 * paints no larger text than the fallback did.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { autop } from '@wordpress/autop';
import DOMPurify from 'dompurify';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { FALLBACK_ATTRIBUTE } from '../src/adopt-fallback.js';
import { allQuestionButtons, focused, isOpen, renderFaq } from './helpers.js';

const fallbackHtml = async () => (await fetch('/dist/jetro-alibaba-faq.fallback.html')).text();
const embed = (fallback: string) =>
  `<script type="module" src="https://example.jetro.go.jp/assets/jetro-alibaba-faq.js"></script>` +
  `<jetro-alibaba-faq contact-url="https://www.jetro.go.jp/form/">${fallback}</jetro-alibaba-faq>`;

/** What a reader sees of an element: its rendered text, with line breaks and spaces as laid out. */
const seenText = (element: HTMLElement) => element.innerText.replace(/\s+/g, ' ').trim();

describe('the fallback through a sanitiser', () => {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
  });
  afterEach(() => host.remove());

  /**
   * The embed as an author without `unfiltered_html` saves it: DOMPurify with its defaults drops the script
   * and the unknown element (keeping what was inside); comments kept, then shown as text, as WordPress's KSES
   * showed the fallback's (`&lt;!-- fallback: paste inside …`).
   */
  async function sanitised(): Promise<HTMLElement> {
    const clean = DOMPurify.sanitize(embed(await fallbackHtml()), { ADD_TAGS: ['#comment'], SAFE_FOR_XML: false, RETURN_DOM_FRAGMENT: true });
    const walker = document.createTreeWalker(clean, NodeFilter.SHOW_COMMENT);
    const comments: Comment[] = [];
    while (walker.nextNode()) comments.push(walker.currentNode as Comment);
    for (const comment of comments) comment.replaceWith(`<!--${comment.data}-->`);
    host.append(clean);
    return host;
  }

  it('leaves no stray text: what shows is the FAQ, from its first line', async () => {
    const page = await sanitised();
    expect(page.querySelector('script, jetro-alibaba-faq'), 'the sanitiser dropped them').to.equal(null);
    const text = seenText(page);
    expect(text.startsWith('BtoB グローバル EC プログラム Alibaba.com 活用支援プログラム（出展中の方） よくあるご質問'), text.slice(0, 80)).to.equal(
      true,
    );
    expect(text).not.to.match(/<|>|-->|fallback/);
  });

  it('is still a plain FAQ that works: every question opens, every link of the contents leads somewhere', async () => {
    const page = await sanitised();
    const details = [...page.querySelectorAll('details')];
    expect(details).to.have.length(12);
    const summary = page.querySelector<HTMLElement>('#q7 summary')!;
    summary.click();
    expect(details.find((d) => d.id === 'q7')!.open).to.equal(true);
    expect(seenText(page.querySelector('#q7')!)).to.contain('並行して');
    const targets = [...page.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')].map((a) => a.hash.slice(1));
    expect(targets.length).to.be.greaterThan(12);
    for (const id of targets) expect(page.querySelector(`#${id}`), `#${id}`).not.to.equal(null);
  });
});

describe('the embed wrapped in <p>', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  async function load(src: string) {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = src;
    document.body.append(frame);
    await new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    const el = doc.querySelector('jetro-alibaba-faq') as JetroAlibabaFaq;
    await waitUntil(() => el.shadowRoot?.querySelector('button.question'), 'the element renders', { timeout: 5000 });
    await el.updateComplete;
    return { doc, el };
  }

  /** The README's embed as WordPress's classic editor saves it: through wpautop (its own JavaScript port). */
  async function wpautopPage(): Promise<string> {
    const page = `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>wpautop</title></head><body>${autop(
      `本文。\n\n<script type="module" src="${location.origin}/dist/jetro-alibaba-faq.js"></script>\n\n${embed(await fallbackHtml()).replace(/^<script.*?<\/script>/, '')}\n\n<span id="after">後の文章。</span>`,
    )}</body></html>`;
    return `${URL.createObjectURL(new Blob([page], { type: 'text/html' }))}#q7`;
  }

  for (const [shape, url] of [
    ['its own lines (Python-Markdown 3.4)', () => Promise.resolve('/test/fixtures/p-wrapped-fallback.html#q7')],
    ['one line (Python-Markdown 3.4)', () => Promise.resolve('/test/fixtures/p-oneline-fallback.html#q7')],
    ['WordPress’s wpautop', wpautopPage],
  ] as const) {
    it(`as ${shape} writes it: shows one FAQ, and #q7 reaches the widget`, async () => {
      const { doc, el } = await load(await url());
      expect(allQuestionButtons(el)).to.have.length(12);
      const shown = [...doc.querySelectorAll('details, summary, h2, nav')].filter((node) => node.getClientRects().length > 0);
      expect(shown, 'nothing of the fallback shows beside the widget').to.have.length(0);
      expect(el.querySelector(`[${FALLBACK_ATTRIBUTE}]`), 'the fallback is back inside').not.to.equal(null);
      expect(doc.getElementById('q7'), 'no copy of the anchor outside').to.equal(null);
      expect(doc.getElementById('after')!.textContent, 'the host’s text after it stays').to.equal('後の文章。');
      await waitUntil(() => isOpen(el, 'q7'), 'Q7 opens in the widget', { timeout: 3000 });
      await waitUntil(() => focused(el)?.id === 'q7', 'Q7 has focus', { timeout: 3000 });
    });
  }
});

describe('the fallback as the first paint', () => {
  it('lays out its header in the widget’s boxes, so the upgrade moves no text and paints none larger', async () => {
    const fallback = await fallbackHtml();
    const frame = document.createElement('div');
    frame.style.cssText = 'width: 412px; font-size: 16px; font-family: sans-serif';
    document.body.append(frame);
    try {
      // A page's own rules for its paragraphs and headings, which reach the fallback but not the widget.
      const style = document.createElement('style');
      style.textContent = '.host p { margin: 2em 0; max-width: 20em; line-height: 1.2 } .host h2 { font-size: 2.5em; margin: 1em 0 }';
      frame.className = 'host';
      frame.append(style);
      // The build's own file, parsed as the host's page would be.
      const root = new DOMParser().parseFromString(fallback, 'text/html').querySelector<HTMLElement>(`[${FALLBACK_ATTRIBUTE}]`)!;
      frame.append(root);
      const before = [...root.querySelectorAll(':scope > p:nth-of-type(-n + 2), :scope > h2')].map((node) => node.getBoundingClientRect());
      const el = await renderFaq();
      frame.append(el);
      await el.updateComplete;
      const header = el.shadowRoot!.querySelector('header')!;
      const after = [header.querySelector('.programme')!, header.querySelector('h2')!, header.querySelector('.intro p')!].map((node) =>
        node.getBoundingClientRect(),
      );
      const top = (rects: DOMRect[]) =>
        rects.map((r) => [
          Math.round(r.top - rects[0].top),
          Math.round(r.left - frame.getBoundingClientRect().left),
          Math.round(r.width),
          Math.round(r.height),
        ]);
      expect(top(before), 'programme, title, intro: offsets and sizes').to.deep.equal(top(after));
    } finally {
      frame.remove();
    }
  });
});
