/**
 * The host pages the widget really lives on (issue #11): a `<base href>`, an
 * `<iframe srcdoc>`, the fallback HTML pasted inside, a smooth-scroll script,
 * a closed `<details>` or another component's shadow root around it, Back
 * after scrolling, a page that changes its `lang`, settings changed after the
 * first render, and hash-routed single-page sites.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { JetroAlibabaFaq } from '../src/jetro-alibaba-faq.js';
import { answerId } from '../src/ids.js';
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

const root = (el: JetroAlibabaFaq) => el.shadowRoot!;

/** Whether a reader sees the question: its button is rendered, and wholly inside the window, below `top`. */
function seen(el: JetroAlibabaFaq, id: string, top = 0): boolean {
  const button = questionButton(el, id);
  const box = button.getBoundingClientRect();
  const win = button.ownerDocument.defaultView!;
  return button.checkVisibility() && box.height > 0 && box.top >= top - 1 && box.bottom <= win.innerHeight + 1;
}

/** The question is open, scrolled into view (below `top`), and has focus. */
async function expectNavigatedTo(el: JetroAlibabaFaq, id: string, top = 0): Promise<void> {
  await waitUntil(() => isOpen(el, id), `${id} opens`, { timeout: 3000 });
  // Smooth scrolling starts some frames later in some engines: wait for it to arrive, then to stop.
  await waitUntil(() => seen(el, id, top), `${id} comes into view`, { timeout: 3000 }).catch(() => {});
  await scrollSettled(el.ownerDocument.defaultView!);
  const box = questionButton(el, id).getBoundingClientRect();
  const where = `top ${Math.round(box.top)}, bottom ${Math.round(box.bottom)} in a window ${el.ownerDocument.defaultView!.innerHeight} high, visible: ${questionButton(el, id).checkVisibility()}`;
  expect(seen(el, id, top), `${id} is in view${top ? ` below ${top}px` : ''} (${where})`).to.equal(true);
  expect(focused(el)?.id, 'focus is on the question').to.equal(id);
  expect(el.ownerDocument.activeElement, 'the page’s focus is in the widget').to.equal(el);
}

/** Loads a page in an iframe and waits until its first widget has rendered. */
async function loadFrame(src: string): Promise<{ frame: HTMLIFrameElement; doc: Document; el: JetroAlibabaFaq }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 800px; height: 600px';
  frame.src = src;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  const el = doc.querySelector('jetro-alibaba-faq') as JetroAlibabaFaq;
  await waitUntil(() => el.shadowRoot?.querySelector('button.question'), 'the element renders', { timeout: 5000 });
  await el.updateComplete;
  return { frame, doc, el };
}

describe('a page with <base href> elsewhere', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('links, records and copies the address of this document, not of the base', async () => {
    const loaded = await loadFrame('/test/fixtures/base-href.html');
    ({ frame } = loaded);
    const { doc, el } = loaded;
    const win = frame.contentWindow!;
    const here = `${location.origin}/test/fixtures/base-href.html`;
    expect(doc.baseURI, 'the page’s base is elsewhere').to.equal(`${location.origin}/other/`);

    // Opened in a new tab, each link leads here.
    el.expandAll();
    await el.updateComplete;
    const internal = [...root(el).querySelectorAll<HTMLAnchorElement>('a')].filter((a) => new URL(a.href).origin === location.origin);
    expect(internal.length, 'table of contents, back links, the introduction').to.be.greaterThan(12);
    for (const a of internal) expect(a.href, a.textContent).to.match(new RegExp(`^${here.replace(/[.]/g, '\\.')}#[a-z]`));
    el.collapseAll();
    await el.updateComplete;

    // A click records this document's address.
    tocLink(el, 'q7').click();
    await expectNavigatedTo(el, 'q7');
    expect(win.location.href).to.equal(`${here}#q7`);

    // リンクをコピー copies it.
    const copied: string[] = [];
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text: string) => (copied.push(text), Promise.resolve()) },
    });
    root(el)
      .querySelector<HTMLButtonElement>(`#${answerId('q7')} .copy-link`)!
      .click();
    await waitUntil(() => copied.length > 0, 'a copy');
    expect(copied).to.deep.equal([`${here}#q7`]);
  });
});

