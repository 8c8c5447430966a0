// The package as a consumer meets it, and as `npm publish` would send it:
// - release checks: `npm publish --dry-run` lists exactly the files the package should ship
//   (every `exports` target, nothing from src/ or test/), and CHANGELOG.md has a section for
//   the version in package.json;
// - `npm pack`, install the tarball into a new project in a temporary folder, then
// - the manifest: no `_` member, every module path in the packed files;
// - Node imports every `exports` entry, under the default and the `browser` conditions,
//   each in a fresh process, without throwing (server builds import it so);
// - type-check a file that imports it by name (tag map, events, methods) and a React 19 app;
// - bundle an app that imports it by name, and the React app, with Vite for production;
// - serve them, and a plain page that loads `./standalone` by a script tag with the shipped
//   `integrity` hash, and drive them in Chromium: 12 questions, and in the React app a
//   property set by React, and an event reaching React's handler;
// - resolve `./data` and `./data/schema`;
// - an empty project that installs the tarball and lit gets nothing else (scripts/clean-install.mjs);
// - the README's recipes for Next.js, Nuxt, Astro and SvelteKit, built from the tarball, served
//   and checked in Chromium (scripts/framework-apps.mjs; FRAMEWORKS=next,astro picks some).
// Run by `npm test` after the type tests (it needs `npm run build` first).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { checkCleanInstall } from './clean-install.mjs';
import { testFrameworkApps } from './framework-apps.mjs';

const repo = new URL('..', import.meta.url).pathname;
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const consumer = mkdtempSync(join(tmpdir(), 'jetro-faq-consumer-'));
const step = (text) => console.log(`pack smoke test: ${text}`);

/** Every file that an `exports` target names, under any condition. */
const targets = (target) => (typeof target === 'string' ? [target] : Object.values(target ?? {}).flatMap(targets));
const fail = (message) => {
  throw new Error(`pack smoke test: ${message}`);
};

