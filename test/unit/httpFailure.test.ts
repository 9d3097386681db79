import { readHttpFailure } from '../../nodes/Explore/auth/httpFailure';
import { isRetryable } from '../../nodes/Explore/transport/retryPolicy';

/** The shape n8n-core 2.41 throws when a 200 answer breaks off in the middle of its body. */
const cutOffAnswer = {
	name: 'NodeApiError',
	httpCode: '200',
	message: 'stream has been aborted',
	cause: {
		name: 'AxiosError',
		code: 'ERR_BAD_RESPONSE',
		message: 'stream has been aborted',
		response: { status: 200, headers: {} },
	},
};

describe('readHttpFailure', () => {
	it('reads an answer cut off after a 200 as a connection reset, which is retried', () => {
		const failure = readHttpFailure(cutOffAnswer);
		expect(failure).toEqual({ networkCode: 'ECONNRESET' });
		expect(isRetryable(failure)).toBe(true);
	});

	it('keeps an error status with its API message', () => {
		const failure = readHttpFailure({
			code: 'ERR_BAD_RESPONSE',
			response: { status: 500, headers: {}, data: '{"Message":"An error has occurred."}' },
		});
		expect(failure).toMatchObject({ status: 500, apiMessage: 'An error has occurred.' });
		expect(failure.networkCode).toBeUndefined();
	});
});
