/**
 * The built `dist/jetro-alibaba-faq.js` (run `npm run build` first; `npm test`
 * does), loaded by a plain script tag, as a host page would.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';

async function loadPlainPage(hash = ''): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = `/test/fixtures/standalone.html${hash}`;
  document.body.append(frame);
  await waitUntil(
    () => frame.contentDocument?.querySelector('jetro-alibaba-faq')?.shadowRoot?.querySelector('button.question'),
    'the element renders',
    {
      timeout: 5000,
    },
  );
  return frame;
}

describe('the standalone module', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('renders the whole FAQ from one script tag', async () => {
    frame = await loadPlainPage();
    const el = frame.contentDocument!.querySelector('jetro-alibaba-faq') as JetroAlibabaFaq;
    const questions = el.shadowRoot!.querySelectorAll('button.question');
    expect(questions).to.have.length(12);
    expect(questions[0].textContent).to.contain('Alibaba.com 会員番号がわからないが');
    expect(el.shadowRoot!.querySelector('.contact')!.textContent).to.contain('cse-pt-apply@jetro.go.jp');
  });

  it('requests nothing but itself', async () => {
    frame = await loadPlainPage();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const requests = frame
      .contentWindow!.performance.getEntriesByType('resource')
      .map((entry) => new URL(entry.name).pathname)
      // The test server injects its own script into every page it serves.
      .filter((path) => !path.startsWith('/__web-dev-server'));
    expect(requests).to.deep.equal(['/dist/jetro-alibaba-faq.js']);
  });

  it('opens the question named in the URL', async () => {
    frame = await loadPlainPage('#q7');
    const el = frame.contentDocument!.querySelector('jetro-alibaba-faq') as JetroAlibabaFaq;
    const button = el.shadowRoot!.getElementById('q7')!;
    await waitUntil(() => button.getAttribute('aria-expanded') === 'true', 'Q7 opens');
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });
});
