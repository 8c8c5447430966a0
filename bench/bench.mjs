// npm run bench [-- --quick]
//
// Measures the widget against a baseline page with the same content (native
// <details>, a table of contents and ten lines of hash handling), in one
// interleaved run of Debian's Chromium, driven by playwright-core. Every
// figure is reported for both and as a ratio, because the machines are shared
// and noisy: only figures taken side by side in one run compare.
//
// --quick: three loads and no throttling, and only a check that every figure
// was produced (CI runs it so the benchmark cannot rot).

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus } from 'node:os';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { baselinePage, scaledDocument, widgetPage } from './pages.mjs';

const quick = process.argv.includes('--quick');
const LOADS = quick ? 3 : 15;
const SCALE = 1000;
const root = new URL('..', import.meta.url);

// 1. Build the module and the demo page, and read what the pages need.
execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
execFileSync('npx', ['vite', 'build', '--mode', 'demo', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
const moduleCode = readFileSync(new URL('dist/jetro-alibaba-faq.js', root));
const faq = JSON.parse(readFileSync(new URL('dist/faq.json', root), 'utf8'));
const large = scaledDocument(faq, SCALE);

const pages = {
  '/widget.html': widgetPage(),
  '/baseline.html': baselinePage(faq),
  '/widget-anchor.html': widgetPage({ anchor: 'q7' }),
  '/baseline-anchor.html': baselinePage(faq, { anchor: 'q7' }),
  '/widget-1000.html': widgetPage({ count: SCALE, data: large }),
  '/baseline-1000.html': baselinePage(large),
};

// 2. Serve it all on 127.0.0.1, uncached.
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const headers = { 'Cache-Control': 'no-store' };
  if (path === '/jetro-alibaba-faq.js') return res.writeHead(200, { ...headers, 'Content-Type': 'text/javascript' }).end(moduleCode);
  if (pages[path]) return res.writeHead(200, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(pages[path]);
  // The built demo page (vite build --mode demo), as a host would serve it.
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
  const type = types[path.slice(path.lastIndexOf('.'))];
  if (type && /^\/(demo|assets)\/[\w.-]+$/.test(path)) {
    try {
      return res.writeHead(200, { ...headers, 'Content-Type': type }).end(readFileSync(new URL(`dist-demo${path}`, root)));
    } catch {
      /* not built: 404 below */
    }
  }
  res.writeHead(404).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--js-flags=--expose-gc',
  ],
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)];

/** One cold load (a fresh context has an empty cache) of `path`, waiting for `mark` in the page. */
async function load(path, { throttle = 1, mark = '__ready', after } = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(origin + path.replace('#', '#'));
  // `mark`: the name of the window property the page sets when ready, or a predicate for pages that set none.
  if (typeof mark === 'function') await page.waitForFunction(mark, null, { timeout: 60_000, polling: 50 });
  else await page.waitForFunction((name) => window[name] !== undefined, mark, { timeout: 60_000, polling: 50 });
  const at = typeof mark === 'function' ? await page.evaluate(() => performance.now()) : await page.evaluate((name) => window[name], mark);
  const { metrics } = await cdp.send('Performance.getMetrics');
  const cpu = metrics.find((m) => m.name === 'TaskDuration').value * 1000;
  const extra = after ? await after(page, cdp) : undefined;
  await context.close();
  return { at, cpu, extra };
}

/** Runs `measure` for the widget and the baseline alternately, `n` times each. */
async function interleaved(n, measure) {
  const widget = [];
  const baseline = [];
  for (let i = 0; i < n; i++) {
    widget.push(await measure('widget'));
    baseline.push(await measure('baseline'));
  }
  return { widget, baseline };
}

const rows = [];
function row(figure, widget, baseline, unit, target) {
  const ratio = baseline ? widget / baseline : undefined;
  let met;
  if (target) met = target(widget, ratio);
  rows.push({ figure, widget, baseline, ratio, unit, target: target?.label ?? '', met });
}
const atMost = (limit, label) => Object.assign((value) => value <= limit, { label });
const ratioAtMost = (limit) => Object.assign((_, ratio) => ratio <= limit, { label: `≤ ${limit}× baseline` });

