// Mutation testing of the pure modules (`npm run test:mutation`, not part of `npm test`): Stryker changes the code
// one small way at a time (a mutant) and runs their browser tests; a mutant that no test notices "survives".
// The tests run in a real browser, so Stryker runs them as a command, the whole focused suite for each mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  // 33 mutants, about 14 minutes here (15 s a run of the focused tests). The rest of src/content/ is 452 more, about
  // 2 hours: `npm run test:mutation -- --mutate 'src/anchors.ts,src/content/**/*.ts'` with
  // TEST_FILES='test/{anchors,content-model,content-fidelity,fetch-deadline}.test.ts'.
  mutate: ['src/anchors.ts', 'src/content/model.ts'],
  testRunner: 'command',
  commandRunner: {
    command: 'BROWSERS=chromium xvfb-run -a npx web-test-runner --config scripts/mutation-test-runner.config.mjs',
  },
  // Every mutant runs the whole command: no per-test coverage to narrow it.
  coverageAnalysis: 'off',
  concurrency: 1,
  reporters: ['clear-text', 'progress', 'html'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['dist', 'dist-demo', 'reports', 'test/screenshots', '.scratch'],
  timeoutMS: 60000,
};
