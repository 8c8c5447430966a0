/** Opening and closing answers with the mouse and the keyboard, headings, and axe. */
import { expect, html, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { FaqToggleDetail } from '../src/jetro-alibaba-faq.js';
import { TITLE_ID } from '../src/ids.js';
import { allQuestionButtons, animationsDone, answerPanel, focused, isOpen, openIds, questionButton, renderFaq } from './helpers.js';

describe('accordion', () => {
  it('starts with every answer closed', async () => {
    const el = await renderFaq();
    expect(allQuestionButtons(el)).to.have.length(12);
    expect(openIds(el)).to.deep.equal([]);
  });

  it('opens and closes an answer on a mouse click, announcing each change', async () => {
    const el = await renderFaq();
    const button = questionButton(el, 'q4');
    button.scrollIntoView({ block: 'center' });
    const box = button.getBoundingClientRect();
    const click = () => sendMouse({ type: 'click', position: [Math.round(box.x + 20), Math.round(box.y + box.height / 2)] });
    const opened = oneEvent(el, 'jetro-faq-toggle');
    await click();
    expect((await opened).detail).to.deep.equal({ id: 'q4', open: true, source: 'click' } satisfies FaqToggleDetail);
    await el.updateComplete;
    expect(isOpen(el, 'q4')).to.equal(true);
    expect(answerPanel(el, 'q4').innerText).to.contain('キーワード広告');
    const closed = oneEvent(el, 'jetro-faq-toggle');
    await click();
    expect((await closed).detail).to.deep.equal({ id: 'q4', open: false, source: 'click' });
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
  });

  it('toggles with Enter and Space', async () => {
    const el = await renderFaq();
    questionButton(el, 'q1').focus();
    const opened = oneEvent(el, 'jetro-faq-toggle');
    await sendKeys({ press: 'Enter' });
    expect((await opened).detail).to.deep.equal({ id: 'q1', open: true, source: 'keyboard' });
    await el.updateComplete;
    expect(isOpen(el, 'q1')).to.equal(true);
    await sendKeys({ press: ' ' });
    await el.updateComplete;
    expect(isOpen(el, 'q1')).to.equal(false);
  });

  it('moves focus between questions with Down, Up, Home and End', async () => {
    const el = await renderFaq();
    questionButton(el, 'q1').focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)?.id).to.equal('q2');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)?.id, 'Up from the first wraps to the last').to.equal('q12');
    await sendKeys({ press: 'Home' });
    expect(focused(el)?.id).to.equal('q1');
    await sendKeys({ press: 'End' });
    expect(focused(el)?.id).to.equal('q12');
  });

  it('opens and closes through its methods, and rejects an unknown id', async () => {
    const el = await renderFaq();
    el.show('q9');
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['q9']);
    el.expandAll();
    await el.updateComplete;
    expect(openIds(el)).to.have.length(12);
    el.hide('q9');
    el.collapseAll();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal([]);
    expect(() => el.show('q99')).to.throw(RangeError, /no question "q99"/);
  });

  it('ties each answer to its question for assistive technology', async () => {
    const el = await renderFaq();
    el.show('q5'); // The panel follows its button, with no name of its own (see accessibility-audit.test.ts).
    await el.updateComplete;
    const button = questionButton(el, 'q5');
    const panel = answerPanel(el, 'q5');
    expect(button.getAttribute('aria-controls')).to.equal(panel.id);
    expect(button.closest('.item')!.contains(panel), 'in the same item, right after').to.equal(true);
    expect(button.parentElement!.localName).to.match(/^h[2-6]$/);
    expect(button.parentElement!.children).to.have.length(1);
  });

  it('puts its headings under the heading level it is given', async () => {
    const levels = async (level?: number) => {
      const el = await renderFaq(level ? html`<jetro-alibaba-faq heading-level=${level}></jetro-alibaba-faq>` : undefined);
      const root = el.shadowRoot!;
      return [
        root.querySelector(`#${TITLE_ID}`)!.localName,
        root.querySelector('#application')!.localName,
        questionButton(el, 'q1').parentElement!.localName,
      ];
    };
    expect(await levels()).to.deep.equal(['h2', 'h3', 'h4']);
    expect(await levels(3)).to.deep.equal(['h3', 'h4', 'h5']);
    expect(await levels(6), 'never beyond h6').to.deep.equal(['h6', 'h6', 'h6']);
  });

  it('is accessible with every answer closed', async () => {
    const el = await renderFaq();
    await animationsDone(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible with one answer open', async () => {
    const el = await renderFaq();
    el.show('q11');
    await el.updateComplete;
    await animationsDone(el);
    await expect(el).to.be.accessible();
  });

  it('is accessible with every answer open', async () => {
    const el = await renderFaq();
    el.expandAll();
    await el.updateComplete;
    await animationsDone(el);
    await expect(el).to.be.accessible();
  });
});

