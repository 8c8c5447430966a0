/** Shared steps of the element's tests: render it, and read what a reader sees. */
import { fixture, html, waitUntil } from '@open-wc/testing';
import '../src/jetro-alibaba-faq.js';
import faqDocument from '../data/faq.yaml';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { answerId, tocId } from '../src/ids.js';

export async function renderFaq(template = html`<jetro-alibaba-faq></jetro-alibaba-faq>`): Promise<JetroAlibabaFaq> {
  const el = await fixture<JetroAlibabaFaq>(template);
  await el.updateComplete;
  return el;
}

function byId<T extends HTMLElement>(el: JetroAlibabaFaq, id: string): T {
  const found = el.shadowRoot!.getElementById(id);
  if (!found) throw new Error(`no #${id} in the shadow root`);
  return found as T;
}

/** The button of a question (`q7`). */
export const questionButton = (el: JetroAlibabaFaq, id: string) => byId<HTMLButtonElement>(el, id);
/** The answer panel of a question. */
export const answerPanel = (el: JetroAlibabaFaq, id: string) => byId<HTMLElement>(el, answerId(id));
/** The table-of-contents link of a question. */
export const tocLink = (el: JetroAlibabaFaq, id: string) => byId<HTMLAnchorElement>(el, tocId(id));

export const allQuestionButtons = (el: JetroAlibabaFaq) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.question')];

/** Whether the answer takes room on the page and its button says it is expanded. */
export function isOpen(el: JetroAlibabaFaq, id: string): boolean {
  const expanded = questionButton(el, id).getAttribute('aria-expanded') === 'true';
  const shown = answerPanel(el, id).getBoundingClientRect().height > 0;
  if (expanded !== shown) throw new Error(`${id}: aria-expanded is ${expanded} but the answer is ${shown ? 'shown' : 'not shown'}`);
  return shown;
}

export function openIds(el: JetroAlibabaFaq): string[] {
  return allQuestionButtons(el)
    .map((button) => button.id)
    .filter((id) => isOpen(el, id));
}

/** The element focus is on inside the widget. */
export const focused = (el: JetroAlibabaFaq) => el.shadowRoot!.activeElement;

/** Whether the whole of `target` is inside the viewport. */
export function inViewport(target: Element): boolean {
  const box = target.getBoundingClientRect();
  // One pixel of slack for sub-pixel scroll positions.
  return box.top >= -1 && box.bottom <= window.innerHeight + 1;
}

export async function waitUntilInViewport(target: Element, message: string): Promise<void> {
  await waitUntil(() => inViewport(target), message, { timeout: 3000 });
}

/** Waits until the window's scrolling (smooth scrolling too) has stopped: the position holds for three frames. */
export async function scrollSettled(win: Window = window): Promise<void> {
  let last = NaN;
  let still = 0;
  await waitUntil(
    () => {
      still = win.scrollY === last ? still + 1 : 0;
      last = win.scrollY;
      return still >= 3;
    },
    'scrolling stops',
    { interval: 16, timeout: 3000 },
  );
}

/** Resolves once the browser has laid out and painted what the page holds now: after the next frame, in the task after it. */
export const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Puts the page URL back to no fragment, without a history entry. */
export function clearHash(): void {
  history.replaceState(null, '', location.pathname + location.search);
}

/** Waits for the open and close animations, so that checks see the final colours. */
export async function animationsDone(el: JetroAlibabaFaq): Promise<void> {
  await el.updateComplete;
  await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
}

/** The FAQ document with its questions repeated to `count`, each question numbered: （1）, （2）… */
export function longFaq(count: number): unknown {
  const base = faqDocument as { items: { number: number; question: string }[] };
  const long = structuredClone(faqDocument) as { items: unknown[] };
  long.items = Array.from({ length: count }, (_, i) => ({
    ...structuredClone(base.items[i % base.items.length]),
    number: i + 1,
    question: `${base.items[i % base.items.length].question}（${i + 1}）`,
  }));
  return long;
}
