/**
 * Reading the FAQ in every way people do: find in page, print, reduced
 * motion, light and dark schemes, forced colours, narrow screens and large
 * text, a screen reader on an English page, and the keyboard through it all.
 */
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys } from '@web/test-runner-commands';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { answerId, tocId } from '../src/ids.js';
import { contrast, luminance, rgb } from './colour.js';
import {
  allQuestionButtons,
  animationsDone,
  answerPanel,
  clearHash,
  isOpen,
  longFaq,
  openIds,
  questionButton,
  renderFaq,
  tocLink,
} from './helpers.js';

/** The test runner emulates media over the Chrome DevTools Protocol, which only Chromium speaks. */
const canEmulateMedia = /Chrome\//.test(navigator.userAgent);

/** Runs `body` with media emulated where the engine allows it; skips the test elsewhere. */
async function withMedia(test: Mocha.Context, media: Parameters<typeof emulateMedia>[0], body: () => Promise<void>): Promise<void> {
  if (!canEmulateMedia) test.skip();
  await emulateMedia(media);
  try {
    await body();
  } finally {
    await emulateMedia({ media: 'screen', colorScheme: 'light', reducedMotion: 'no-preference' });
  }
}

const root = (el: JetroAlibabaFaq) => el.shadowRoot!;
/** `window.find`, which Chromium and Firefox have and TypeScript's DOM types lack. */
const findInPage = (text: string): boolean | undefined => (window as unknown as { find?(text: string): boolean }).find?.(text);

const background = (el: JetroAlibabaFaq) => rgb(getComputedStyle(root(el).querySelector('.faq')!).backgroundColor);

describe('find in page', () => {
  it('opens the answer that the browser reveals for a match', async function () {
    if (!('onbeforematch' in HTMLElement.prototype)) this.skip();
    const el = await renderFaq();
    const panel = answerPanel(el, 'q6');
    expect(panel.getAttribute('hidden')).to.equal('until-found');
    // What the browser does when find-in-page matches text in a hidden="until-found" panel.
    panel.removeAttribute('hidden');
    panel.dispatchEvent(new Event('beforematch'));
    await el.updateComplete;
    expect(isOpen(el, 'q6')).to.equal(true);
  });

  it('finds text inside a closed answer and opens it, where window.find searches hidden="until-found"', async function () {
    // Probe the engine with a plain element first: only some search such content from script.
    const probe = await fixture<HTMLDivElement>(html`<div hidden="until-found">検索テスト用の文字列</div>`);
    const engineReveals = findInPage('検索テスト用の文字列') && !probe.hidden;
    probe.remove();
    getSelection()?.removeAllRanges();
    if (!engineReveals) this.skip();
    const el = await renderFaq();
    expect(findInPage('キーワード広告')).to.equal(true);
    await waitUntil(() => isOpen(el, 'q4'), 'Q4, which holds the text, opens');
  });
});

