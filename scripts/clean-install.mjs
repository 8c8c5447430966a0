// What `npm install jetro-alibaba-faq lit` brings into an empty project: the package, and
// lit with its own dependencies, nothing else. (Until 0.2.0 a test tool listed under
// `dependencies` brought 227 more packages, 16 MB, that nothing in dist/ uses.) Called by
// scripts/pack-smoke.mjs with the tarball; prints the list and the size.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function checkCleanInstall(tarball, pkg) {
  const project = mkdtempSync(join(tmpdir(), 'jetro-faq-clean-'));
  try {
    writeFileSync(
      join(project, 'package.json'),
      JSON.stringify({ name: 'empty', private: true, dependencies: { [pkg.name]: `file:${tarball}`, lit: pkg.dependencies.lit } }),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts'], { cwd: project, stdio: 'ignore' });
    const modules = join(project, 'node_modules');
    const installed = Object.keys(JSON.parse(readFileSync(join(modules, '.package-lock.json'), 'utf8')).packages)
      .filter((path) => path.startsWith('node_modules/'))
      .map((path) => path.replace(/^.*node_modules\//, ''));
    // lit's own closure, read from what npm installed for it.
    const allowed = new Set([pkg.name]);
    const visit = (name) => {
      if (allowed.has(name) && name !== pkg.name) return;
      allowed.add(name);
      const manifest = JSON.parse(readFileSync(join(modules, name, 'package.json'), 'utf8'));
      for (const dependency of Object.keys(manifest.dependencies ?? {})) visit(dependency);
    };
    visit('lit');
    const bytes = Number(execFileSync('du', ['-sb', modules], { encoding: 'utf8' }).split('\t')[0]);
    console.log(`clean install: ${installed.length} packages, ${(bytes / 1e6).toFixed(1)} MB in node_modules: ${installed.sort().join(', ')}`);
    const stray = installed.filter((name) => !allowed.has(name));
    if (stray.length) throw new Error(`npm install ${pkg.name} lit brings packages that are neither it nor lit's: ${stray.join(', ')}`);
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}