// Bytes.
const baselineBytes = Buffer.from(pages['/baseline.html']);
const gzip = (b) => gzipSync(b, { level: 9 }).length;
const brotli = (b) => brotliCompressSync(b).length;
row('module, raw (baseline: its whole page)', moduleCode.length / 1024, baselineBytes.length / 1024, 'KB');
row('module, gzip', gzip(moduleCode) / 1024, gzip(baselineBytes) / 1024, 'KB', atMost(12, '≤ 12 KB'));
row('module, brotli', brotli(moduleCode) / 1024, brotli(baselineBytes) / 1024, 'KB');

// Time to ready and main-thread CPU to ready, unthrottled and at 4× CPU throttling.
for (const throttle of quick ? [1] : [1, 4]) {
  const runs = await interleaved(LOADS, (kind) => load(`/${kind}.html`, { throttle }));
  const label = throttle === 1 ? 'unthrottled' : '4× CPU throttling';
  row(`time to ready, ${label}`, median(runs.widget.map((r) => r.at)), median(runs.baseline.map((r) => r.at)), 'ms');
  row(
    `main-thread CPU to ready, ${label}`,
    median(runs.widget.map((r) => r.cpu)),
    median(runs.baseline.map((r) => r.cpu)),
    'ms',
    throttle === 1 ? ratioAtMost(1.3) : undefined,
  );
}

// Anchor opening: #q7 in the URL, until its answer is visible.
{
  const runs = await interleaved(LOADS, (kind) => load(`/${kind}-anchor.html#q7`, { mark: '__anchorOpen' }));
  row('#q7 answer visible', median(runs.widget.map((r) => r.at)), median(runs.baseline.map((r) => r.at)), 'ms');
}

// 1,000 questions: time to ready, and the JS heap after a forced garbage collection.
{
  const heap = async (page, cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  };
  const runs = await interleaved(quick ? 2 : 7, (kind) => load(`/${kind}-1000.html`, { after: heap }));
  row(`${SCALE} questions: time to ready`, median(runs.widget.map((r) => r.at)), median(runs.baseline.map((r) => r.at)), 'ms', ratioAtMost(1.5));
  row(
    `${SCALE} questions: JS heap after GC`,
    median(runs.widget.map((r) => r.extra)),
    median(runs.baseline.map((r) => r.extra)),
    'MB',
    ratioAtMost(2),
  );
}

// Search at 1,000 questions: the longest frame each keystroke causes. A frame's
// work runs from its first requestAnimationFrame callback (registered by a loop
// that runs before the element's own) to the task after it, so it takes in the
// element's update, style, layout and paint but not the idle wait for the next
// vsync. The keystroke's own task (its input or keydown handling) is added to
// its first frame. In a long FAQ the lists follow a search one step a frame,
// so a keystroke can cause several frames; the figure is the longest.
{
  const longest = [];
  for (let run = 0; run < (quick ? 1 : 3); run++) {
    await load('/widget-1000.html', {
      after: async (page) => {
        await page.evaluate(() => {
          window.__keystrokes = [];
          const el = document.querySelector('jetro-alibaba-faq');
          const input = el.shadowRoot.querySelector('input[type=search]');
          const frames = [];
          (function loop() {
            requestAnimationFrame(() => {
              const start = performance.now();
              setTimeout(() => frames.push({ start, work: performance.now() - start }), 0);
              loop();
            });
          })();
          let dispatched = 0;
          for (const type of ['keydown', 'input']) window.addEventListener(type, () => (dispatched = performance.now()), true);
          // Listeners on the box itself run after the element's, and after its update.
          const measure = async () => {
            const handled = performance.now();
            await el.updateComplete;
            await new Promise(requestAnimationFrame);
            await new Promise((resolve) => setTimeout(resolve, 0));
            await new Promise((resolve) => setTimeout(resolve, 0));
            const work = frames.filter((frame) => frame.start >= handled).map((frame) => frame.work);
            window.__keystrokes.push(Math.max(work[0] + handled - dispatched, ...work.slice(1)));
          };
          input.addEventListener('input', measure);
          input.addEventListener('keydown', (event) => event.key === 'Escape' && measure());
          input.focus();
        });
        // A reader reaches the box a moment after the page is ready (typing at once would
        // measure the page still settling after load), then types fast: ten keys a
        // second, and Escape after each query.
        await page.waitForTimeout(1000);
        for (const query of ['プロモーション', 'じぇとろ 採択', 'ｸﾗｳﾄﾞｻｲﾝ']) {
          for (const char of query) {
            await page.keyboard.insertText(char);
            await page.waitForTimeout(100);
          }
          await page.keyboard.press('Escape');
          await page.waitForTimeout(100);
        }
        await page.waitForTimeout(500);
        longest.push(...(await page.evaluate(() => window.__keystrokes)));
      },
    });
  }
  if (process.env.BENCH_DEBUG) console.log('longest frame per keystroke', longest.map(Math.round).join(' '));
  row(`search at ${SCALE} questions: longest frame per keystroke, p50`, median(longest), undefined, 'ms');
  row(`search at ${SCALE} questions: longest frame per keystroke, p95`, percentile(longest, 95), undefined, 'ms', atMost(16, '≤ 16 ms'));
  row(`search at ${SCALE} questions: longest frame of any keystroke`, Math.max(...longest), undefined, 'ms');
}

