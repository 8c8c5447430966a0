// `npm test`: the whole suite in Chromium, Firefox and WebKit.
// 1. installs the browsers if they are missing (scripts/ensure-browsers.mjs);
// 2. checks data/faq.yaml against its JSON Schema, type-checks, and builds dist/, which the tests of the standalone module load;
// 3. runs @web/test-runner under Xvfb. Extra arguments go to the test runner:
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
run('npx', ['tsc', '--noEmit']);
run('npx', ['vite', 'build', '--logLevel', 'warn']);
run('xvfb-run', ['--auto-servernum', 'npx', 'web-test-runner', ...process.argv.slice(2)]);
