// Lighthouse, as a site owner runs it: the README's default embed (the module with its integrity, the element
// with the build's fallback inside) on a plain host page, and on one with text after the widget, beside the
// same host pages with native <details> of the same 12 questions, in one run. Mobile and desktop presets, with
// observed throttling (`throttlingMethod: 'devtools'`): Lighthouse's default simulation charges the module to
// the first paint because it ran before the first frame of the unthrottled load, which a reader never sees.
// Also the embed without the fallback (a PDF link inside), for what it costs.
//
// bench.mjs serves lighthousePages() and calls runLighthouse(); Lighthouse drives Debian's Chromium itself,
// on 127.0.0.1 only.

import { createHash } from 'node:crypto';
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const CATEGORY_LABELS = { performance: 'performance', accessibility: 'accessibility', 'best-practices': 'best practices', seo: 'SEO' };
const METRICS = [
  ['first-contentful-paint', 'FCP', 'ms'],
  ['largest-contentful-paint', 'LCP', 'ms'],
  ['total-blocking-time', 'TBT', 'ms'],
  ['cumulative-layout-shift', 'CLS', ''],
];

/** The pages, in the report's column order. */
const PAGES = [
  ['widget', 'widget, default embed'],
  ['native', 'native `<details>`'],
  ['widget-after', 'widget, default embed, text after'],
  ['native-after', 'native `<details>`, text after'],
  ['bare-after', 'widget, no fallback (a PDF link), text after'],
];

// The screenshots are for people reading a report in Lighthouse's viewer: skipped, they save seconds a run.
const SETTINGS = {
  onlyCategories: CATEGORIES,
  throttlingMethod: 'devtools',
  disableFullPageScreenshot: true,
  skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
};
const PRESETS = {
  mobile: { extends: 'lighthouse:default', settings: SETTINGS },
  desktop: { ...desktopConfig, settings: { ...desktopConfig.settings, ...SETTINGS } },
};

const TEXT_AFTER = `<h2>お問い合わせの前に</h2>
<p>このページのよくあるご質問で解決しない場合は、お問合せフォームからご連絡ください。担当者より順次ご回答いたします。回答までに数日いただく場合があります。</p>
<p>プログラムの募集要項、スケジュール、過去の採択企業の事例は、プログラムのトップページに掲載しています。</p>`;

/** A plain host page, as a site owner's CMS writes it, with `body` where the FAQ goes. */
const hostPage = (title, head, body, after) => `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<meta name="description" content="ジェトロ Alibaba.com 活用支援プログラム（出展中の方）のよくあるご質問。">
<link rel="icon" href="data:,">
${head}
<style>body { font-family: sans-serif; max-width: 48rem; margin: 0 auto; padding: 0 1rem; }</style>
</head><body>
<header><p>ジェトロ</p></header>
<main>
<h1>Alibaba.com 活用支援プログラム</h1>
${body}
${after ? TEXT_AFTER : ''}
</main>
</body></html>`;

/**
 * @param {{ moduleCode: Buffer, fallback: string }} files the standalone module and the build's fallback HTML
 * @returns {Record<string, string>} path → HTML
 */
