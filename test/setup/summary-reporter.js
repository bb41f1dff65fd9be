// Prints the run's totals as one plain closing line ("unit: N passed, N failed"), which CI reads.
// Jest prints its own summary after every custom reporter, so the line is written at exit, last.
class SummaryReporter {
	onRunComplete(_contexts, results) {
		const skipped = results.numPendingTests + results.numTodoTests;
		const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
		const line = `unit: ${results.numPassedTests} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`;
		process.once('exit', () => process.stdout.write(line));
	}
}

module.exports = SummaryReporter;
