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
 */
export function widgetPage({ count = 12, data = null, anchor = '', fallback = '<p><a href="/faq.pdf">よくあるご質問（PDF）</a></p>' } = {}) {
  const questions = "document.querySelector('jetro-alibaba-faq')?.shadowRoot?.querySelectorAll('button.question') ?? []";
  const dataScript = data
    ? `<script type="application/json" id="faq-data">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>
<script type="module">document.querySelector('jetro-alibaba-faq').data = JSON.parse(document.getElementById('faq-data').textContent);</script>`
    : '';
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>widget</title>
<script type="module" src="/jetro-alibaba-faq.js"></script>
</head><body>
${HOST_BEFORE}
<jetro-alibaba-faq>${fallback}</jetro-alibaba-faq>
${HOST_AFTER}
${dataScript}
${readyScript(count, questions)}
${anchor ? anchorScript(`document.querySelector('jetro-alibaba-faq')?.shadowRoot?.getElementById('_${anchor}-answer')`) : ''}
</body></html>`;
}

/** The simplest thing that could work: native <details>, a table of contents, and ten lines of hash handling. */
export function baselinePage(document, { anchor = '' } = {}) {
  const toc = document.categories
    .map((c) => {
      const items = document.items.filter((i) => i.category === c.id);
      return `<h3>${escape(c.title)}</h3><ul>${items.map((i) => `<li><a href="#q${i.number}">Q${i.number} ${escape(i.question)}</a></li>`).join('')}</ul>`;
    })
    .join('');
  const body = document.categories
    .map((c) => {
      const items = document.items.filter((i) => i.category === c.id);
      return `<h3 id="${c.id}">${escape(c.title)}</h3>${items
        .map(
          (i) =>
            `<details id="q${i.number}"><summary>Q${i.number} ${escape(i.question)}</summary><p>${escape(i.answer).replace(/\n/g, '<br>')}</p></details>`,
        )
        .join('')}`;
    })
    .join('');
  return `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>baseline</title>
</head><body>
${HOST_BEFORE}
<section><h2>${escape(document.title)}</h2><p>${escape(document.intro)}</p>
<nav><h3>目次</h3>${toc}</nav>${body}
<h3 id="contact">${escape(document.contact.title)}</h3><p>${escape(document.contact.body).replace(/\n/g, '<br>')}</p></section>
${HOST_AFTER}
<script>
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
</script>
${readyScript(document.items.length, 'document.querySelectorAll("summary")')}
${anchor ? anchorScript(`document.querySelector('#${anchor} > p')`) : ''}
</body></html>`;
}
