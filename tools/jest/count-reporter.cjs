// Records each jest run's totals so `npm test` can print one closing line for the whole
// workspace ("N passed, N failed").
const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

class CountReporter {
  constructor(globalConfig, options) {
    this.dir = options?.dir ?? join(__dirname, '../../tmp/test-counts');
  }

  onRunComplete(_contexts, results) {
    mkdirSync(this.dir, { recursive: true });
    const name = `${process.pid}-${Date.now()}.json`;
    writeFileSync(
      join(this.dir, name),
      JSON.stringify({
        cwd: process.cwd(),
        passed: results.numPassedTests,
        failedTests: results.numFailedTests,
        suitesFailed: results.numFailedTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = CountReporter;
