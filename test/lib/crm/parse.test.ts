import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	normaliseInput,
	parseNumber,
	readSeries,
	readTable,
	type FieldSpec,
} from '../../../src/lib/crm/parse';

const money: FieldSpec = { kind: 'money', min: 0 };
const percent: FieldSpec = { kind: 'percent', min: 0, max: 1 };
const years: FieldSpec = { kind: 'integer', min: 1, max: 100 };
const plain: FieldSpec = { kind: 'number' };

describe('accepts what a person types', () => {
	test.each([
		['1000', money, 1000],
		['  1000  ', money, 1000],
		['1,000', money, 1000],
		['1，000', money, 1000],
		['１，０００', money, 1000],
		['１０００．５', money, 1000.5],
		['1000。5', money, 1000.5],
		['¥3,000', money, 3000],
		['￥3000', money, 3000],
		['3000元', money, 3000],
		['¥ 3 000 元', money, 3000],
		['RMB 500', money, 500],
		['1,234,567.89', money, 1234567.89],
		['.5', money, 0.5],
		['5.', money, 5],
		['8', percent, 0.08],
		['8%', percent, 0.08],
		['８％', percent, 0.08],
		['7', percent, 0.07],
		['12.5%', percent, 0.125],
		['0', percent, 0],
		['100%', percent, 1],
		['10', years, 10],
		['10.0', years, 10],
		['-3.5', plain, -3.5],
		['－3.5', plain, -3.5],
		['\u22123.5', plain, -3.5],
		['+2', plain, 2],
		['-0', plain, 0],
	])('%j → %d', (raw, spec, value) => {
		expect(parseNumber(raw, spec)).toEqual({ ok: true, value });
	});

	test('a negative amount after the currency sign', () => {
		expect(parseNumber('¥-100', { kind: 'money' })).toEqual({ ok: true, value: -100 });
		expect(parseNumber('-¥100', { kind: 'money' })).toEqual({ ok: true, value: -100 });
	});

	test('-0 comes back as 0, not -0', () => {
		const parsed = parseNumber('-0', plain);
		expect(parsed.ok && Object.is(parsed.value, 0)).toBe(true);
	});
});

describe('rejects with issue codes', () => {
	test.each([
		['', money, ['empty']],
		['   ', money, ['empty']],
		['\u3000', money, ['empty']],
		['abc', money, ['not-a-number']],
		['NaN', money, ['not-a-number']],
		['Infinity', money, ['not-a-number']],
		['-Infinity', plain, ['not-a-number']],
		['1e3', money, ['not-a-number']],
		['0x10', money, ['not-a-number']],
		['1,00', money, ['not-a-number']],
		['1,0000', money, ['not-a-number']],
		['1.2.3', money, ['not-a-number']],
		['--1', plain, ['not-a-number']],
		['1-', plain, ['not-a-number']],
		['.', plain, ['not-a-number']],
		['9'.repeat(41), plain, ['not-a-number']],
		['9'.repeat(39), { kind: 'number', max: 1e12 } as FieldSpec, ['above-max']],
		['-5', money, ['below-min']],
		['101', years, ['above-max']],
		['0', years, ['below-min']],
		['2.5', years, ['not-integer']],
		['120%', percent, ['above-max']],
		['-1%', percent, ['below-min']],
		['8%', money, ['unexpected-percent']],
		['¥8', percent, ['unexpected-currency']],
		['8元', years, ['unexpected-currency']],
		['1.234', money, ['too-many-decimals']],
		['8.12345', percent, ['too-many-decimals']],
		['-2.5', years, ['not-integer', 'below-min']],
	])('%j → %j', (raw, spec, issues) => {
		expect(parseNumber(raw, spec)).toEqual({ ok: false, issues });
	});
});

test('normaliseInput folds full-width forms, IME full stops and spaces', () => {
	expect(normaliseInput(' １２３，４５６。７８ ')).toBe('123,456.78');
	expect(normaliseInput('￥－５％')).toBe('¥-5%');
});

