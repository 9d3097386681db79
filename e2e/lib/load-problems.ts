// What n8n says when a community package, one of its nodes or its credentials fail to load.

const PROBLEM = /error|fail|could not|cannot|unable|unrecogni[sz]ed|unknown|invalid/i;

/** The lines of an n8n log that name `packageName` together with a failure. */
export function packageLoadProblems(log: string, packageName: string): string[] {
	return log
		.split('\n')
		.filter((line) => line.includes(packageName) && PROBLEM.test(line))
		.map((line) => line.trim());
}
