import fc from 'fast-check';
import { expect, test } from 'vitest';
import { decodeList, decodeRows, encodeList, encodeRows } from '../../../src/lib/share/rows';

test('a small table and its text', () => {
	expect(
		encodeRows([
			['服务', '8', '9'],
			['价格', '7', '6'],
		]),
	).toBe('服务|8|9;价格|7|6');
	expect(decodeRows('服务|8|9;价格|7|6', 3)).toEqual([
		['服务', '8', '9'],
		['价格', '7', '6'],
	]);
});

test('separators and backslashes inside cells are escaped', () => {
	const rows = [
		['a|b', 'c;d', 'e\\f'],
		['', '1,000', ''],
	];
	expect(encodeRows(rows)).toBe('a\\|b|c\\;d|e\\\\f;|1,000|');
	expect(decodeRows(encodeRows(rows), 3)).toEqual(rows);
});

test('rows are padded or cut to the column count; row count is capped; empty text is no rows', () => {
	expect(decodeRows('1;2|3|4', 2)).toEqual([
		['1', ''],
		['2', '3'],
	]);
	expect(decodeRows(Array.from({ length: 500 }, () => '1').join(';'), 1, 100)).toHaveLength(100);
	expect(decodeRows('', 3)).toEqual([]);
});

test('any table of two or more columns round-trips exactly (every such row contains a separator)', () => {
	const cell = fc.string({
		unit: fc.oneof(
			fc.constantFrom('|', ';', '\\', '，', '¥', '8', ' '),
			fc.string({ minLength: 1, maxLength: 1 }),
		),
		maxLength: 12,
	});
	fc.assert(
		fc.property(
			fc
				.integer({ min: 2, max: 5 })
				.chain((n) =>
					fc
						.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 20 })
						.map((rows) => ({ n, rows })),
				),
			({ n, rows }) => {
				expect(decodeRows(encodeRows(rows), n)).toEqual(rows);
			},
		),
	);
});

test('lists keep every cell, empty ones included', () => {
	expect(decodeList(encodeList(['2', '', '10', '']))).toEqual(['2', '', '10', '']);
	expect(decodeList('1|2|3', 2)).toEqual(['1', '2']);
});