describe('a page in an <iframe srcdoc>', () => {
  it('opens, scrolls to and focuses the question from the table of contents, without an error', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.srcdoc = `<!doctype html><meta charset="utf-8"><script type="module" src="${location.origin}/dist/jetro-alibaba-faq.js"></script><jetro-alibaba-faq></jetro-alibaba-faq>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow!;
      expect(win.location.href).to.equal('about:srcdoc');
      const errors: string[] = [];
      win.addEventListener('error', (event) => errors.push(event.message));
      win.addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
      const el = frame.contentDocument!.querySelector('jetro-alibaba-faq') as JetroAlibabaFaq;
      await waitUntil(() => el.shadowRoot?.querySelector('button.question'), 'the element renders', { timeout: 5000 });
      await el.updateComplete;
      tocLink(el, 'q11').click();
      await expectNavigatedTo(el, 'q11');
      expect(errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('the fallback HTML pasted inside the element', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('leaves the host page no copy of the widget’s anchors once rendered', async () => {
    const loaded = await loadFrame('/test/fixtures/page-fallback.html');
    ({ frame } = loaded);
    const { doc, el } = loaded;
    expect(el.querySelectorAll('details'), 'the fallback is there').to.have.length(12);
    for (const id of ['q1', 'q7', 'q12', 'application', 'contact']) {
      expect(doc.getElementById(id), id).to.equal(null);
      expect(doc.querySelector(`#${id}`), id).to.equal(null);
    }
  });

  it('focuses the question the URL names on load, not the page', async () => {
    const loaded = await loadFrame('/test/fixtures/page-fallback.html#q7');
    ({ frame } = loaded);
    await expectNavigatedTo(loaded.el, 'q7');
    // Some engines act on the fragment again at the load event: focus must hold after it.
    await new Promise((resolve) => frame!.contentWindow!.requestAnimationFrame(resolve));
    expect(focused(loaded.el)?.id).to.equal('q7');
  });

  it('follows the page’s own link to a question', async () => {
    const loaded = await loadFrame('/test/fixtures/page-fallback.html');
    ({ frame } = loaded);
    loaded.doc.querySelector<HTMLAnchorElement>('#host-link')!.click();
    await expectNavigatedTo(loaded.el, 'q3');
  });

  it('works with the usual smooth-scroll script of the page', async () => {
    const loaded = await loadFrame('/test/fixtures/page-fallback.html');
    ({ frame } = loaded);
    const { doc } = loaded;
    const win = frame.contentWindow!;
    // The common jQuery snippet, in plain JavaScript: $(document).on('click', 'a[href^="#"]', …)
    // finds $(this.hash), and if there is one, cancels the click and animates the scroll to it.
    doc.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('a[href^="#"]');
      const target = link && doc.querySelector(link.hash);
      if (!target) return;
      event.preventDefault();
      win.scrollTo({ top: target.getBoundingClientRect().top + win.scrollY, behavior: 'smooth' });
    });
    doc.querySelector<HTMLAnchorElement>('#host-link')!.click();
    await expectNavigatedTo(loaded.el, 'q3');
  });

  it('lets an unprefixed widget take #q7 after a prefixed one, both with the fallback', async () => {
    const loaded = await loadFrame('/test/fixtures/two-widgets-fallback.html#q7');
    ({ frame } = loaded);
    const [first, second] = [...loaded.doc.querySelectorAll('jetro-alibaba-faq')];
    await second.updateComplete;
    await expectNavigatedTo(second, 'q7');
    expect(openIds(first), 'the prefixed widget leaves #q7 alone').to.deep.equal([]);
  });
});

