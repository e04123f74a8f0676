import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { decodeState, defaultState, encodeState } from '../../../src/lib/share/codec';
import { CLV_PARAMS } from '../../../src/lib/calculators/clv';

describe('CLV query string', () => {
	test('the textbook exercise link reads as typed', () => {
		const state = decodeState(
			CLV_PARAMS,
			'?model=discounted&co=500&po=3000&in=1000&cs=100&n=10&r=8',
		);
		expect(state).toMatchObject({
			model: 'discounted',
			co: '500',
			po: '3000',
			in: '1000',
			cs: '100',
			n: '10',
			r: '8',
		});
		expect(state.timing).toBe('end');
		expect(state.factors).toBe('exact');
	});

	test('missing parameters take the defaults; unknown ones are ignored; bad choices fall back', () => {
		expect(decodeState(CLV_PARAMS, '?evil=1&model=nonsense&timing=mid')).toEqual({
			...defaultState(CLV_PARAMS),
			timing: 'mid',
		});
	});

	test('what a person typed, even wrong, survives: full-width digits, %, text', () => {
		const state = { ...defaultState(CLV_PARAMS), r: '８%', co: '¥1,000', n: 'abc' };
		expect(decodeState(CLV_PARAMS, encodeState(CLV_PARAMS, state))).toEqual(state);
	});

	test('values are clipped to 64 characters', () => {
		expect(decodeState(CLV_PARAMS, `?co=${'9'.repeat(500)}`).co).toHaveLength(64);
	});

	test('encoding lists every parameter in a fixed order', () => {
		expect(encodeState(CLV_PARAMS, defaultState(CLV_PARAMS))).toBe(
			'?model=discounted&co=500&po=3000&in=1000&cs=100&n=10&r=8&p=80&timing=end&factors=exact&spend=100&visits=50&years=10',
		);
	});
});

test('any state round-trips exactly through the URL', () => {
	const typed = fc.constantFrom(
		'１',
		'８',
		'，',
		',',
		'.',
		'。',
		'¥',
		'元',
		'%',
		'％',
		'-',
		' ',
		'&',
		'=',
		'?',
		'#',
		'+',
		'客',
	);
	const value = fc.string({
		maxLength: 64,
		unit: fc.oneof(typed, fc.string({ minLength: 1, maxLength: 1 })),
	});
	const state = fc.record({
		model: fc.constantFrom(...CLV_PARAMS.model.options),
		co: value,
		po: value,
		in: value,
		cs: value,
		n: value,
		r: value,
		p: value,
		timing: fc.constantFrom(...CLV_PARAMS.timing.options),
		factors: fc.constantFrom(...CLV_PARAMS.factors.options),
		spend: value,
		visits: value,
		years: value,
	});
	fc.assert(
		fc.property(state, (s) => {
			expect(decodeState(CLV_PARAMS, encodeState(CLV_PARAMS, s))).toEqual(s);
		}),
	);
});

test('parameters a link leaves out keep the page’s own defaults, not the global fallbacks', () => {
	const page = { ...defaultState(CLV_PARAMS), co: '20', po: '60', n: '3' };
	expect(decodeState(CLV_PARAMS, '?n=5', page)).toEqual({ ...page, n: '5' });
});
