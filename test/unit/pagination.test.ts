import type { ExplorePage, ExploreUnit } from '../../nodes/Explore/helpers/records';
import { paginate } from '../../nodes/Explore/transport/pagination';

/** A list server: `records` ids 0…n-1, with the quirks real servers have. */
function fakeServer(
	count: number,
	quirks: {
		cap?: number;
		total?: number | null;
		ignoreOffset?: boolean;
		repeatLastOf?: number;
	} = {},
) {
	const requests: Array<{ offset: number; max: number }> = [];
	const fetchPage = async (offset: number, max: number): Promise<ExplorePage> => {
		requests.push({ offset, max });
		const size = Math.min(max, quirks.cap ?? Infinity);
		const start = quirks.ignoreOffset ? 0 : offset;
		const ids = [];
		for (let id = start; id < Math.min(count, start + size); id++) ids.push(id);
		if (quirks.repeatLastOf !== undefined && offset > 0) ids.unshift(offset - 1);
		const total = quirks.total === null ? undefined : (quirks.total ?? count);
		return { units: ids.map((id) => ({ record: { ID_PROJET: String(id) } })), total };
	};
	return { fetchPage, requests };
}

const idOf = (unit: ExploreUnit) => String(unit.record.ID_PROJET);
const stalled = (detail: string) => new Error(`stalled: ${detail}`);

async function collect(
	server: ReturnType<typeof fakeServer>,
	options: { pageSize: number; maxUnits?: number; startOffset?: number; parallelRequests?: number },
	stopAfterPages?: number,
) {
	const ids: string[] = [];
	let pages = 0;
	const result = await paginate(
		server.fetchPage,
		idOf,
		options,
		(units) => {
			ids.push(...units.map(idOf));
			pages++;
			return stopAfterPages === undefined || pages < stopAfterPages;
		},
		stalled,
	);
	return { ids, result };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => String(i));

describe('offset pagination', () => {
	it('Return All fetches every page and nothing more when TOTAL is known', async () => {
		const server = fakeServer(250);
		const { ids, result } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(250));
		expect(server.requests).toEqual([
			{ offset: 0, max: 100 },
			{ offset: 100, max: 100 },
			{ offset: 200, max: 100 },
		]);
		expect(result).toEqual({ nextOffset: 250, exhausted: true, requests: 3 });
	});

	it('asks once more when a full last page reaches TOTAL exactly (TOTAL may be stale)', async () => {
		const server = fakeServer(200);
		const { ids } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(200));
		expect(server.requests.map((r) => r.offset)).toEqual([0, 100, 200]);
	});

	it('still gets everything when the server caps Max below the page size', async () => {
		const server = fakeServer(230, { cap: 50 });
		const { ids } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(230));
		expect(server.requests.map((r) => r.offset)).toEqual([0, 50, 100, 150, 200]);
	});

	it('still gets everything with a capped server and no TOTAL', async () => {
		const server = fakeServer(120, { cap: 40, total: null });
		const { ids } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(120));
	});

	it('without TOTAL, a first short page is confirmed by one more request', async () => {
		const server = fakeServer(30, { total: null });
		const { ids } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(30));
		expect(server.requests.map((r) => r.offset)).toEqual([0, 30]);
	});

	it('does not stop at a TOTAL smaller than reality', async () => {
		const server = fakeServer(300, { total: 150 });
		const { ids } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(300));
	});

	it('ends on an empty page when TOTAL is larger than reality', async () => {
		const server = fakeServer(120, { total: 1000, cap: 100 });
		const { ids } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(120));
	});

	it('Limit stops requesting as soon as it has enough, and asks only for what it needs', async () => {
		const server = fakeServer(10_000);
		const { ids, result } = await collect(server, { pageSize: 100, maxUnits: 130 });
		expect(ids).toEqual(range(130));
		expect(server.requests).toEqual([
			{ offset: 0, max: 100 },
			{ offset: 100, max: 30 },
		]);
		expect(result.exhausted).toBe(false);
	});

	it('stops when the page handler says so, and reports where to resume', async () => {
		const server = fakeServer(1000);
		const { ids, result } = await collect(server, { pageSize: 100 }, 2);
		expect(ids).toEqual(range(200));
		expect(result).toEqual({ nextOffset: 200, exhausted: false, requests: 2 });
	});

	it('resumes from a start offset', async () => {
		const server = fakeServer(250);
		const { ids } = await collect(server, { pageSize: 100, startOffset: 200 });
		expect(ids).toEqual(range(250).slice(200));
	});

	it('stops with a clear error when the API ignores the offset, instead of looping', async () => {
		const server = fakeServer(1000, { ignoreOffset: true });
		await expect(collect(server, { pageSize: 100 })).rejects.toThrow(
			/stalled: the page at offset 100 only repeated records/,
		);
		expect(server.requests).toHaveLength(2);
	});

	it('drops a record repeated on the next page and keeps going', async () => {
		const server = fakeServer(250, { repeatLastOf: 1 });
		const { ids } = await collect(server, { pageSize: 100 });
		expect(ids).toEqual(range(250));
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('keeps only what Limit asks when a server ignores Max and returns everything', async () => {
		const server = fakeServer(500, { cap: Infinity });
		const fetchAll = async (offset: number) => server.fetchPage(offset, 10_000);
		const ids: string[] = [];
		await paginate(
			fetchAll,
			idOf,
			{ pageSize: 100, maxUnits: 50 },
			(units) => ids.push(...units.map(idOf)),
			stalled,
		);
		expect(ids).toEqual(range(50));
	});
});