describe('a host page whose own script scrolls while it loads', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  // WordPress's admin bar scrolls up 32 px on DOMContentLoaded when the URL has a fragment, a few
  // milliseconds after the widget scrolled to the question; other hosts put the page back at the top.
  for (const host of ['admin-bar', 'top']) {
    it(`still shows the question the URL names, below its 80 px sticky header, and focuses it (${host})`, async () => {
      const loaded = await loadFrame(`/test/fixtures/host-scrolls-on-load.html?host=${host}#q7`);
      ({ frame } = loaded);
      expect(loaded.doc.readyState).to.equal('complete');
      await expectNavigatedTo(loaded.el, 'q7', 80);
    });
  }

  it('leaves the page where the reader scrolled it before it finished loading', async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 800px; height: 600px';
    frame.src = '/test/fixtures/host-scrolls-on-load.html?host=slow#q7';
    const loaded = new Promise((resolve) => frame!.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    const win = () => frame!.contentWindow!;
    const el = () => frame!.contentDocument?.querySelector('jetro-alibaba-faq') as JetroAlibabaFaq | null;
    await waitUntil(() => el()?.shadowRoot && focused(el()!)?.id === 'q7', 'Q7 is shown while the page still loads', { timeout: 5000 });
    expect(frame.contentDocument!.readyState, 'the image still holds the load event').to.not.equal('complete');
    // The reader turns the wheel back to the top of the page.
    win().dispatchEvent(new WheelEvent('wheel', { deltaY: -3000, bubbles: true }));
    win().scrollTo(0, 0);
    await loaded;
    await new Promise((resolve) => win().requestAnimationFrame(() => win().requestAnimationFrame(resolve)));
    await scrollSettled(win());
    expect(win().scrollY, 'the page stays where the reader put it').to.equal(0);
  });
});

/** A component of the host page that shows its child inside a closed <details> in its shadow root. */
class HostDisclosure extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<details><summary>FAQ</summary><slot></slot></details>';
  }
}
customElements.define('host-disclosure', HostDisclosure);

/** A component of the host page that renders the widget in its own shadow root. */
class HostCard extends HTMLElement {
  constructor() {
    super();
    this.attachShadow({ mode: 'open' }).innerHTML = '<jetro-alibaba-faq></jetro-alibaba-faq>';
  }
}
customElements.define('host-card', HostCard);

describe('ancestors that hide the widget', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('opens a closed <details> around it for the question the URL names on load', async () => {
    history.replaceState(null, '', '#q7');
    const details = await fixture<HTMLDetailsElement>(
      html`<details>
        <summary>よくあるご質問</summary>
        <jetro-alibaba-faq></jetro-alibaba-faq>
      </details>`,
    );
    const el = details.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    await expectNavigatedTo(el, 'q7');
    expect(details.open).to.equal(true);
  });

  it('opens a closed <details> in another component’s shadow root, for a link', async () => {
    const wrapper = await fixture(
      html`<div>
        <a id="host-link" href="#q9">Q9</a><host-disclosure><jetro-alibaba-faq></jetro-alibaba-faq></host-disclosure>
      </div>`,
    );
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    wrapper.querySelector<HTMLAnchorElement>('#host-link')!.click();
    await expectNavigatedTo(el, 'q9');
    expect(wrapper.querySelector('host-disclosure')!.shadowRoot!.querySelector('details')!.open).to.equal(true);
  });

  it('reveals a hidden="until-found" ancestor, telling it with beforematch', async () => {
    const wrapper = await fixture(
      html`<div>
        <div hidden="until-found"><jetro-alibaba-faq></jetro-alibaba-faq></div>
      </div>`,
    );
    const section = wrapper.firstElementChild as HTMLElement;
    const el = section.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    let told = false;
    section.addEventListener('beforematch', () => (told = true));
    location.hash = '#q4';
    await expectNavigatedTo(el, 'q4');
    expect(section.hasAttribute('hidden')).to.equal(false);
    expect(told, 'beforematch').to.equal(true);
  });
});

