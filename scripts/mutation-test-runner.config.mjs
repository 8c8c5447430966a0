// The test-runner config of `npm run test:mutation` (stryker.config.mjs): the project's own config, in Chromium,
// on the pure modules' test files, with the mutant Stryker asks for switched on.
//
// Stryker's command runner names the mutant in the environment (__STRYKER_ACTIVE_MUTANT__), which the code it
// instruments reads from `process.env`: a browser has none, so the test page sets the global it reads instead.
import base from '../web-test-runner.config.mjs';

const activeMutant = process.env.__STRYKER_ACTIVE_MUTANT__;

export default {
  ...base,
  // The tests of anchors.ts and the content model: what stryker.config.mjs mutates unless told otherwise.
  files: process.env.TEST_FILES ?? 'test/{anchors,content-model}.test.ts',
  // One line a run is enough: Stryker reads only the exit code.
  reporters: [],
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <body>
    <script>globalThis.__stryker__ = { activeMutant: ${JSON.stringify(activeMutant)} };</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
};
