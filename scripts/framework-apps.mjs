// The README's recipes for server-rendered frameworks (Frameworks → Server-rendered sites),
// built as an adopter builds them, from the packed package, for production:
// - each app is test/apps/<name> (what the framework's own starter gives: package.json with
//   exact versions, config, layout) plus the files of the README's recipe, extracted from it,
//   so the README's code is the code that is tested;
// - npm install (with the tarball and lit), build, start on 127.0.0.1, and check it in Chromium
//   (scripts/check-app.mjs): the 12 questions and the contact block in the server's HTML with
//   JavaScript off; then the element upgraded with the app's props and events, #q7 open, no
//   console error or hydration warning;
// - then the naive first try, the import in server-only code, must fail the build and say what
//   to do (Next.js: a Server Component; Astro: the frontmatter).
// Called by scripts/pack-smoke.mjs with the tarball; FRAMEWORKS=next,astro picks some
// (FRAMEWORKS=none skips them). Prints each framework's minutes, for CI's budget.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { checkApp } from './check-app.mjs';

const repo = new URL('..', import.meta.url).pathname;
const step = (text) => console.log(`framework apps: ${text}`);

const FRAMEWORKS = {
  next: {
    heading: 'Next.js',
    build: ['npx', 'next', 'build'],
    start: (port) => ['npx', 'next', 'start', '-H', '127.0.0.1', '-p', `${port}`],
    naive: [
      'app/page.tsx',
      "import 'jetro-alibaba-faq';\nimport type {} from 'jetro-alibaba-faq/react';\n\nexport default function Page() {\n  return <jetro-alibaba-faq heading-level=\"3\" />;\n}\n",
    ],
    says: "'use client'",
  },
  astro: {
    heading: 'Astro',
    build: ['npx', 'astro', 'build'],
    start: (port) => ['npx', 'astro', 'preview', '--host', '127.0.0.1', '--port', `${port}`],
    naive: ['src/pages/index.astro', "---\nimport 'jetro-alibaba-faq';\n---\n\n<jetro-alibaba-faq />\n"],
    says: '<script>',
  },
  nuxt: { heading: 'Nuxt', build: ['npx', 'nuxt', 'build'], start: () => ['node', '.output/server/index.mjs'] },
  sveltekit: { heading: 'SvelteKit', build: ['npx', 'vite', 'build'], start: () => ['node', 'build'] },
};

/** The README's recipe files per framework: a line `` `path` `` just before each code block names its file. */
export function readmeRecipes(readme) {
  const from = readme.indexOf('\n### Server-rendered sites');
  const section = readme.slice(from, readme.indexOf('\n## ', from + 1));
  const recipes = Object.fromEntries(Object.keys(FRAMEWORKS).map((name) => [name, []]));
  let current;
  for (const part of section.split(/^(?=\*\*)/m)) {
    current = Object.keys(FRAMEWORKS).find((name) => part.startsWith(`**${FRAMEWORKS[name].heading}`)) ?? current;
    for (const [, path, code] of part.matchAll(/^`([\w./+-]+\.\w+)`\s*\n+```\w*\n([^]*?)^```$/gm)) recipes[current]?.push([path, code]);
  }
  for (const [name, files] of Object.entries(recipes))
    if (!files.length) throw new Error(`README.md: no recipe files for ${FRAMEWORKS[name].heading}`);
  return recipes;
}

// The frameworks' telemetry stays off in tests.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NUXT_TELEMETRY_DISABLED: '1', ASTRO_TELEMETRY_DISABLED: '1' };

function run([command, ...args], cwd) {
  const { status, stdout, stderr, error } = spawnSync(command, args, { cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (error) throw error;
  return { status, output: `${stdout}\n${stderr}` };
}

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function serve(framework, cwd) {
  const port = await freePort();
  const [command, ...args] = framework.start(port);
  // Its own process group, so that the server and what npx started are stopped together.
  const child = spawn(command, args, { cwd, detached: true, stdio: 'ignore', env: { ...env, HOST: '127.0.0.1', PORT: `${port}` } });
  const url = `http://127.0.0.1:${port}/`;
  for (let tries = 0; tries < 120; tries++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { url, stop: () => process.kill(-child.pid) };
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  process.kill(-child.pid);
  throw new Error(`${framework.heading}: the server did not answer at ${url}`);
}

export async function testFrameworkApps(tarball, faq) {
  const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
  const chosen = (process.env.FRAMEWORKS ?? Object.keys(FRAMEWORKS).join(',')).split(',').filter((name) => name in FRAMEWORKS);
  const recipes = readmeRecipes(readFileSync(join(repo, 'README.md'), 'utf8'));
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const minutes = [];
  const failures = [];
  try {
    for (const name of chosen) {
      const framework = FRAMEWORKS[name];
      const app = mkdtempSync(join(tmpdir(), `jetro-faq-${name}-`));
      const started = Date.now();
      try {
        cpSync(join(repo, 'test/apps', name), app, { recursive: true });
        for (const [path, code] of recipes[name]) writeFile(join(app, path), code);
        const manifest = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8'));
        manifest.dependencies = { ...manifest.dependencies, [pkg.name]: `file:${tarball}`, lit: pkg.dependencies.lit };
        writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
        step(`${framework.heading}: npm install, build, start, check`);
        const install = run(['npm', 'install', '--no-audit', '--no-fund', '--prefer-offline'], app);
        if (install.status !== 0) throw new Error(`npm install failed:\n${install.output}`);
        const built = run(framework.build, app);
        if (built.status !== 0) throw new Error(`the build failed:\n${built.output}`);
        const server = await serve(framework, app);
        try {
          const problems = await checkApp(browser, server.url, faq);
          if (problems.length) throw new Error(problems.join('\n  '));
        } finally {
          server.stop();
        }
        if (framework.naive) {
          writeFile(join(app, framework.naive[0]), framework.naive[1]);
          const naive = run(framework.build, app);
          if (naive.status === 0 || !naive.output.includes(framework.says))
            throw new Error(
              `importing the element in server-only code (${framework.naive[0]}) should fail the build and say ${framework.says}:\n${naive.output}`,
            );
        }
        const spent = (Date.now() - started) / 60_000;
        minutes.push(`${framework.heading} ${spent.toFixed(1)} min`);
        step(`${framework.heading}: passed in ${spent.toFixed(1)} min`);
      } catch (error) {
        failures.push(`${framework.heading}: ${error.message}`);
      } finally {
        rmSync(app, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
  if (minutes.length) step(`minutes (install + build + check): ${minutes.join(', ')}`);
  if (failures.length) throw new Error(`framework apps:\n${failures.join('\n')}`);
}

function writeFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