describe('Back and Forward after the reader scrolled', () => {
  const HEADER = 80;
  let restore: () => void = () => {};
  beforeEach(clearHash);
  afterEach(() => {
    restore();
    clearHash();
  });

  /** A page with a sticky header, the widget, and room to scroll below it. */
  async function page(room: 'scroll-padding-top' | '--jetro-faq-scroll-margin'): Promise<JetroAlibabaFaq> {
    if (room === 'scroll-padding-top') {
      document.documentElement.style.scrollPaddingTop = `${HEADER + 10}px`;
      restore = () => document.documentElement.style.removeProperty('scroll-padding-top');
    }
    const wrapper = await fixture(html`
      <div>
        <header style="position: sticky; top: 0; height: ${HEADER}px; background: #ddd; z-index: 1">The site</header>
        <jetro-alibaba-faq style=${room === 'scroll-padding-top' ? '' : `--jetro-faq-scroll-margin: ${HEADER + 10}px`}></jetro-alibaba-faq>
        <div style="height: 1500px"></div>
      </div>
    `);
    const el = wrapper.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    return el;
  }

  for (const room of ['scroll-padding-top', '--jetro-faq-scroll-margin'] as const) {
    it(`shows and focuses the question the URL names, below a sticky header (${room})`, async () => {
      history.replaceState(null, '', '#q7');
      const el = await page(room);
      await expectNavigatedTo(el, 'q7', HEADER);
      // The reader scrolls up to the table of contents, and picks Q11.
      tocLink(el, 'q11').scrollIntoView({ block: 'center' });
      await scrollSettled();
      tocLink(el, 'q11').click();
      await expectNavigatedTo(el, 'q11', HEADER);

      history.back();
      await waitUntil(() => location.hash === '#q7', 'Back returns to #q7');
      await expectNavigatedTo(el, 'q7', HEADER);
      history.forward();
      await waitUntil(() => location.hash === '#q11', 'Forward returns to #q11');
      await expectNavigatedTo(el, 'q11', HEADER);
    });
  }
});

describe('Back and Forward between two widgets', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  it('shows and focuses the question of the widget the URL names, whichever widget pushed last', async () => {
    const wrapper = await fixture(html`
      <div>
        <jetro-alibaba-faq anchor-prefix="a-"></jetro-alibaba-faq>
        <jetro-alibaba-faq></jetro-alibaba-faq>
      </div>
    `);
    const [first, second] = [...wrapper.querySelectorAll('jetro-alibaba-faq')];
    await Promise.all([first.updateComplete, second.updateComplete]);
    tocLink(first, 'q3').click();
    await expectNavigatedTo(first, 'q3');
    expect(location.hash).to.equal('#a-q3');
    tocLink(second, 'q11').click();
    await expectNavigatedTo(second, 'q11');
    expect(location.hash).to.equal('#q11');

    history.back();
    await waitUntil(() => location.hash === '#a-q3', 'Back returns to #a-q3');
    await expectNavigatedTo(first, 'q3');
    history.forward();
    await waitUntil(() => location.hash === '#q11', 'Forward returns to #q11');
    await expectNavigatedTo(second, 'q11');
  });
});

describe('the interface language', () => {
  let lang: string | null;
  beforeEach(() => (lang = document.documentElement.getAttribute('lang')));
  afterEach(() => (lang === null ? document.documentElement.removeAttribute('lang') : document.documentElement.setAttribute('lang', lang)));

  const tocHeading = (el: JetroAlibabaFaq) => root(el).querySelector('#toc')!.textContent;

  it('comes from the page through another component’s shadow root, and follows its changes', async () => {
    const wrapper = await fixture(html`<div lang="en"><host-card></host-card></div>`);
    const el = wrapper.querySelector('host-card')!.shadowRoot!.querySelector('jetro-alibaba-faq')!;
    await el.updateComplete;
    expect(tocHeading(el)).to.equal('Contents');
    wrapper.setAttribute('lang', 'ja');
    await waitUntil(() => tocHeading(el) === '目次', 'the interface turns Japanese');
  });

  it('follows the page’s lang when it is set later', async () => {
    document.documentElement.removeAttribute('lang');
    const el = await renderFaq();
    expect(tocHeading(el)).to.equal('目次');
    document.documentElement.setAttribute('lang', 'en');
    await waitUntil(() => tocHeading(el) === 'Contents', 'the interface turns English');
    document.documentElement.setAttribute('lang', 'ja-JP');
    await waitUntil(() => tocHeading(el) === '目次', 'and back');
  });
});