// Cumulative layout shift while the element upgrades, on a page with host content around it.
{
  const cls = async (page) =>
    page.evaluate(
      () =>
        new Promise((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 500);
        }),
    );
  // The demo page embeds the element with the build's fallback HTML inside, as the README advises.
  const demo = await interleaved(LOADS, (kind) =>
    load(kind === 'widget' ? '/demo/index.html' : '/baseline.html', {
      after: cls,
      mark: kind === 'widget' ? () => document.querySelector('#faq')?.shadowRoot?.querySelectorAll('button.question').length === 12 : '__ready',
    }),
  );
  row(
    'layout shift of the demo page',
    median(demo.widget.map((r) => r.extra)),
    median(demo.baseline.map((r) => r.extra)),
    '',
    atMost(0.02, '≤ 0.02'),
  );
  const bare = await interleaved(LOADS, (kind) => load(`/${kind}.html`, { after: cls }));
  row('layout shift, only a PDF link inside the element', median(bare.widget.map((r) => r.extra)), median(bare.baseline.map((r) => r.extra)), '');
}

const version = browser.version();
await browser.close();
server.close();

// Report.
const format = (value, unit) => (value === undefined ? '—' : `${unit === '' ? value.toFixed(3) : value.toFixed(1)}${unit ? ` ${unit}` : ''}`);
const table = [
  '| figure | widget | baseline | ratio | target | met |',
  '| --- | ---: | ---: | ---: | --- | --- |',
  ...rows.map(
    (r) =>
      `| ${r.figure} | ${format(r.widget, r.unit)} | ${format(r.baseline, r.unit)} | ${r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`} | ${r.target} | ${r.met === undefined ? '' : r.met ? 'met' : '**missed**'} |`,
  ),
].join('\n');
const header = `# Benchmark results

${new Date().toISOString().slice(0, 10)} · Chromium ${version} · ${cpus().length} cores · ${quick ? 'quick mode: 3 loads, no throttling' : `median of ${LOADS} cold loads each, interleaved`}

The baseline is the same content as native \`<details>\`/\`<summary>\` with a table of contents and ten lines of hash handling (\`bench/pages.mjs\`). Targets are not CI gates: the machines are shared and noisy.

Search at 1,000 questions is the longest frame each keystroke causes, Escape included: the work from a frame's first callback to the task after it, with the keystroke's own task added to its first frame, but not the idle wait for the next frame. It types ten keys a second, starting a second after the page is ready, in ${quick ? 'one load' : 'three loads'}.
`;
const report = `${header}\n${table}\n`;
console.log(`\n${table}\n`);
if (!quick) writeFileSync(new URL('bench/RESULTS.md', root), report);

const missing = rows.filter((r) => r.widget === undefined || Number.isNaN(r.widget) || (r.baseline !== undefined && Number.isNaN(r.baseline)));
if (missing.length) {
  console.error(`No figure for: ${missing.map((r) => r.figure).join(', ')}`);
  process.exit(1);
}
console.log(`${rows.length} figures produced${quick ? '' : '; written to bench/RESULTS.md'}.`);
