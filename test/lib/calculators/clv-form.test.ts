import { expect, test } from 'vitest';
import { CLV_PARAMS, readClvForm } from '../../../src/lib/calculators/clv';
import { defaultState, type StateOf } from '../../../src/lib/share/codec';

const typed: StateOf<typeof CLV_PARAMS> = {
	...defaultState(CLV_PARAMS),
	co: '¥500',
	po: '3,000',
	in: '１０００',
	cs: '100元',
	n: '10',
	r: '8%',
	p: '80',
	spend: '100',
	visits: '50',
	years: '10',
};

test('reads the textbook exercise as a person might type it', () => {
	const form = readClvForm(typed);
	expect(form.issues).toEqual({});
	expect(form.input).toEqual({
		acquisitionCost: 500,
		firstPurchase: 3000,
		yearlyRevenue: 1000,
		yearlyCost: 100,
		years: 10,
		discountRate: 0.08,
		retentionRate: 0.8,
		timing: 'end',
		factors: 'exact',
	});
	expect(form.spend).toEqual({ spendPerVisit: 100, visitsPerYear: 50, years: 10 });
});

test('one bad field reports its own codes and blocks only the models that need it', () => {
	const form = readClvForm({ ...typed, r: '8x', visits: '', timing: 'mid', factors: 'table' });
	expect(form.issues).toEqual({ r: ['not-a-number'], visits: ['empty'] });
	expect(form.input).toBeNull();
	expect(form.spend).toBeNull();
	const onlyModel = readClvForm({ ...typed, n: '101', timing: 'end', factors: 'exact' });
	expect(onlyModel.issues).toEqual({ n: ['above-max'] });
	expect(onlyModel.input).toBeNull();
	expect(onlyModel.spend).not.toBeNull();
});

test.each([
	['co', '-1', ['below-min']],
	['n', '0', ['below-min']],
	['n', '2.5', ['not-integer']],
	['r', '150', ['above-max']],
	['p', '101%', ['above-max']],
	['in', '1.005', ['too-many-decimals']],
	['cs', '5%', ['unexpected-percent']],
	['n', '¥10', ['unexpected-currency']],
] as const)('%s = %j is rejected with %j', (field, value, issues) => {
	expect(readClvForm({ ...typed, [field]: value, timing: 'end', factors: 'exact' }).issues).toEqual(
		{
			[field]: issues,
		},
	);
});
