// The search's quality, measured on the reader-query set (bench/reader-queries.json):
// each query is typed into the BUILT module (dist/jetro-alibaba-faq.js) in a
// browser, and the questions the accordion then shows are compared with the
// questions the query wants (`want`) and those also acceptable (`ok`).
//
// - recall: of all wanted questions, the share shown;
// - precision: of all questions shown, the share in `want` ∪ `ok` (find-nothing
//   queries included, where every question shown counts against it);
// - find-nothing queries (`want: []`) that showed something;
// - the misses by kind (own words, sentences, readings, variants, Latin, typos…).
//
// `npm run bench` runs it with its other figures and writes it to
// bench/RESULTS.md. Alone, after `npm run build`: `node bench/search-quality.mjs`
// prints the same section (a few seconds).

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const TARGETS = { recall: 0.9, precision: 0.95 };

/** Types every query into the widget at `url` (a page with one <jetro-alibaba-faq> that sets window.__ready) and reads what it shows. */
async function shownFor(browser, url, queries) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => window.__ready !== undefined, null, { timeout: 60_000, polling: 50 });
  const shown = await page.evaluate(async (list) => {
    const el = document.querySelector('jetro-alibaba-faq');
    const input = el.shadowRoot.querySelector('input[type=search]');
    const results = [];
    for (const query of list) {
      // As the reader's typing ends: the value, then the input event the element listens to.
      input.value = query;
      input.dispatchEvent(new window.InputEvent('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      const items = [...el.shadowRoot.querySelectorAll('.item')].filter((item) => !item.hidden && item.getClientRects().length > 0);
      results.push(items.map((item) => Number(item.querySelector('button.question').id.slice(1))));
    }
    return results;
  }, queries);
  await context.close();
  return shown;
}

const percent = (value) => `${(value * 100).toFixed(1)} %`;

/**
 * Runs the set against the module served at `origin` (its /widget.html) and
 * returns the figures, and the section of bench/RESULTS.md that reports them.
 */
export async function searchQuality({ browser, origin }) {
  const set = JSON.parse(readFileSync(new URL('bench/reader-queries.json', root), 'utf8'));
  const shown = await shownFor(
    browser,
    `${origin}/widget.html`,
    set.map((entry) => entry.query),
  );
  let wanted = 0;
  let found = 0;
  let shownCount = 0;
  let relevant = 0;
  const byKind = new Map();
  const misses = [];
  const noisy = [];
  set.forEach((entry, i) => {
    const got = shown[i];
    const accepted = new Set([...entry.want, ...entry.ok]);
    const hits = entry.want.filter((n) => got.includes(n));
    const extra = got.filter((n) => !accepted.has(n));
    wanted += entry.want.length;
    found += hits.length;
    shownCount += got.length;
    relevant += got.length - extra.length;
    const kind = byKind.get(entry.kind) ?? { queries: 0, wanted: 0, found: 0, shown: 0, extra: 0, missed: 0 };
    kind.queries++;
    kind.wanted += entry.want.length;
    kind.found += hits.length;
    kind.shown += got.length;
    kind.extra += extra.length;
    if (hits.length < entry.want.length || (entry.want.length === 0 && got.length > 0)) kind.missed++;
    byKind.set(entry.kind, kind);
    if (hits.length < entry.want.length) misses.push({ ...entry, got });
    else if (extra.length) noisy.push({ ...entry, got, extra });
  });
  const nothing = set
    .filter((entry, i) => entry.want.length === 0 && shown[i].length > 0)
    .map((entry) => ({ ...entry, got: shown[set.indexOf(entry)] }));
  const recall = found / wanted;
  const precision = shownCount ? relevant / shownCount : 1;
  const findNothing = set.filter((entry) => entry.want.length === 0).length;

  const numbers = (list) => (list.length ? list.map((n) => `Q${n}`).join(' ') : '—');
  const cell = (text) => String(text).replace(/\|/g, '\\|');
  const markdown = `## Search quality: the reader-query set

${set.length} queries from \`bench/reader-queries.json\` (written from the reader's side, blind to the search's code and keywords), typed into the built module in Chromium; a question counts as shown when the accordion shows it once the element has updated.

| figure | value | target | met |
| --- | ---: | --- | --- |
| recall (wanted questions shown) | ${percent(recall)} (${found} of ${wanted}) | ≥ ${percent(TARGETS.recall)} | ${recall >= TARGETS.recall ? 'met' : '**missed**'} |
| precision (questions shown that are wanted or acceptable) | ${percent(precision)} (${relevant} of ${shownCount}) | ≥ ${percent(TARGETS.precision)} | ${precision >= TARGETS.precision ? 'met' : '**missed**'} |
| find-nothing queries that showed something | ${nothing.length} of ${findNothing} | 0 | ${nothing.length === 0 ? 'met' : '**missed**'} |

| kind | queries | wanted | shown of them | recall | queries missed | questions shown beyond want ∪ ok |
| --- | ---: | ---: | ---: | ---: | ---: | ---: |
${[...byKind]
  .map(
    ([kind, k]) =>
      `| ${kind} | ${k.queries} | ${k.wanted} | ${k.found} | ${k.wanted ? percent(k.found / k.wanted) : '—'} | ${k.missed} | ${k.extra} |`,
  )
  .join('\n')}

Misses (a wanted question not shown):

${misses.length ? `| query | kind | want | shown |\n| --- | --- | --- | --- |\n${misses.map((m) => `| ${cell(m.query)} | ${m.kind} | ${numbers(m.want)} | ${numbers(m.got)} |`).join('\n')}` : 'none.'}

Shown beyond want ∪ ok (all wanted questions shown):

${noisy.length ? `| query | kind | want ∪ ok | shown |\n| --- | --- | --- | --- |\n${noisy.map((m) => `| ${cell(m.query)} | ${m.kind} | ${numbers([...m.want, ...m.ok])} | ${numbers(m.got)} |`).join('\n')}` : 'none.'}
${nothing.length ? `\nFind-nothing queries that showed something: ${nothing.map((m) => `${m.query} (${numbers(m.got)})`).join(', ')}.\n` : ''}`;
  return { recall, precision, findNothing, nothingShown: nothing.length, markdown };
}

// Alone: serve the built module with the bench's widget page, run, print.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('playwright-core');
  const { widgetPage } = await import('./pages.mjs');
  const moduleCode = readFileSync(new URL('dist/jetro-alibaba-faq.js', root));
  const server = createServer((req, res) => {
    if (req.url === '/jetro-alibaba-faq.js') return res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(moduleCode);
    if (req.url === '/widget.html') return res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(widgetPage({}));
    res.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const result = await searchQuality({ browser, origin: `http://127.0.0.1:${server.address().port}` });
    console.log(result.markdown);
  } finally {
    await browser.close();
    server.close();
  }
}