describe('print', () => {
  it('prints every answer, with the addresses of links, and the screen is as it was after', async function () {
    const el = await renderFaq();
    el.show('q11');
    await el.updateComplete;
    await withMedia(this, { media: 'print' }, async () => {
      for (const button of allQuestionButtons(el)) {
        expect(answerPanel(el, button.id).getBoundingClientRect().height, `${button.id} is printed`).to.be.greaterThan(0);
      }
      el.show('q1'); // Nothing about printing needs the state to change.
      el.hide('q1');
      const form = root(el).querySelector('.intro a')!;
      expect(getComputedStyle(form, '::after').content, 'an internal link prints no address').to.equal('none');
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });
    expect(openIds(el)).to.deep.equal(['q11']);
  });

  it('prints a long FAQ in full, with no chunk skipped as off screen', async function () {
    const el = await renderFaq();
    el.data = longFaq(300);
    await el.updateComplete;
    await withMedia(this, { media: 'print' }, () => {
      const chunks = [...root(el).querySelectorAll('.chunk')];
      expect(chunks).to.have.length.greaterThan(2);
      for (const chunk of chunks) expect(getComputedStyle(chunk).contentVisibility).to.equal('visible');
      return Promise.resolve();
    });
  });

  it('prints every question and answer after a search, which stays on screen', async function () {
    const el = await renderFaq();
    const input = root(el).querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = '採択';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    await el.updateComplete;
    const onScreen = () => allQuestionButtons(el).filter((button) => button.checkVisibility()).length;
    expect(onScreen(), 'the search hides some questions').to.be.within(1, 11);
    const hidden = onScreen();
    await withMedia(this, { media: 'print' }, () => {
      for (const button of allQuestionButtons(el)) {
        expect(button.checkVisibility(), `${button.id} is printed`).to.equal(true);
        expect(answerPanel(el, button.id).getBoundingClientRect().height, `${button.id}'s answer is printed`).to.be.greaterThan(0);
      }
      for (const link of root(el).querySelectorAll('.toc a'))
        expect(link.checkVisibility(), `${link.textContent} is in the printed contents`).to.equal(true);
      return Promise.resolve();
    });
    expect(onScreen(), 'the screen still shows the search').to.equal(hidden);
  });

  it('prints dark text on white paper in the dark scheme too', async function () {
    const el = await renderFaq(html`<jetro-alibaba-faq color-scheme="dark"></jetro-alibaba-faq>`);
    el.show('q1');
    await el.updateComplete;
    await withMedia(this, { media: 'print' }, () => {
      const texts = ['.header h2', '.programme', '.toc a', '#q1 .question-text', `#${answerId('q1')} p`, '.contact p', 'a'];
      for (const selector of texts) {
        const color = rgb(getComputedStyle(root(el).querySelector(selector)!).color);
        expect(contrast(color, 'rgb(255, 255, 255)'), `${selector} (${color}) on white paper`).to.be.at.least(4.5);
      }
      return Promise.resolve();
    });
  });

  it('writes out the address of a link whose text is not its address', async function () {
    const el = await renderFaq(html`<jetro-alibaba-faq contact-url="https://www.jetro.go.jp/form/"></jetro-alibaba-faq>`);
    await withMedia(this, { media: 'print' }, () => {
      const form = root(el).querySelector('.intro a')!;
      expect(getComputedStyle(form, '::after').content).to.contain('https://www.jetro.go.jp/form/');
      return Promise.resolve();
    });
  });
});

describe('motion', () => {
  it('opens an answer with a short animation', async () => {
    const el = await renderFaq();
    el.show('q2');
    await el.updateComplete;
    const style = getComputedStyle(answerPanel(el, 'q2'));
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    expect(style.animationName).to.equal('reveal');
    expect(parseFloat(style.animationDuration)).to.be.at.most(0.2);
  });

  it('does not animate when the reader asks for reduced motion', async function () {
    const el = await renderFaq();
    await withMedia(this, { reducedMotion: 'reduce' }, async () => {
      el.show('q2');
      await el.updateComplete;
      expect(getComputedStyle(answerPanel(el, 'q2')).animationName).to.equal('none');
      expect(getComputedStyle(root(el).querySelector('.chevron')!).transitionDuration).to.equal('0s');
    });
  });

  it('jumps to an anchor at once under reduced motion', async function () {
    clearHash();
    const wrapper = await fixture(
      html`<div>
        <jetro-alibaba-faq></jetro-alibaba-faq>
        <div style="height: 200vh"></div>
      </div>`,
    );
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    await withMedia(this, { reducedMotion: 'reduce' }, async () => {
      window.scrollTo(0, 0);
      tocLink(el, 'q12').click();
      await el.updateComplete;
      await aTimeout(0);
      const landed = window.scrollY;
      await aTimeout(300);
      expect(window.scrollY, 'no smooth scrolling after the jump').to.equal(landed);
      expect(questionButton(el, 'q12').getBoundingClientRect().top).to.be.within(-1, 40);
    });
    clearHash();
  });
});

