// Makes sure the browsers the tests run in are installed: Debian's Chromium,
// Firefox ESR and WebKitGTK (with Xvfb, which WebKit's MiniBrowser needs).
// As root with apt-get, it installs what is missing; otherwise it stops and
// prints the exact command to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** What the tests need, and the Debian package that brings it. */
export const REQUIREMENTS = [
  { path: '/usr/bin/chromium', pkg: 'chromium' },
  { path: '/usr/bin/firefox-esr', pkg: 'firefox-esr' },
  { path: '/usr/bin/WebKitWebDriver', pkg: 'webkit2gtk-driver' },
  { path: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', pkg: 'webkit2gtk-driver' },
  { path: '/usr/bin/xvfb-run', pkg: 'xvfb' },
  { path: '/usr/bin/xauth', pkg: 'xauth' },
  // Japanese glyphs, so that layout tests measure real text and not boxes.
  { path: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', pkg: 'fonts-noto-cjk' },
];

export function missingPackages() {
  return [...new Set(REQUIREMENTS.filter(({ path }) => !existsSync(path)).map(({ pkg }) => pkg))];
}

export function ensureBrowsers() {
  const missing = missingPackages();
  if (missing.length === 0) return;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`The tests need Debian packages that are not installed: ${missing.join(', ')}.\nInstall them with:\n\n  sudo sh -c '${command}'\n`);
    process.exit(1);
  }
  console.log(`Installing ${missing.join(', ')} from Debian's packages…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit', env });
  const still = missingPackages();
  if (still.length) {
    console.error(`apt-get did not install: ${still.join(', ')}`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) ensureBrowsers();