try {
  step('release checks: the version has a changelog section, and npm publish --dry-run lists the right files');
  const changelog = readFileSync(join(repo, 'CHANGELOG.md'), 'utf8');
  if (!changelog.includes(`\n## [${pkg.version}] - `))
    fail(`CHANGELOG.md has no "## [${pkg.version}] - <date>" section for the version in package.json (see the README's release steps)`);
  const dryRun = JSON.parse(
    execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }),
  );
  // npm 11 keys the report by package name; older npm gives the report itself.
  const published = new Set((dryRun.files ? dryRun : Object.values(dryRun)[0]).files.map((f) => f.path));
  const shipped = [
    /^package\.json$/,
    /^README\.md$/,
    /^CHANGELOG\.md$/,
    /^custom-elements\.json$/,
    /^dist\/[^/]+\.(js|json|html)$/,
    /^dist\/lib\/.+\.js$/,
    /^dist\/types\/.+\.d\.ts$/,
  ];
  const stray = [...published].filter((path) => !shipped.some((pattern) => pattern.test(path)));
  if (stray.length) fail(`npm publish would ship files it should not: ${stray.join(', ')}`);
  const required = [...targets(pkg.exports), pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']].map((path) =>
    path.replace(/^\.\//, ''),
  );
  const missing = required.filter((path) => !published.has(path));
  if (missing.length) fail(`npm publish would not ship files that package.json names: ${missing.join(', ')}`);

  step('npm pack');
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', consumer], { cwd: repo, encoding: 'utf8' })
    .trim()
    .split('\n')
    .at(-1);

  step('an empty project that installs the tarball and lit gets nothing else');
  checkCleanInstall(join(consumer, tarball), pkg);

  step(`install ${tarball} into ${consumer}`);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify(
      {
        name: 'consumer',
        private: true,
        type: 'module',
        dependencies: {
          [pkg.name]: `file:./${tarball}`,
          lit: pkg.dependencies.lit,
          // The React app, at the versions the repository's type tests use.
          ...Object.fromEntries(['react', 'react-dom', '@types/react', '@types/react-dom'].map((name) => [name, pkg.devDependencies[name]])),
        },
      },
      null,
      2,
    ),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: consumer, stdio: 'inherit' });

  const installed = join(consumer, 'node_modules', pkg.name);
  const packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));

  step('the manifest: public members only, and module paths that exist in the package');
  const manifest = JSON.parse(readFileSync(join(installed, packed.customElements), 'utf8'));
  const privateNames = [];
  JSON.stringify(manifest, (key, value) => {
    if (key === 'name' && typeof value === 'string' && value.startsWith('_')) privateNames.push(value);
    return value;
  });
  if (privateNames.length) fail(`custom-elements.json lists private names: ${privateNames.join(', ')}`);
  const modulePaths = [];
  JSON.stringify(manifest, (key, value) => {
    if ((key === 'path' || key === 'module') && typeof value === 'string') modulePaths.push(value);
    return value;
  });
  const absent = modulePaths.filter((path) => !published.has(path.replace(/^\//, '')));
  if (!manifest.modules.length || absent.length) fail(`custom-elements.json names modules the package does not ship: ${absent.join(', ')}`);
  if (packed.exports['./custom-elements.json'] !== `./${packed.customElements}`) fail('custom-elements.json is not exported');

  step("the SRI hash in ./integrity is the standalone module's");
  const integrity = JSON.parse(readFileSync(join(installed, 'dist/integrity.json'), 'utf8'))['jetro-alibaba-faq.js'];
  const actual = `sha384-${createHash('sha384')
    .update(readFileSync(join(installed, 'dist/jetro-alibaba-faq.js')))
    .digest('base64')}`;
  if (integrity !== actual) fail(`dist/integrity.json says ${integrity}, the file is ${actual}`);

  step('Node imports every exports entry, under the default and the browser conditions');
  writeFileSync(
    join(consumer, 'import-entry.mjs'),
    `// node [--conditions=browser] import-entry.mjs <specifier>: imports it as a server build would.
import { readFileSync } from 'node:fs';
const specifier = process.argv[2];
const url = import.meta.resolve(specifier);
if (url.endsWith('.js')) await import(specifier);
else if (url.endsWith('.json')) await import(specifier, { with: { type: 'json' } });
else readFileSync(new URL(url));
`,
  );
  for (const conditions of [[], ['--conditions=browser']]) {
    for (const subpath of Object.keys(packed.exports)) {
      const specifier = pkg.name + subpath.slice(1);
      try {
        execFileSync(process.execPath, [...conditions, 'import-entry.mjs', specifier], { cwd: consumer, encoding: 'utf8', stdio: 'pipe' });
      } catch (error) {
        fail(`node ${conditions.join(' ')} import('${specifier}') throws:\n${error.stderr}`);
      }
    }
  }
  step(`${Object.keys(packed.exports).length} entries import under both conditions`);

  step('type-check an import by package name, and a React 19 app');
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
  // The README's React example, with a line that shows what React passed.
  mkdirSync(join(consumer, 'react'));
  writeFileSync(
    join(consumer, 'react', 'main.tsx'),
    `import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '${pkg.name}';
import type { FaqToggleDetail } from '${pkg.name}';
import type {} from '${pkg.name}/react';

function App() {
  const [toggles, setToggles] = useState<FaqToggleDetail[]>([]);
  return (
    <main>
      <jetro-alibaba-faq
        headingLevel={3}
        strings={{ searchLabel: 'Search, as React set it' }}
        onjetro-faq-toggle={(event) => setToggles((list) => [...list, event.detail])}
      />
      <output id="toggles">{toggles.map((t) => \`\${t.id} \${t.open ? 'opened' : 'closed'} by \${t.source}\`).join(', ')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
`,
  );
  writeFileSync(
    join(consumer, 'react', 'index.html'),
    '<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="./main.tsx"></script></head><body><div id="root"></div></body></html>',
  );
  writeFileSync(
    join(consumer, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'ESNext',
        moduleResolution: 'bundler',
        jsx: 'react-jsx',
        strict: true,
        noEmit: true,
        lib: ['ES2023', 'DOM'],
        skipLibCheck: false,
        types: [],
      },
      files: ['check.ts', 'react/main.tsx'],
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
    // As the README's snippet: with the integrity hash the package ships, which the browser checks.
    `<!doctype html><html lang="ja"><head><meta charset="utf-8"><script type="module" src="./node_modules/${pkg.name}/dist/jetro-alibaba-faq.js" integrity="${integrity}" crossorigin="anonymous"></script></head><body><jetro-alibaba-faq></jetro-alibaba-faq></body></html>`,
  );
  await build({ root: consumer, base: './', configFile: false, logLevel: 'warn', build: { outDir: join(consumer, 'app') } });
  step('build the React app for production');
  await build({
    root: join(consumer, 'react'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    mode: 'production',
    oxc: { jsx: { runtime: 'automatic' } },
    build: { outDir: join(consumer, 'react-app'), emptyOutDir: true },
  });

  step('resolve ./standalone, ./data and ./data/schema');
  const require = createRequire(join(consumer, 'package.json'));
  const data = JSON.parse(readFileSync(require.resolve(`${pkg.name}/data`), 'utf8'));
  const schema = JSON.parse(readFileSync(require.resolve(`${pkg.name}/data/schema`), 'utf8'));
  if (data.items.length !== 12 || schema.title === undefined) throw new Error('./data or ./data/schema is not what it should be');
  require.resolve(`${pkg.name}/standalone`);

  step('render them in Chromium');
  const types = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    // No page has an icon; answered, so that the browser logs no 404 as a console error.
    if (path === '/favicon.ico') return res.writeHead(204).end();
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
    const names = { '/app/index.html': 'the bundled app', '/standalone.html': 'the standalone page', '/react-app/index.html': 'the React app' };
    for (const [path, name] of Object.entries(names)) {
      const page = await browser.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(origin + path);
      await page.waitForFunction(
        () => document.querySelector('jetro-alibaba-faq')?.shadowRoot?.querySelectorAll('button.question').length === 12,
        null,
        {
          timeout: 10_000,
        },
      );
      if (path === '/app/index.html' && !(await page.evaluate(() => window.__sameClass))) fail('the import by name did not register the element');
      if (path === '/react-app/index.html') {
        // Properties: React set headingLevel as a number (the title is an h3) and strings as an object.
        const shown = await page.evaluate(() => {
          const el = document.querySelector('jetro-alibaba-faq');
          return {
            level: el.headingLevel,
            title: el.shadowRoot.getElementById('_title')?.tagName,
            label: el.shadowRoot.querySelector('label')?.textContent,
          };
        });
        if (shown.level !== 3 || shown.title !== 'H3' || shown.label !== 'Search, as React set it')
          fail(`the React app's properties did not reach the element: ${JSON.stringify(shown)}`);
        // An event: a click on Q1 reaches React's onjetro-faq-toggle, which renders its detail.
        await page.locator('jetro-alibaba-faq button.question').first().click();
        await page.waitForFunction(() => document.getElementById('toggles')?.textContent === 'q1 opened by click', null, { timeout: 10_000 });
        step('the React app sets headingLevel and strings as properties, and hears jetro-faq-toggle');
      }
      if (errors.length) fail(`${path}: ${errors.join('; ')}`);
      step(`${name} renders 12 questions`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  step("the README's server-rendered recipes, built for production from the tarball (scripts/framework-apps.mjs)");
  await testFrameworkApps(join(consumer, tarball), data);
  console.log('pack smoke test: passed');
} finally {
  rmSync(consumer, { recursive: true, force: true });
}
