import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import {
	HEADINGS_META,
	promote,
	teachingHeadingFirst,
	teachingHeadingFor,
	teachingHeadings,
	withTeachingHeadings,
	TERM_FILTER,
	termKey,
	termKeys,
	withTeachingPagesFirst,
} from '../../../src/lib/search/terms';

describe('termKey', () => {
	test.each([
		['大客户', '大客户'],
		['  Key   Account ', 'key account'],
		['ＫＥＹ　ａｃｃｏｕｎｔ', 'key account'],
		['客户 满意度', '客户满意度'],
		['ABC 分析', 'abc分析'],
		['C = P/E', 'c = p/e'],
		['RFM', 'rfm'],
	])('%s → %s', (input, key) => {
		expect(termKey(input)).toBe(key);
	});

	test('is idempotent, and ignores case, width and spacing around Chinese', () => {
		fc.assert(
			fc.property(fc.string(), (s) => {
				expect(termKey(termKey(s))).toBe(termKey(s));
				expect(termKey(s.toUpperCase())).toBe(termKey(s.toLowerCase()));
			}),
		);
	});
});

test('termKeys lists every name of the terms once, with commas dropped', () => {
	expect(
		termKeys([
			{ term: '大客户', en: 'Key Account', aliases: ['KA', '重点客户'] },
			{ term: '重点客户', en: 'key account', aliases: ['A, B'] },
		]),
	).toEqual(['大客户', 'key account', 'ka', '重点客户', 'a b']);
});

describe('promote', () => {
	const r = (id: string, from = 'plain') => ({ id, from });
	test('puts the teaching pages first, keeping the plain result objects, and the rest in order', () => {
		const plain = [r('a'), r('b'), r('c'), r('d')];
		const out = promote(plain, [r('c', 'filter'), r('x', 'filter')]);
		expect(out.map((x) => x.id)).toEqual(['c', 'x', 'a', 'b', 'd']);
		expect(out[0]).toBe(plain[2]);
		expect(out[1]!.from).toBe('filter');
	});

	test('for any lists: every result once, teaching ones first, the others in their order', () => {
		const ids = fc.uniqueArray(fc.constantFrom(...'abcdefghij'), { maxLength: 10 });
		fc.assert(
			fc.property(ids, ids, (plainIds, teachIds) => {
				const out = promote(
					plainIds.map((id) => r(id)),
					teachIds.map((id) => r(id, 'f')),
				);
				const outIds = out.map((x) => x.id);
				expect(new Set(outIds).size).toBe(outIds.length);
				expect(new Set(outIds)).toEqual(new Set([...plainIds, ...teachIds]));
				expect(outIds.slice(0, teachIds.length)).toEqual(teachIds);
				expect(outIds.slice(teachIds.length)).toEqual(
					plainIds.filter((id) => !teachIds.includes(id)),
				);
			}),
		);
	});
});

describe('withTeachingPagesFirst', () => {
	const pages = { ch5: { id: 'ch5' }, ch6: { id: 'ch6' }, topic: { id: 'topic' } };
	const fake = () =>
		vi.fn(async (query: string | null, options?: { filters?: Record<string, unknown> }) => {
			if (query === null) {
				const key = options?.filters?.[TERM_FILTER];
				return { results: key === '大客户' ? [pages.ch6] : [], unfilteredResultCount: 3 };
			}
			return { results: [pages.ch5, pages.ch6, pages.topic], unfilteredResultCount: 3 };
		});

	test('a query naming a term brings its teaching page first (asked in normalised form)', async () => {
		const search = fake();
		const out = await withTeachingPagesFirst(search)(' 大客户 ');
		expect(out?.results.map((x) => x.id)).toEqual(['ch6', 'ch5', 'topic']);
		expect(out?.unfilteredResultCount).toBe(3);
		expect(search).toHaveBeenCalledWith(null, { filters: { [TERM_FILTER]: '大客户' } });
	});

	test('other queries keep Pagefind’s order; a filtered or empty search is passed through', async () => {
		const search = fake();
		const wrapped = withTeachingPagesFirst(search);
		expect((await wrapped('大客户管理'))?.results.map((x) => x.id)).toEqual([
			'ch5',
			'ch6',
			'topic',
		]);
		search.mockClear();
		await wrapped('大客户', { filters: { chapter: '6' } });
		await wrapped(null);
		await wrapped('   ');
		expect(search.mock.calls.some(([, o]) => o?.filters?.[TERM_FILTER] !== undefined)).toBe(false);
		expect(search).toHaveBeenCalledTimes(3);
	});

	test('if the teaching-page lookup fails, the plain results stand', async () => {
		const search = fake();
		search.mockImplementation(async (query) => {
			if (query === null) throw new Error('filter index missing');
			return { results: [pages.ch5, pages.ch6], unfilteredResultCount: 2 };
		});
		const out = await withTeachingPagesFirst(search)('大客户');
		expect(out?.results.map((x) => x.id)).toEqual(['ch5', 'ch6']);
	});
});