/** The server, answering after a pause, and the most requests it ever had in flight at once. */
function slowly(server: ReturnType<typeof fakeServer>) {
	let inFlight = 0;
	let mostInFlight = 0;
	const fetchPage = async (offset: number, max: number): Promise<ExplorePage> => {
		inFlight++;
		mostInFlight = Math.max(mostInFlight, inFlight);
		for (let turn = 0; turn < 3; turn++) await Promise.resolve(); // let other requests start
		try {
			return await server.fetchPage(offset, max);
		} finally {
			inFlight--;
		}
	};
	return { ...server, fetchPage, mostInFlight: () => mostInFlight };
}

describe('offset pagination with parallel requests', () => {
	it('keeps up to N requests in flight and hands every record over once, in order', async () => {
		const server = slowly(fakeServer(1000));
		const { ids, result } = await collect(server, { pageSize: 100, parallelRequests: 3 });
		expect(ids).toEqual(range(1000));
		expect(server.mostInFlight()).toBe(3);
		// the ten pages and the confirmation of the full last one, nothing past TOTAL
		expect(server.requests.map((request) => request.offset).sort((a, b) => a - b)).toEqual([
			0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
		]);
		expect(result.requests).toBe(11);
	});

	it('sends one request at a time by default', async () => {
		const server = slowly(fakeServer(500));
		await collect(server, { pageSize: 100 });
		expect(server.mostInFlight()).toBe(1);
	});

	it('does not ask ahead of a Limit', async () => {
		const server = slowly(fakeServer(1000));
		const { ids } = await collect(server, { pageSize: 100, maxUnits: 250, parallelRequests: 4 });
		expect(ids).toEqual(range(250));
		expect(server.requests).toHaveLength(3);
		expect(server.requests.find((request) => request.offset === 200)?.max).toBe(50);
	});

	it('still gets everything from a server that caps Max, without asking ahead', async () => {
		const server = slowly(fakeServer(230, { cap: 40 }));
		const { ids } = await collect(server, { pageSize: 100, parallelRequests: 3 });
		expect(ids).toEqual(range(230));
		expect(server.mostInFlight()).toBe(1);
	});

	it('does not stop at a TOTAL smaller than reality', async () => {
		const server = slowly(fakeServer(450, { total: 200 }));
		const { ids } = await collect(server, { pageSize: 100, parallelRequests: 3 });
		expect(ids).toEqual(range(450));
	});

	it('ends on an empty page when TOTAL is larger than reality', async () => {
		const server = slowly(fakeServer(250, { total: 600 }));
		const { ids } = await collect(server, { pageSize: 100, parallelRequests: 3 });
		expect(ids).toEqual(range(250));
	});

	it('stops with a clear error when the API ignores the offset', async () => {
		const server = slowly(fakeServer(500, { ignoreOffset: true }));
		await expect(collect(server, { pageSize: 100, parallelRequests: 3 })).rejects.toThrow(
			/stalled: the page at offset 100 only repeated records/,
		);
	});

	it('reports a failed page asked for ahead when its turn comes, after the pages before it', async () => {
		const server = slowly(fakeServer(500));
		const failing = async (offset: number, max: number) => {
			if (offset === 300) throw new Error('HTTP 503 at offset 300');
			return await server.fetchPage(offset, max);
		};
		const ids: string[] = [];
		await expect(
			paginate(failing, idOf, { pageSize: 100, parallelRequests: 3 }, (units) => {
				ids.push(...units.map(idOf));
			}, stalled),
		).rejects.toThrow('HTTP 503 at offset 300');
		expect(ids).toEqual(range(300));
	});

	it('stops asking when the page handler says so', async () => {
		const server = slowly(fakeServer(1000));
		const { ids, result } = await collect(server, { pageSize: 100, parallelRequests: 2 }, 3);
		expect(ids).toEqual(range(300));
		expect(result).toMatchObject({ nextOffset: 300, exhausted: false });
		expect(server.requests.length).toBeLessThanOrEqual(5); // 3 used, at most 2 asked ahead
	});
});
