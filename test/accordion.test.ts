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
