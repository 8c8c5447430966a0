// `npm test`: the whole suite in Chromium, Firefox and WebKit.
// 1. installs the browsers if they are missing (scripts/ensure-browsers.mjs);
// 2. checks data/faq.yaml against its JSON Schema, and the schema against the
//    widget's validator on thousands of generated documents (scripts/check-schema.mjs),
//    type-checks, and builds the package (npm run build), whose standalone module
//    some tests load;
// 3. type-checks the React, Vue and Svelte declarations (scripts/type-tests.mjs), packs the
//    package and tries it in a consumer project (scripts/pack-smoke.mjs);
// 4. runs @web/test-runner under Xvfb. Extra arguments go to the test runner:
//    `npm test -- --files test/navigation.test.ts`.
import { spawnSync } from 'node:child_process';
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
// Last, so that its closing line ("N passed, N failed, N skipped") ends the output.
run('xvfb-run', ['--auto-servernum', 'npx', 'web-test-runner', ...only]);