describe('colour and contrast', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`passes axe, and rings focus at 3:1 or more, in the ${scheme} scheme`, async () => {
      const el = await renderFaq(html`<jetro-alibaba-faq color-scheme=${scheme}></jetro-alibaba-faq>`);
      el.show('q1');
      await el.updateComplete;
      const bg = background(el);
      expect(luminance(bg) < 0.2, `a ${scheme} background`).to.equal(scheme === 'dark');
      const button = questionButton(el, 'q1');
      button.focus();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'ArrowUp' });
      const ring = rgb(getComputedStyle(button).outlineColor);
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      expect(contrast(ring, bg), 'focus ring against the background').to.be.at.least(3);
      const surface = rgb(getComputedStyle(root(el).querySelector('.toc')!).backgroundColor);
      expect(contrast(ring, surface), 'focus ring against the table of contents').to.be.at.least(3);
      const border = rgb(getComputedStyle(root(el).querySelector('.item')!).borderBottomColor);
      expect(contrast(border, bg), 'the rules between questions').to.be.at.least(3);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });
  }

  it("follows the host page's color-scheme", async () => {
    const wrapper = await fixture(html`<div style="color-scheme: dark"><jetro-alibaba-faq></jetro-alibaba-faq></div>`);
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    expect(luminance(background(el))).to.be.below(0.2);
  });

  it("follows the reader's preference when the page sets no scheme", async function () {
    const el = await renderFaq();
    await withMedia(this, { colorScheme: 'dark' }, async () => {
      expect(luminance(background(el))).to.be.below(0.2);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    });
  });

  it('keeps borders, the expanded state and focus visible in forced colours', async function () {
    if (!canEmulateMedia) this.skip();
    const el = await renderFaq();
    el.show('q3');
    await el.updateComplete;
    await executeServerCommand('emulate-forced-colors', 'active');
    try {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const item = getComputedStyle(root(el).querySelector('.item')!);
      expect(item.borderBottomStyle).to.equal('solid');
      const expanded = getComputedStyle(questionButton(el, 'q3'));
      expect(expanded.borderInlineStartStyle, 'the open question is marked by more than colour').to.equal('solid');
      expect(getComputedStyle(questionButton(el, 'q4')).borderInlineStartStyle, 'a closed one is not').to.equal('none');
      questionButton(el, 'q3').focus();
      await sendKeys({ press: 'ArrowDown' });
      const focusedStyle = getComputedStyle(questionButton(el, 'q4'));
      expect(focusedStyle.outlineStyle).to.equal('solid');
      expect(parseFloat(focusedStyle.outlineWidth)).to.be.at.least(2);
      await animationsDone(el);
      await expect(el).to.be.accessible();
    } finally {
      await executeServerCommand('emulate-forced-colors', 'none');
    }
  });
});

describe('reflow and zoom', () => {
  const widths = [
    ['320 px wide', '320px', '16px'],
    ['text at 200 %', '640px', '32px'],
  ] as const;
  for (const [name, width, fontSize] of widths) {
    it(`scrolls nothing sideways and clips no text at ${name}`, async () => {
      const wrapper = await fixture(html`<div style="width: ${width}; font-size: ${fontSize}"><jetro-alibaba-faq></jetro-alibaba-faq></div>`);
      const el = wrapper.querySelector('jetro-alibaba-faq')!;
      await el.updateComplete;
      el.expandAll();
      await el.updateComplete;
      const limit = el.getBoundingClientRect().right + 0.5;
      const faq = root(el).querySelector<HTMLElement>('.faq')!;
      expect(faq.scrollWidth).to.be.at.most(faq.clientWidth);
      const overflowing = [...root(el).querySelectorAll('*')]
        .filter((node) => node.getBoundingClientRect().right > limit)
        .map((node) => node.outerHTML.slice(0, 80));
      expect(overflowing).to.deep.equal([]);
    });
  }
});

describe('language', () => {
  it('marks the content Japanese on an English page', async () => {
    const wrapper = await fixture(html`<div lang="en"><jetro-alibaba-faq></jetro-alibaba-faq></div>`);
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    expect(root(el).querySelector('.faq')!.getAttribute('lang')).to.equal('ja');
    expect(questionButton(el, 'q1').closest('[lang]')!.getAttribute('lang')).to.equal('ja');
  });
});

describe('keyboard', () => {
  it('tabs through the widget in reading order and out of it again', async function () {
    // About 30 real key presses over the driver: on a busy machine more than mocha's usual 10 s.
    this.timeout(30000);
    const wrapper = await fixture(
      html`<div><button id="before">before</button><jetro-alibaba-faq></jetro-alibaba-faq><button id="after">after</button></div>`,
    );
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
    const visited: string[] = [];
    for (let i = 0; i < 40 && document.activeElement?.id !== 'after'; i++) {
      await sendKeys({ press: 'Tab' });
      const inside = root(el).activeElement as HTMLElement | null;
      if (inside) visited.push(inside.id || inside.textContent.trim().slice(0, 12));
    }
    expect(document.activeElement?.id, 'focus leaves the widget').to.equal('after');
    const questions = visited.filter((id) => /^q\d+$/.test(id));
    expect(questions).to.deep.equal(allQuestionButtons(el).map((b) => b.id));
    expect(visited.indexOf(tocId('q1')), 'the table of contents comes before the questions').to.be.below(visited.indexOf('q1'));
  });
});
