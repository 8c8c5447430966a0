// The test-runner config of `npm run test:mutation` (stryker.config.mjs): the project's own config, in Chromium,
// on the pure modules' test files, with the mutant Stryker asks for switched on.
//
// Stryker's command runner names the mutant in the environment (__STRYKER_ACTIVE_MUTANT__), which the code it
// instruments reads from `process.env`: a browser has none, so the test page sets the global it reads instead.
import { createServer } from 'node:net';
import base from '../web-test-runner.config.mjs';

/**
 * A port the system says is free. The test runner's own choice starts at 8000, and on a machine where other runs
 * start at the same time two can race for it: the loser exits with EADDRINUSE, which Stryker would count as a
 * mutant killed.
 */
const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

const activeMutant = process.env.__STRYKER_ACTIVE_MUTANT__;

export default {
  ...base,
  port: await freePort(),
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