describe('what assistive technology and the host page are told', () => {
  it('says "collapsed" for every closed question, not only "expanded" for the open ones', async () => {
    const el = await renderFaq();
    el.show('q3');
    await el.updateComplete;
    // The attribute itself: a screen reader says "collapsed" only for aria-expanded="false", and nothing at all without it.
    const wrong = allQuestionButtons(el)
      .filter((button) => button.getAttribute('aria-expanded') !== (button.id === 'q3' ? 'true' : 'false'))
      .map((button) => `${button.id} has aria-expanded=${JSON.stringify(button.getAttribute('aria-expanded'))}`);
    expect(wrong, 'every closed question has aria-expanded="false", the open one "true"').to.deep.equal([]);
    el.hide('q3');
    await el.updateComplete;
    expect(questionButton(el, 'q3').getAttribute('aria-expanded'), 'closed again').to.equal('false');
  });

  it('sends jetro-faq-toggle only for an answer that opened or closed, never for one that already was', async () => {
    const el = await renderFaq();
    const details: FaqToggleDetail[] = [];
    el.addEventListener('jetro-faq-toggle', (event) => details.push(event.detail));
    el.show('q2');
    el.show('q2'); // already open
    el.hide('q5'); // already closed
    el.expandAll(); // q2 is open: eleven change
    el.expandAll(); // nothing changes
    await el.updateComplete;
    expect(
      details.filter((d) => d.id === 'q2'),
      'q2 opened once',
    ).to.deep.equal([{ id: 'q2', open: true, source: 'api' }]);
    expect(
      details.filter((d) => d.id === 'q5'),
      'q5 opened once, by expandAll',
    ).to.deep.equal([{ id: 'q5', open: true, source: 'api' }]);
    expect(details, 'one event per answer that changed').to.have.length(12);
    details.length = 0;
    el.collapseAll();
    el.collapseAll();
    el.hide('q1');
    await el.updateComplete;
    expect(
      details.map((d) => d.id),
      'each answer closed once',
    ).to.deep.equal(allQuestionButtons(el).map((b) => b.id));
  });

  it('leaves Shift, Alt, Ctrl and Meta with the arrow keys, Home and End to the host page and the browser', async () => {
    const el = await renderFaq();
    const button = questionButton(el, 'q4');
    button.focus();
    for (const modifier of ['shiftKey', 'altKey', 'ctrlKey', 'metaKey'] as const) {
      for (const key of ['ArrowDown', 'ArrowUp', 'Home', 'End']) {
        const event = new KeyboardEvent('keydown', { key, [modifier]: true, bubbles: true, composed: true, cancelable: true });
        button.dispatchEvent(event);
        expect(focused(el)?.id, `${modifier} + ${key} leaves focus on Q4`).to.equal('q4');
        expect(event.defaultPrevented, `${modifier} + ${key} is not taken from the page`).to.equal(false);
      }
    }
    // A real Shift+Down, as the reader presses it (selecting text, a host page's shortcut), where the driver can hold
    // a key down: WebDriver's sendKeys here cannot (WebKit), and the events above stand for it there.
    try {
      await sendKeys({ down: 'Shift' });
    } catch (error) {
      if (String(error).includes('supported by webdriver')) return;
      throw error;
    }
    try {
      await sendKeys({ press: 'ArrowDown' });
    } finally {
      await sendKeys({ up: 'Shift' });
    }
    expect(focused(el)?.id, 'Shift+ArrowDown pressed for real').to.equal('q4');
  });
});
