// The package as a consumer meets it: `npm pack`, install the tarball into a
// new project in a temporary folder, then
// - type-check a file that imports it by name (tag map, events, methods);
// - bundle an app that imports it by name, with Vite;
// - serve that app, and a plain page that loads `./standalone` by a script tag,
//   and render both in Chromium;
// - resolve `./data` and `./data/schema`.
// Run by `npm test` after the browser tests (it needs `npm run build` first).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const repo = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const consumer = mkdtempSync(join(tmpdir(), 'jetro-faq-consumer-'));
const step = (text) => console.log(`pack smoke test: ${text}`);

try {
  step('npm pack');
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: repo, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1);

  step(`install ${tarball} into ${consumer}`);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify(
      { name: 'consumer', private: true, type: 'module', dependencies: { [pkg.name]: `file:./${tarball}`, lit: pkg.dependencies.lit } },
      null,
      2,
    ),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: consumer, stdio: 'inherit' });

  step('type-check an import by package name');
  writeFileSync(
    join(consumer, 'check.ts'),
    `import { JetroAlibabaFaq, type FaqToggleDetail } from '${pkg.name}';
const el: JetroAlibabaFaq = document.createElement('jetro-alibaba-faq');
el.show('q1');
el.headingLevel = 3;
el.addEventListener('jetro-faq-toggle', (event) => {
  const detail: FaqToggleDetail = event.detail;
  console.log(detail.id, detail.open, detail.source);
});
el.addEventListener('jetro-faq-error', (event) => console.log(event.detail.path, event.detail.reason));
`,
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        strict: true,
        noEmit: true,
        lib: ['ES2023', 'DOM'],
        skipLibCheck: false,
        types: [],
      },
      files: ['check.ts'],
    }),
  );
  execFileSync(join(repo, 'node_modules/.bin/tsc'), ['-p', consumer], { stdio: 'inherit' });

  step('bundle an app that imports it by package name');
  writeFileSync(
    join(consumer, 'main.js'),
    `import { JetroAlibabaFaq } from '${pkg.name}';\nwindow.__sameClass = customElements.get('jetro-alibaba-faq') === JetroAlibabaFaq;\n`,
  );
  writeFileSync(
    join(consumer, 'index.html'),
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="./main.js"></script></head><body><jetro-alibaba-faq></jetro-alibaba-faq></body></html>',
  );
  writeFileSync(
    join(consumer, 'standalone.html'),
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="./node_modules/${pkg.name}/dist/jetro-alibaba-faq.js"></script></head><body><jetro-alibaba-faq></jetro-alibaba-faq></body></html>`,
  );
  await build({ root: consumer, base: './', configFile: false, logLevel: 'warn', build: { outDir: join(consumer, 'app') } });

  step('resolve ./standalone, ./data and ./data/schema');
  const require = createRequire(join(consumer, 'package.json'));
  const data = JSON.parse(readFileSync(require.resolve(`${pkg.name}/data`), 'utf8'));
  const schema = JSON.parse(readFileSync(require.resolve(`${pkg.name}/data/schema`), 'utf8'));
  if (data.items.length !== 12 || schema.title === undefined) throw new Error('./data or ./data/schema is not what it should be');
  require.resolve(`${pkg.name}/standalone`);

  step('render both in Chromium');
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    let body;
    try {
      body = readFileSync(join(consumer, path));
    } catch {
      return res.writeHead(404).end();
    }
    res.writeHead(200, { 'Content-Type': types[extname(path)] ?? 'application/octet-stream' }).end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    for (const path of ['/app/index.html', '/standalone.html']) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(origin + path);
      await page.waitForFunction(
        () => document.querySelector('jetro-alibaba-faq')?.shadowRoot?.querySelectorAll('button.question').length === 12,
        null,
        {
          timeout: 10_000,
        },
      );
      if (path !== '/standalone.html' && !(await page.evaluate(() => window.__sameClass)))
        throw new Error('the import by name did not register the element');
      if (errors.length) throw new Error(`${path}: ${errors.join('; ')}`);
      step(`${path === '/standalone.html' ? 'the standalone page' : 'the bundled app'} renders 12 questions`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log('pack smoke test: passed');
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
