// `npm test`: the whole suite in Chromium, Firefox and WebKit.
// 1. installs the browsers if they are missing (scripts/ensure-browsers.mjs);
// 2. checks data/faq.yaml against its JSON Schema, and the schema against the
//    widget's validator on thousands of generated documents (scripts/check-schema.mjs),
//    type-checks, and builds the package (npm run build), whose standalone module
//    some tests load;
// 3. type-checks the React, Vue and Svelte declarations (scripts/type-tests.mjs), packs the
//    package and tries it in a consumer project (scripts/pack-smoke.mjs);
// 4. runs @web/test-runner under Xvfb, twice: every test file on the sources, then the element's
//    test files on the built dist/jetro-alibaba-faq.js (TEST_BUNDLE=1: the bundle pass of
//    web-test-runner.config.mjs), the module every reader downloads. Extra arguments go to the
//    test runner: `npm test -- --files test/navigation.test.ts`.
import { spawnSync } from 'node:child_process';
import { SOURCE_ONLY } from './bundle-pass-plugin.mjs';
import { ensureBrowsers } from './ensure-browsers.mjs';

function run(command, args) {
  const { status, error } = spawnSync(command, args, { stdio: 'inherit' });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}

ensureBrowsers();
run('node', ['scripts/check-data.mjs']);
run('node', ['scripts/check-schema.mjs']);
run('npx', ['tsc', '--noEmit']);
run('node', ['scripts/build.mjs']);
const only = process.argv.slice(2);
// The package as a consumer installs it; skipped when the runner is asked for particular files.
if (only.length === 0) {
  run('node', ['scripts/type-tests.mjs']);
  run('node', ['scripts/pack-smoke.mjs']);
}
// Last. Each pass ends with its counts per browser and "N passed, N failed, N skipped"; the bundle pass
// runs even when the first fails: a failure in one pass and not the other says where the defect is.
let failed = false;
// Files named on the command line replace the config's list: the bundle pass leaves out the source-only ones itself.
const named = (args) => args.filter((arg) => !SOURCE_ONLY.includes(arg.replace(/^\.\//, '')));
for (const pass of [
  { label: 'on the sources', env: {}, args: only },
  { label: 'on the bundle', env: { TEST_BUNDLE: '1' }, args: named(only) },
]) {
  if (only.length > 0 && pass.args.every((arg) => arg.startsWith('-'))) {
    console.log(`tests ${pass.label}: none of the files named runs there`);
    continue;
  }
  const started = Date.now();
  const { status, error } = spawnSync('xvfb-run', ['--auto-servernum', 'npx', 'web-test-runner', ...pass.args], {
    stdio: 'inherit',
    env: { ...process.env, ...pass.env },
  });
  if (error) throw error;
  console.log(`tests ${pass.label}: ${status === 0 ? 'passed' : 'FAILED'} in ${((Date.now() - started) / 60000).toFixed(1)} min`);
  failed ||= status !== 0;
}
if (failed) process.exit(1);