describe('settings changed after the first render', () => {
  beforeEach(clearHash);
  afterEach(clearHash);

  /** A document whose answers link to the contact block and to another question. */
  const linked = {
    title: 'リンクのあるご質問',
    programme: ['テスト用プログラム'],
    intro: 'リンクのある紹介文です。[お問合せ](#contact)',
    categories: [{ id: 'general', title: '一般' }],
    items: [
      { number: 1, category: 'general', question: '一つ目の問い', answer: '[お問合せ](#contact)からどうぞ。' },
      { number: 2, category: 'general', question: '二つ目の問い', answer: '[一つ目の問い](#q1)をご覧ください。' },
    ],
    contact: { title: 'お問い合わせ', body: 'テスト事務局' },
  };

  const links = (el: JetroAlibabaFaq, selector: string) =>
    [...root(el).querySelectorAll<HTMLAnchorElement>(selector)].map((a) => a.getAttribute('href'));
  const headings = (el: JetroAlibabaFaq) => [...root(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.localName);
  const here = () => location.href.split('#')[0];

  it('shows every public property and attribute everywhere it appears, with every answer open', async () => {
    const el = await renderFaq();
    el.data = linked;
    await el.updateComplete;
    el.expandAll();
    await el.updateComplete;
    expect(openIds(el)).to.deep.equal(['q1', 'q2']);
    expect(links(el, '.intro a, .answer a:not(.back)')).to.deep.equal([`${here()}#contact`, `${here()}#contact`, `${here()}#q1`]);

    el.setAttribute('contact-url', 'https://www.jetro.go.jp/form/');
    await el.updateComplete;
    expect(links(el, '.intro a, .answer a:not(.back)'), 'contact-url').to.deep.equal([
      'https://www.jetro.go.jp/form/',
      'https://www.jetro.go.jp/form/',
      `${here()}#q1`,
    ]);

    el.setAttribute('anchor-prefix', 'faq-');
    await el.updateComplete;
    expect(links(el, '.toc a, .answer a'), 'anchor-prefix').to.deep.equal([
      `${here()}#faq-q1`,
      `${here()}#faq-q2`,
      'https://www.jetro.go.jp/form/',
      `${here()}#faq-toc`,
      `${here()}#faq-q1`,
      `${here()}#faq-toc`,
    ]);

    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    // Title, 目次, the category, its two questions, the contact block (the table of contents' category title is no heading).
    expect(headings(el), 'heading-level').to.deep.equal(['h4', 'h5', 'h5', 'h6', 'h6', 'h5']);

    el.setAttribute('lang', 'en');
    await el.updateComplete;
    const interfaceText = () => [
      root(el).querySelector('label')!.textContent,
      root(el).querySelector('#toc')!.textContent,
      root(el).querySelector('.toggle-all')!.textContent.trim(),
      ...[...root(el).querySelectorAll('.answer-tools')].map((tools) => tools.textContent.replace(/\s+/g, ' ').trim()),
      ...[...root(el).querySelectorAll('.copy-link')].map((button) => button.getAttribute('aria-label')),
    ];
    expect(interfaceText(), 'lang').to.deep.equal([
      'Search the questions',
      'Contents',
      'Close all',
      'Back to contents Copy link',
      'Back to contents Copy link',
      'Copy link to Q1',
      'Copy link to Q2',
    ]);

    el.strings = { toc: 'Index', backToToc: 'Up', copyLink: 'Link', copyLinkName: (label) => `Link to ${label}`, collapseAll: 'Close them' };
    await el.updateComplete;
    expect(interfaceText(), 'strings').to.deep.equal([
      'Search the questions',
      'Index',
      'Close them',
      'Up Link',
      'Up Link',
      'Link to Q1',
      'Link to Q2',
    ]);

    el.setAttribute('color-scheme', 'dark');
    await el.updateComplete;
    expect(getComputedStyle(root(el).querySelector('.faq')!).colorScheme, 'color-scheme').to.equal('dark');

    el.setAttribute('structured-data', '');
    await el.updateComplete;
    const jsonLd = document.head.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');
    expect(JSON.parse(jsonLd!.text).name, 'structured-data').to.equal('リンクのあるご質問');

    el.setAttribute('history', 'none');
    await el.updateComplete;
    expect(
      [...root(el).querySelectorAll<HTMLElement>('.copy-link')].map((button) => button.checkVisibility()),
      'history: nothing to copy',
    ).to.deep.equal([false, false]);
    expect(links(el, '.toc a'), 'history: links lead to this page as it is').to.deep.equal([location.href, location.href]);

    el.setAttribute('src', new URL('./fixtures/small-faq.json', import.meta.url).href);
    await waitUntil(() => questionButton(el, 'q2').textContent.includes('二つ目の質問ですか'), 'the src document shows');
    expect(root(el).querySelector('.intro a')!.getAttribute('href'), 'src, with contact-url').to.equal('https://www.jetro.go.jp/form/');
    expect(openIds(el), 'answers still there stay open').to.deep.equal(['q1', 'q2']);
    expect(answerPanel(el, 'q2').textContent).to.contain('https://www.jetro.go.jp/');

    el.removeAttribute('contact-url');
    el.removeAttribute('history');
    await el.updateComplete;
    expect(root(el).querySelector('.intro a')!.getAttribute('href'), 'contact-url removed').to.equal(`${here()}#faq-contact`);
    el.remove();
  });
});

describe('hash-routed single-page sites', () => {
  afterEach(clearHash);

  it('keeps its navigation out of the URL with history="none", and its links still work', async () => {
    history.replaceState(null, '', '#/top');
    const entries = history.length;
    const el = await renderFaq(html`<jetro-alibaba-faq history="none"></jetro-alibaba-faq>`);
    el.data = {
      title: 'テスト',
      programme: ['テスト'],
      intro: '紹介文',
      categories: [{ id: 'general', title: '一般' }],
      items: [
        { number: 1, category: 'general', question: '最初の質問ですか', answer: 'はい。' },
        { number: 2, category: 'general', question: '二つ目の質問ですか', answer: '[最初の質問](#q1)と[お問い合わせ先](#contact)をご覧ください。' },
      ],
      contact: { title: 'お問い合わせ', body: 'テスト事務局' },
    };
    await el.updateComplete;

    tocLink(el, 'q2').click();
    await expectNavigatedTo(el, 'q2');
    answerPanel(el, 'q2').querySelector<HTMLAnchorElement>('a:not(.back)')!.click();
    await expectNavigatedTo(el, 'q1');
    answerPanel(el, 'q2').querySelectorAll<HTMLAnchorElement>('a:not(.back)')[1].click();
    await waitUntil(() => focused(el)?.id === 'contact', 'focus on the contact block');
    await waitUntilInViewport(root(el).getElementById('contact')!, 'the contact block is in view');

    expect(location.hash, 'the route stays').to.equal('#/top');
    expect(history.length, 'no history entry').to.equal(entries);
    // A route that happens to share a name with an anchor stays the site's.
    el.collapseAll();
    location.hash = '#q2';
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(openIds(el)).to.deep.equal([]);
  });
});
