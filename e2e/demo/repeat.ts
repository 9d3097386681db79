/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the demo, a script run by Node, never shipped */
// Runs an async job now and then every `intervalMs` after it finishes, until stopped.

export function repeat(intervalMs: number, job: () => Promise<void> | void): () => void {
	let stopped = false;
	let timer: NodeJS.Timeout | undefined;
	const loop = async () => {
		try {
			await job();
		} finally {
			if (!stopped) timer = setTimeout(() => void loop(), intervalMs);
		}
	};
	void loop();
	return () => {
		stopped = true;
		if (timer) clearTimeout(timer);
	};
}