export function lighthousePages({ moduleCode, fallback }) {
  const integrity = `sha384-${createHash('sha384').update(moduleCode).digest('base64')}`;
  const script = `<script type="module" src="/jetro-alibaba-faq.js" integrity="${integrity}" crossorigin="anonymous"></script>`;
  const embed = (inside) => `<jetro-alibaba-faq contact-url="https://www.jetro.go.jp/form/">${inside}</jetro-alibaba-faq>`;
  const pdf = '<a href="https://www.jetro.go.jp/faq.pdf">よくあるご質問（PDF）</a>';
  const pages = {};
  for (const after of [false, true]) {
    const suffix = after ? '-after' : '';
    pages[`/lighthouse/widget${suffix}.html`] = hostPage('よくあるご質問', script, embed(fallback), after);
    // Native: the same 12 questions in <details>, the build's fallback HTML itself, with no element and no script.
    pages[`/lighthouse/native${suffix}.html`] = hostPage('よくあるご質問', '', fallback, after);
  }
  pages['/lighthouse/bare-after.html'] = hostPage('よくあるご質問', script, embed(pdf), true);
  return pages;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Runs Lighthouse `runs` times on each page and preset, interleaved (each round starts one page later), and
 * returns the medians. `quick` (CI's smoke run): only the mobile preset and the default embed beside native,
 * the pair that the targets compare; each Lighthouse run takes 15 to 35 s here.
 * @param {{ origin: string, runs: number, quick?: boolean }} options
 */
export async function runLighthouse({ origin, runs, quick = false }) {
  const pages = quick ? PAGES.slice(0, 2) : PAGES;
  const chrome = await launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const results = {};
  const started = performance.now();
  try {
    for (const [preset, config] of Object.entries(PRESETS).slice(0, quick ? 1 : undefined)) {
      const samples = Object.fromEntries(pages.map(([page]) => [page, []]));
      for (let round = 0; round < runs; round++) {
        for (let k = 0; k < pages.length; k++) {
          const [page] = pages[(round + k) % pages.length];
          const { lhr } = await lighthouse(`${origin}/lighthouse/${page}.html`, { port: chrome.port, logLevel: 'error', output: 'json' }, config);
          if (lhr.runtimeError) throw new Error(`Lighthouse on ${page} (${preset}): ${lhr.runtimeError.message}`);
          samples[page].push(lhr);
        }
      }
      results[preset] = Object.fromEntries(
        Object.entries(samples).map(([page, lhrs]) => [
          page,
          {
            ...Object.fromEntries(METRICS.map(([id]) => [id, median(lhrs.map((lhr) => lhr.audits[id].numericValue))])),
            ...Object.fromEntries(CATEGORIES.map((id) => [id, median(lhrs.map((lhr) => lhr.categories[id].score * 100))])),
            // What kept a score below 100, from the last run: the audits that failed.
            failed: [
              ...new Set(
                lhrs.flatMap((lhr) =>
                  CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
                    lhr.categories[c].auditRefs
                      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
                      .map((ref) => ref.id),
                  ),
                ),
              ),
            ],
          },
        ]),
      );
    }
  } finally {
    await chrome.kill();
  }
  return { results, runs, pages, seconds: (performance.now() - started) / 1000 };
}

const formatMetric = (value, unit) => (unit === '' ? value.toFixed(3) : `${Math.round(value)} ms`);

/** The figures that are missing or not numbers, as `preset page figure`: none, or the run is broken. */
export function lighthouseMissing({ results }) {
  return Object.entries(results).flatMap(([preset, pages]) =>
    Object.entries(pages).flatMap(([page, figures]) =>
      [...METRICS.map(([id]) => id), ...CATEGORIES].filter((id) => !Number.isFinite(figures[id])).map((id) => `${preset} ${page} ${id}`),
    ),
  );
}

/** The markdown section of bench/RESULTS.md. */
export function lighthouseMarkdown({ results, runs, pages: columns, seconds }) {
  const sections = Object.entries(results).map(([preset, pages]) => {
    const ratio = (a, b) => (a === undefined || b === undefined ? '—' : b > 0 ? `${(a / b).toFixed(2)}×` : 'native 0');
    const head = `| ${preset} | ${columns.map(([, label]) => label).join(' | ')} | widget ÷ native | text after: widget ÷ native |`;
    const rule = `| --- | ${columns.map(() => '---:').join(' | ')} | ---: | ---: |`;
    const metricRows = METRICS.map(
      ([id, label, unit]) =>
        `| ${label} | ${columns.map(([page]) => formatMetric(pages[page][id], unit)).join(' | ')} | ${unit ? ratio(pages.widget[id], pages.native[id]) : '—'} | ${unit ? ratio(pages['widget-after']?.[id], pages['native-after']?.[id]) : '—'} |`,
    );
    const scoreRows = CATEGORIES.map(
      (id) => `| ${CATEGORY_LABELS[id]} | ${columns.map(([page]) => Math.round(pages[page][id])).join(' | ')} | — | — |`,
    );
    const failed = columns.filter(([page]) => pages[page].failed.length).map(([page, label]) => `${label}: ${pages[page].failed.join(', ')}`);
    return (
      [head, rule, ...metricRows, ...scoreRows].join('\n') + (failed.length ? `\n\nAudits below 100 outside performance: ${failed.join('; ')}.` : '')
    );
  });
  return `## Lighthouse

Lighthouse 12.2.3 (\`bench/lighthouse.mjs\`), observed throttling (\`throttlingMethod: 'devtools'\`; mobile: 4× CPU and slow 4G, desktop: no CPU throttling), ${runs === 1 ? 'one run' : `medians of ${runs} runs`} of each page and preset, interleaved, ${Math.round(seconds)} s in all (\`--quick\`: one run of the first two pages, mobile only). The host page is plain (\`<h1>\`, \`<main>\`, a 48 rem column); the widget's pages embed it as the README's "Embedding" says (the module with \`integrity\`, the element with the build's fallback HTML inside); native \`<details>\` is the same host page with the fallback HTML alone, no element and no script: the same 12 questions, as plain HTML. "Text after": two paragraphs follow the FAQ.

${sections.join('\n\n')}`;
}