test('teachingHeadings maps every name of a term to its heading, the first term winning a shared name', () => {
	const map = JSON.parse(
		teachingHeadings([
			{ term: '大客户', en: 'Key Account', aliases: ['KA'], taught: { heading: '大客户的含义' } },
			{
				term: '客户金字塔',
				en: 'Customer Pyramid',
				aliases: ['KA'],
				taught: { heading: '客户金字塔' },
			},
			{ term: '客户', en: 'Customer', aliases: [] },
		]),
	);
	expect(map).toEqual({
		大客户: '大客户的含义',
		'key account': '大客户的含义',
		ka: '大客户的含义',
		客户金字塔: '客户金字塔',
		'customer pyramid': '客户金字塔',
	});
});

describe('teachingHeadingFor', () => {
	test.each([
		[undefined, undefined],
		['', undefined],
		['not json', undefined],
		['[1,2]', undefined],
		['{"大客户": 3}', undefined],
		['{"大客户": "大客户的含义"}', '大客户的含义'],
	])('%s → %s', (meta, heading) => {
		expect(teachingHeadingFor(meta, '大客户')).toBe(heading);
	});
});

describe('teachingHeadingFirst', () => {
	const page = '/ch6/';
	const s = (hash: string, n: number) => ({
		url: `${page}#${encodeURIComponent(hash)}`,
		locations: Array.from({ length: n }, (_, i) => i),
	});
	const own = { url: page, locations: [1, 2] };
	const subs = [own, s('金字塔', 34), s('大客户的含义', 20), s('八类', 33), s('小结', 5)];

	test('keeps the page entry, puts the teaching heading next, then the headings with most matches', () => {
		const out = teachingHeadingFirst(subs, page, '大客户的含义');
		expect(out.map((x) => decodeURIComponent(x.url))).toEqual([
			page,
			'/ch6/#大客户的含义',
			'/ch6/#金字塔',
			'/ch6/#八类',
		]);
	});

	test('unchanged when the heading is not among them', () => {
		expect(teachingHeadingFirst(subs, page, '别的')).toEqual(subs);
	});

	test('for any headings: the teaching one second after the page entry, at most max, no duplicates', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
				fc.nat({ max: 7 }),
				fc.integer({ min: 1, max: 4 }),
				(hashes, pick, max) => {
					const list = [own, ...hashes.map((h, i) => s(h, (i * 7) % 5))];
					const heading = hashes[pick % hashes.length]!;
					const out = teachingHeadingFirst(list, page, heading, max);
					expect(out[0]).toBe(own);
					expect(decodeURIComponent(out[1]!.url)).toBe(`${page}#${heading}`);
					expect(out.length).toBe(1 + Math.min(max, hashes.length));
					expect(new Set(out).size).toBe(out.length);
				},
			),
		);
	});
});

test('withTeachingHeadings reorders the headings of a page that teaches the query, and leaves others', async () => {
	const page = '/ch6/';
	const data = (teaches: string | undefined) => async () => ({
		url: page,
		meta: { [HEADINGS_META]: teaches },
		sub_results: [
			{ url: `${page}#a`, locations: [1, 2, 3] },
			{ url: `${page}#b`, locations: [1, 2] },
			{ url: `${page}#c`, locations: [1] },
			{ url: `${page}#teach`, locations: [] },
		],
	});
	const results = [
		{ id: '1', data: data('{"大客户":"teach"}') },
		{ id: '2', data: data(undefined) },
	];
	const [teaching, other] = withTeachingHeadings(results, '大客户');
	expect((await teaching!.data()).sub_results.map((x) => x.url)).toEqual([
		`${page}#teach`,
		`${page}#a`,
		`${page}#b`,
	]);
	expect((await other!.data()).sub_results.length).toBe(4);
	expect(withTeachingHeadings(results, '  ')).toBe(results);
});