describe('properties', () => {
	test('every plain decimal with two places round-trips through its own text', () => {
		fc.assert(
			fc.property(fc.integer({ min: -1e9, max: 1e9 }), (cents) => {
				const value = cents / 100;
				const parsed = parseNumber(value.toFixed(2), { kind: 'money' });
				expect(parsed).toEqual({ ok: true, value: value === 0 ? 0 : value });
			}),
		);
	});

	test('full-width and grouped spellings parse to the same number as the plain one', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
				const grouped = n.toLocaleString('en-US');
				const fullWidth = grouped
					.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
					.replace(/,/g, '，');
				expect(parseNumber(grouped, money)).toEqual({ ok: true, value: n });
				expect(parseNumber(fullWidth, money)).toEqual({ ok: true, value: n });
				expect(parseNumber(`¥${grouped}元`, money)).toEqual({ ok: true, value: n });
			}),
		);
	});

	test('a percent field gives the typed number divided by 100, with or without % (from 1 up)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 100, max: 10000 }), (hundredths) => {
				const typed = (hundredths / 100).toString();
				const a = parseNumber(typed, percent);
				const b = parseNumber(`${typed}%`, percent);
				expect(a).toEqual(b);
				if (a.ok) expect(a.value).toBeCloseTo(hundredths / 10000, 12);
				else expect(a.issues).toEqual(['above-max']);
			}),
		);
	});

	test('a percent field refuses a number between 0 and 1 without %, as ambiguous (0.08: is it 8 %?)', () => {
		expect(parseNumber('0.08', percent)).toEqual({ ok: false, issues: ['fraction-as-percent'] });
		expect(parseNumber('．５', percent)).toEqual({ ok: false, issues: ['fraction-as-percent'] });
		expect(parseNumber('-0.5', { kind: 'percent', min: -1 })).toEqual({
			ok: false,
			issues: ['fraction-as-percent'],
		});
		// With the sign it is what it says, 0.08 % = 0.0008; 0 and 1 are no question.
		expect(parseNumber('0.08%', percent)).toEqual({ ok: true, value: 0.0008 });
		expect(parseNumber('0', percent)).toEqual({ ok: true, value: 0 });
		expect(parseNumber('1', percent)).toEqual({ ok: true, value: 0.01 });
		// Other kinds read 0.08 as it stands.
		expect(parseNumber('0.08', plain)).toEqual({ ok: true, value: 0.08 });
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 9999 }), (tenThousandths) => {
				const typed = (tenThousandths / 10000).toString();
				expect(parseNumber(typed, percent)).toEqual({ ok: false, issues: ['fraction-as-percent'] });
				const sure = parseNumber(`${typed}%`, percent);
				expect(sure.ok && sure.value).toBeCloseTo(tenThousandths / 1e6, 12);
			}),
		);
	});

	test('never throws and never returns NaN or Infinity, whatever the input', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 50 }),
				fc.constantFrom<FieldSpec>(money, percent, years, plain),
				(raw, spec) => {
					const parsed = parseNumber(raw, spec);
					if (parsed.ok) expect(Number.isFinite(parsed.value)).toBe(true);
					else expect(parsed.issues.length).toBeGreaterThan(0);
				},
			),
		);
	});
});

describe('readTable', () => {
	const specs = [null, { kind: 'number', min: 1, max: 10 }, { kind: 'number', min: 0 }] as const;

	test('parses each number cell and leaves text columns alone', () => {
		expect(
			readTable(
				[
					['服务', '８', '0.4'],
					['价格', '7', '0.3'],
				],
				specs,
			),
		).toEqual({
			values: [
				[null, 8, 0.4],
				[null, 7, 0.3],
			],
			issues: [
				[null, null, null],
				[null, null, null],
			],
			complete: true,
		});
	});

	test('a bad cell is reported on its own; the rest of the table still reads', () => {
		const read = readTable(
			[
				['服务', '11', '0.4'],
				['价格', '7', ''],
			],
			specs,
		);
		expect(read.complete).toBe(false);
		expect(read.issues).toEqual([
			[null, ['above-max'], null],
			[null, null, ['empty']],
		]);
		expect(read.values).toEqual([
			[null, null, 0.4],
			[null, 7, null],
		]);
	});
});

test('readSeries parses each item and names the position of the bad ones', () => {
	expect(readSeries(['10', '２０%', 'x', '120'], { kind: 'percent', min: 0, max: 1 })).toEqual({
		values: [0.1, 0.2],
		issues: [
			{ index: 2, issues: ['not-a-number'] },
			{ index: 3, issues: ['above-max'] },
		],
	});
});
