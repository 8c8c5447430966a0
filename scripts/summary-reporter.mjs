// Ends the test run with a line per browser and one plain line, `N passed, N failed, N skipped`,
// counted over every test in every browser, for CI to read. `label` names the pass
// (`on the sources`, `on the bundle`).

function count(suite, totals) {
  for (const test of suite?.tests ?? []) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite?.suites ?? []) count(child, totals);
}

export function summaryReporter(label = '') {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0 };
      const byBrowser = new Map();
      for (const session of sessions) {
        const own = { passed: 0, failed: 0, skipped: 0 };
        count(session.testResults, own);
        // A file that failed to load, or failed outside its tests (a hook, an error between tests), counts as a failure.
        if (!session.passed && own.failed === 0) own.failed++;
        const browser = byBrowser.get(session.browser.name) ?? { passed: 0, failed: 0, skipped: 0 };
        for (const key of Object.keys(totals)) {
          totals[key] += own[key];
          browser[key] += own[key];
        }
        byBrowser.set(session.browser.name, browser);
      }
      const line = ({ passed, failed, skipped }) => `${passed} passed, ${failed} failed, ${skipped} skipped`;
      process.on('exit', () => {
        console.log('');
        for (const [name, totalsOf] of byBrowser) console.log(`${name}${label ? ` ${label}` : ''}: ${line(totalsOf)}`);
        console.log(line(totals));
      });
    },
  };
}
