/**
 * A jest reporter that appends "<passed> <failed>" to $TEST_SUMMARY_FILE, so CI can add up the
 * unit, integration and e2e runs of `npm test` into one closing line.
 */
const { appendFileSync } = require('fs');

class SummaryReporter {
	onRunComplete(_contexts, results) {
		const file = process.env.TEST_SUMMARY_FILE;
		if (!file) return;
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		appendFileSync(file, `${results.numPassedTests} ${failed}\n`);
	}
}

module.exports = SummaryReporter;
