// The pages the benchmark loads. Each "ready" script marks, in the page
// itself, the moment all questions are rendered and visible, so both pages are
// timed the same way: window.__ready = performance.now() (ms since navigation).

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);

/** A bigger FAQ: the real twelve questions, repeated and renumbered up to `count`. */
export function scaledDocument(document, count) {
  const items = [];
  for (let n = 1; n <= count; n++) {
    const source = document.items[(n - 1) % document.items.length];
    items.push({ ...source, number: n, question: `${source.question}（その${n}）`, corrections: undefined });
  }
  return { ...document, corrections: undefined, categories: document.categories.map(({ id, title }) => ({ id, title })), items };
}

/** Marks `window.__ready` once `count` questions are laid out, polling once a frame. */
const readyScript = (count, questions) => `
<script>
  (function check() {
    const found = ${questions};
    if (found.length === ${count} && found[${count - 1}].getClientRects().length > 0 && found[0].getClientRects().length > 0) {
      window.__ready = performance.now();
    } else requestAnimationFrame(check);
  })();
</script>`;

/** Marks `window.__anchorOpen` once the answer to `id` is visible. */
const anchorScript = (answer) => `
<script>
  (function check() {
    const answer = ${answer};
    if (answer && answer.getBoundingClientRect().height > 0) window.__anchorOpen = performance.now();
    else requestAnimationFrame(check);
  })();
</script>`;

/** Host-page content around the FAQ, for the layout-shift figure. */
const HOST_BEFORE =
  '<header style="height:80px;background:#003b7a;color:#fff">JETRO</header><h1>Alibaba.com 活用支援プログラム</h1><p>ページの本文。</p>';
const HOST_AFTER = '<footer style="height:200px;border-top:1px solid #ccc">フッター：お問い合わせ、サイトマップ、プライバシーポリシー</footer>';

/**
 * The widget, from the standalone module, by one script tag. `fallback` is
 * what the host puts inside the element: by default a link to the PDF; the
 * layout-shift figure uses the build's fallback HTML, as the README advises.
 * `src`: the module's URL (the profile loads a build with a source map).
 */
export function widgetPage({
  count = 12,
  data = null,
  anchor = '',
  src = '/jetro-alibaba-faq.js',
  fallback = '<p><a href="/faq.pdf">よくあるご質問（PDF）</a></p>',
} = {}) {
  const questions = "document.querySelector('jetro-alibaba-faq')?.shadowRoot?.querySelectorAll('button.question') ?? []";
  const dataScript = data
    ? `<script type="application/json" id="faq-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script type="module">document.querySelector('jetro-alibaba-faq').data = JSON.parse(document.getElementById('faq-data').textContent);</script>`
    : '';
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>widget</title>
<script type="module" src="${src}"></script>
</head><body>
${HOST_BEFORE}
<jetro-alibaba-faq>${fallback}</jetro-alibaba-faq>
${HOST_AFTER}
${dataScript}
${readyScript(count, questions)}
${anchor ? anchorScript(`document.querySelector('jetro-alibaba-faq')?.shadowRoot?.getElementById('_${anchor}-answer')`) : ''}
</body></html>`;
}

/** The FAQ's frame, the same on every non-widget page: title, intro, table of contents, the categories, contact. */
function faqBody(document, category) {
  const toc = document.categories
    .map((c) => {
      const items = document.items.filter((i) => i.category === c.id);
      return `<h3>${escape(c.title)}</h3><ul>${items.map((i) => `<li><a href="#q${i.number}">Q${i.number} ${escape(i.question)}</a></li>`).join('')}</ul>`;
    })
    .join('');
  const body = document.categories
    .map(
      (c) =>
        `<h3 id="${c.id}">${escape(c.title)}</h3>${category(
          c,
          document.items.filter((i) => i.category === c.id),
        )}`,
    )
    .join('');
  return `${HOST_BEFORE}
<section><h2>${escape(document.title)}</h2><p>${escape(document.intro)}</p>
<nav><h3>目次</h3>${toc}</nav>${body}
<h3 id="contact">${escape(document.contact.title)}</h3><p>${escape(document.contact.body).replace(/\n/g, '<br>')}</p></section>
${HOST_AFTER}`;
}

const answerHtml = (item) => escape(item.answer).replace(/\n/g, '<br>');

/** The baseline's ten lines of hash handling: open the question the URL names. */
export const NATIVE_HASH_SCRIPT = `
  function openFromHash() {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target instanceof HTMLDetailsElement) {
      target.open = true;
      target.scrollIntoView();
      target.querySelector('summary').focus();
    }
  }
  addEventListener('hashchange', openFromHash);
  openFromHash();
