// Runs every test file in Debian's Chromium, Firefox ESR and WebKitGTK.
// `npm test` (scripts/test.mjs) checks the browsers are installed and starts
// this under Xvfb, which WebKit's MiniBrowser needs, twice: on the sources, then
// with TEST_BUNDLE=1, the element's test files on the built dist/jetro-alibaba-faq.js
// (scripts/bundle-pass-plugin.mjs), the module every reader downloads.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { SOURCE_ONLY, bundlePassPlugin, publicNamesPlugin } from './scripts/bundle-pass-plugin.mjs';
import { axTreePlugin } from './scripts/ax-tree-plugin.mjs';
import { faqBuildPlugin } from './scripts/faq-build-plugin.mjs';
import { faqYamlPlugin } from './scripts/faq-yaml-plugin.mjs';
import { forcedColorsPlugin } from './scripts/forced-colors-plugin.mjs';
import { minifyTemplatesTestPlugin } from './scripts/minify-templates.mjs';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { testServerMiddleware } from './scripts/test-server-middleware.mjs';

const CHROMIUM = '/usr/bin/chromium';
const FIREFOX = '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const bundlePass = process.env.TEST_BUNDLE === '1';
// The files that do not run in the bundle pass, with the reason: SOURCE_ONLY in scripts/bundle-pass-plugin.mjs.

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** WebKitWebDriver is not started by anyone else: start it, stop it on exit. */
async function startWebKitDriver() {
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  process.on('exit', () => driver.kill());
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      driver.kill();
      process.exit(1);
    });
  }
  // Wait until it answers, so the first session does not race its start-up.
  for (let i = 0; i < 100; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return port;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${WEBKIT_DRIVER} did not start on port ${port}`);
}

const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: CHROMIUM,
        // --no-sandbox: CI runs as root. The rest keep Chromium off a network it cannot reach.
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true },
    }),
  );
}
if (wanted.includes('webkit')) {
  const port = await startWebKitDriver();
  browsers.push(
    webdriverLauncher({
      hostname: '127.0.0.1',
      port,
      path: '/',
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        // webdriverio 9 otherwise tries WebDriver BiDi, which WebKitWebDriver lacks.
        'wdio:enforceWebDriverClassic': true,
      },
    }),
  );
}

export default {
  files: [process.env.TEST_FILES ?? 'test/**/*.test.ts', ...(bundlePass ? SOURCE_ONLY.map((file) => `!${file}`) : [])],
  nodeResolve: true,
  // One test file at a time in each browser (the three browsers still run side by side):
  // WebKit's WebDriver can only send real key presses and clicks to a top-level page.
  concurrency: 1,
  browsers,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter(bundlePass ? 'on the bundle' : 'on the sources')],
  // Lit's development build says so in every file; everything else it logs is worth reading.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testsFinishTimeout: 300000,
  middleware: [testServerMiddleware],
  plugins: [
    // First, so that what it serves goes through the rest (esbuild) like the file it replaces.
    ...(bundlePass ? [bundlePassPlugin()] : []),
    faqYamlPlugin(),
    faqBuildPlugin(),
    publicNamesPlugin(),
    forcedColorsPlugin(),
    axTreePlugin(),
    // Screenshots against committed baselines (test/visual.test.ts). A few pixels of
    // anti-aliasing may differ from one run to the next; a changed word or colour is far more.
    visualRegressionPlugin({
      update: process.env.UPDATE_BASELINES === '1',
      baseDir: 'test/screenshots',
      failureThreshold: 0.05,
      failureThresholdType: 'percent',
    }),
    minifyTemplatesTestPlugin(),
    // The same tsconfig as the editor, tsc and Vite, so class fields compile alike (see useDefineForClassFields).
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }),
  ],
};
