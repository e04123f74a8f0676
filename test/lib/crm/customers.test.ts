import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	MAX_ISSUES,
	customersText,
	readCustomers,
	type CustomerRead,
} from '../../../src/lib/crm/customers';
import { sampleCustomers } from '../../../src/lib/crm/sample';

const read = (text: string): CustomerRead => {
	const r = readCustomers(text);
	if ('tooMany' in r) throw new Error('too many');
	return r;
};
const rows = (r: CustomerRead) =>
	r.columns.ids.map((id, i) => [
		id,
		r.columns.recency[i],
		r.columns.frequency[i],
		r.columns.monetary[i],
	]);

describe('reading a customer table', () => {
	test('a CSV with a header line: the header is recognised and skipped', () => {
		const r = read('id,R,F,M\nC1,5,10,1200\nC2,30,3,300.5');
		expect(r.header).toBe(true);
		expect(rows(r)).toEqual([
			['C1', 5, 10, 1200],
			['C2', 30, 3, 300.5],
		]);
		expect(r.issues).toEqual([]);
	});

	test('pasted from a spreadsheet: tabs, Windows line ends, a byte-order mark, blank lines', () => {
		const r = read('\uFEFF客户\t天数\t次数\t金额\r\nC1\t5\t10\t1200\r\n\r\nC2\t30\t3\t300\r\n');
		expect(r.header).toBe(true);
		expect(rows(r)).toEqual([
			['C1', 5, 10, 1200],
			['C2', 30, 3, 300],
		]);
	});

	test('typed by a person: spaces or Chinese commas between cells, full-width digits, ¥ and 元, quoted thousands', () => {
		expect(rows(read('C1 5 10 1200\n  C2   30 3 ¥300  '))).toEqual([
			['C1', 5, 10, 1200],
			['C2', 30, 3, 300],
		]);
		expect(rows(read('C1，５，１０，１２００元'))).toEqual([['C1', 5, 10, 1200]]);
		expect(rows(read('C1,7,2,"¥1,234.50"\n"C,2",8,1,"2,000"'))).toEqual([
			['C1', 7, 2, 1234.5],
			['C,2', 8, 1, 2000],
		]);
		expect(read('C1,5,10,1200').header).toBe(false);
	});

	test('bad cells are named by line and column; their rows are left out and every other row kept', () => {
		const r = read(
			[
				'id,R,F,M',
				'C1,5,10,1200',
				'C2,abc,3,100',
				'C3,2.5,3,100',
				'C4,5,-1,100',
				',5,3,100',
				'C6,5,3',
				'C7,5,3,1.005',
				'C8,5,3,100,9',
				'C9,9,9,900',
			].join('\n'),
		);
		expect(r.columns.ids).toEqual(['C1', 'C9']);
		expect(r.badRows).toBe(7);
		expect(r.issues).toEqual([
			{ line: 3, column: 1, codes: ['not-a-number'] },
			{ line: 4, column: 1, codes: ['not-integer'] },
			{ line: 5, column: 2, codes: ['below-min'] },
			{ line: 6, column: 0, codes: ['empty-id'] },
			{ line: 7, column: 3, codes: ['missing-column'] },
			{ line: 8, column: 3, codes: ['too-many-decimals'] },
			{ line: 9, column: 4, codes: ['extra-column'] },
		]);
	});

	test('line numbers count blank lines and rows read by the fast path', () => {
		const r = read('C1,1,1,1\n\nC3,x,1,1\r\nC4,1,1,1');
		expect(r.issues).toEqual([{ line: 3, column: 1, codes: ['not-a-number'] }]);
		expect(r.columns.ids).toEqual(['C1', 'C4']);
	});

	test('a header-like first line with digits in it is data, so its problems are reported', () => {
		const r = read('id,R1,F,M\nC1,5,10,1200');
		expect(r.header).toBe(false);
		expect(r.issues.map((i) => [i.line, i.column])).toEqual([
			[1, 1],
			[1, 2],
			[1, 3],
		]);
		expect(r.columns.ids).toEqual(['C1']);
	});

	test('a two-column table (id, amount) is enough for ABC: recency and frequency read as 0', () => {
		const r = read('经销商,进货额\nK01,90\nK02,x\nK03,"1,380"');
		expect(r.amountsOnly).toBe(true);
		expect(r.header).toBe(true);
		expect(rows(r)).toEqual([
			['K01', 0, 0, 90],
			['K03', 0, 0, 1380],
		]);
		expect(r.issues).toEqual([{ line: 3, column: 3, codes: ['not-a-number'] }]);
		expect(read('C1,5,10,1200').amountsOnly).toBe(false);
	});

	test('empty text reads as no customers and no problems', () => {
		expect(rows(read(''))).toEqual([]);
		expect(read('  \n\n').issues).toEqual([]);
	});

	test(`keeps only the first ${MAX_ISSUES} problems but counts every bad row`, () => {
		const r = read(Array.from({ length: 150 }, (_, i) => `C${i},x,1,1`).join('\n'));
		expect(r.issues).toHaveLength(MAX_ISSUES);
		expect(r.badRows).toBe(150);
	});

	test('what customersText writes reads back exactly', () => {
		const c = sampleCustomers(500, 7);
		const r = read(customersText(c));
		expect(r.header).toBe(true);
		expect(r.columns).toEqual(c);
	});

	test('the fast path for plain digits agrees with the general parser on every way of writing a number', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 365 }),
				fc.integer({ min: 0, max: 9999 }),
				fc.integer({ min: 0, max: 99_999_999 }),
				(r, f, cents) => {
					const money = (cents / 100).toFixed(2);
					const plain = read(`X,${r},${f},${money}`);
					const dressed = read(
						`X\t${String(r).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))}\t ${f} \t¥${Number(money).toLocaleString('en-US', { minimumFractionDigits: 2 })}`,
					);
					expect(plain.issues).toEqual([]);
					expect(dressed.issues).toEqual([]);
					expect(rows(dressed)).toEqual(rows(plain));
					expect(rows(plain)).toEqual([['X', r, f, cents / 100]]);
				},
			),
		);
	});
});