`;

/** The simplest thing that could work: native <details>, a table of contents, and ten lines of hash handling. */
export function baselinePage(document, { anchor = '' } = {}) {
  const category = (c, items) =>
    items.map((i) => `<details id="q${i.number}"><summary>Q${i.number} ${escape(i.question)}</summary><p>${answerHtml(i)}</p></details>`).join('');
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>baseline</title>
</head><body>
${faqBody(document, category)}
<script>${NATIVE_HASH_SCRIPT}</script>
${readyScript(document.items.length, 'document.querySelectorAll("summary")')}
${anchor ? anchorScript(`document.querySelector('#${anchor} > p')`) : ''}
</body></html>`;
}

/**
 * GOV.UK Frontend's body class, set before its script runs, as its page
 * template does: the components start only where ES modules are supported.
 */
export const GOVUK_SUPPORTED_SCRIPT = `document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');`;

/**
 * GOV.UK Frontend's accordion, one per category, in the markup its Nunjucks
 * macro writes. It needs no hash handling of its own: it hides closed sections
 * with hidden="until-found", so the browser reveals the one holding the URL's
 * fragment and the accordion opens it (its "beforematch" listener). The id
 * `q7` is therefore on the answer, inside the hidden content.
 */
export function govukPage(document, { anchor = '' } = {}) {
  const category = (c, items) =>
    `<div class="govuk-accordion" data-module="govuk-accordion" id="faq-${c.id}">${items
      .map(
        (
          i,
          index,
        ) => `<div class="govuk-accordion__section"><div class="govuk-accordion__section-header"><h4 class="govuk-accordion__section-heading"><span class="govuk-accordion__section-button" id="faq-${c.id}-heading-${index + 1}">Q${i.number} ${escape(i.question)}</span></h4></div>
<div id="faq-${c.id}-content-${index + 1}" class="govuk-accordion__section-content"><p id="q${i.number}">${answerHtml(i)}</p></div></div>`,
      )
      .join('')}</div>`;
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>GOV.UK Frontend accordion</title>
<link rel="stylesheet" href="/peers/govuk-accordion.css">
<script type="module" src="/peers/govuk-accordion.js"></script>
</head><body>
<script>${GOVUK_SUPPORTED_SCRIPT}</script>
${faqBody(document, category)}
${readyScript(document.items.length, 'document.querySelectorAll("button.govuk-accordion__section-button")')}
${anchor ? anchorScript(`document.querySelector('.govuk-accordion__section--expanded #${anchor}')`) : ''}
</body></html>`;
}

/**
 * The same ten lines as the baseline's, for <sl-details>. Set before the
 * element upgrades, `open` is kept by Lit and the section renders open at once.
 */
export const SHOELACE_HASH_SCRIPT = `
  function openFromHash() {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target?.localName === 'sl-details') {
      target.open = true;
      target.scrollIntoView();
      customElements.whenDefined('sl-details').then(() => target.updateComplete).then(() => target.shadowRoot.querySelector('summary').focus());
    }
  }
  addEventListener('hashchange', openFromHash);
  openFromHash();
`;

/** Shoelace's <sl-details>, cherry-picked with its light theme, one per question. */
export function shoelacePage(document, { anchor = '' } = {}) {
  const category = (c, items) =>
    items
      .map((i) => `<sl-details id="q${i.number}"><span slot="summary">Q${i.number} ${escape(i.question)}</span><p>${answerHtml(i)}</p></sl-details>`)
      .join('');
  // Until it is defined, an <sl-details> is an unknown element whose answer shows, so
  // both marks wait for its shadow root: the summary rendered, the answer in an open section.
  const questions = "[...document.querySelectorAll('sl-details')].map((d) => d.shadowRoot?.querySelector('summary')).filter(Boolean)";
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Shoelace sl-details</title>
<link rel="stylesheet" href="/peers/shoelace-light.css">
<script type="module" src="/peers/shoelace-details.js"></script>
</head><body>
${faqBody(document, category)}
<script>${SHOELACE_HASH_SCRIPT}</script>
${readyScript(document.items.length, questions)}
${anchor ? anchorScript(`document.querySelector('sl-details[open]:defined#${anchor} > p')`) : ''}
</body></html>`;
}
