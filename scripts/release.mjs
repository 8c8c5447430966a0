// npm run release -- <version>: the first step of a release (the README's "Releasing" lists the
// rest). Moves CHANGELOG.md's [Unreleased] entries under a heading for <version> and today's
// date, leaves an empty [Unreleased] above it, and sets the version in package.json and
// package-lock.json. It commits and tags nothing: the maintainer reviews, then commits and tags.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const version = process.argv[2];
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const semver = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/;
if (!version || !semver.test(version)) {
  console.error(`usage: npm run release -- <version>, such as 0.2.0 (now ${pkg.version})`);
  process.exit(1);
}
const newer = (a, b) => {
  const [x, y] = [a, b].map((v) => v.split(/[.-]/, 3).map(Number));
  return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
};
if (newer(version, pkg.version) <= 0) {
  console.error(`${version} is not newer than ${pkg.version}`);
  process.exit(1);
}

const HEADING = '## [Unreleased]';
const changelog = readFileSync('CHANGELOG.md', 'utf8');
const start = changelog.indexOf(HEADING);
if (start < 0) throw new Error(`CHANGELOG.md has no "${HEADING}" section`);
const next = changelog.indexOf('\n## [', start + HEADING.length);
const entries = changelog.slice(start + HEADING.length, next < 0 ? undefined : next).trim();
if (!entries) {
  console.error('CHANGELOG.md: [Unreleased] is empty; a release says what changed.');
  process.exit(1);
}
const date = new Date().toISOString().slice(0, 10);
writeFileSync(
  'CHANGELOG.md',
  `${changelog.slice(0, start)}${HEADING}\n\n## [${version}] - ${date}\n\n${entries}\n${next < 0 ? '' : changelog.slice(next)}`,
);
execFileSync('npm', ['version', version, '--no-git-tag-version'], { stdio: 'inherit' });
console.log(`CHANGELOG.md and package.json now say ${version}. Next: npm test, then commit "Release ${version}" and tag v${version}.`);
