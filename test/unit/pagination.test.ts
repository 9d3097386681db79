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
	options: { pageSize: number; maxUnits?: number; startOffset?: number },
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
