import { expect, test } from 'vitest';
import { classifyCause, classifyMatrix } from '../../../src/lib/crm/loyalty';
import { decodeState, defaultState, encodeState } from '../../../src/lib/share/codec';
import { LOYALTY_PARAMS } from '../../../src/lib/calculators/loyalty';
import { decodeRows } from '../../../src/lib/share/rows';

test('the default compare tables show one customer per class', () => {
	const state = defaultState(LOYALTY_PARAMS);
	const cause = decodeRows(state.cc, 6).map(
		(r) =>
			classifyCause({
				attachment: r[1] as 'high' | 'low',
				repeat: r[2] as 'high' | 'low',
				alternatives: r[3] === 'yes',
				priceSensitive: r[4] === 'yes',
				rewardDriven: r[5] === 'yes',
			}).code,
	);
	expect(cause).toEqual(['trust', 'monopoly', 'price']);
	const matrix = decodeRows(state.cm, 3).map(
		(r) => classifyMatrix({ satisfaction: Number(r[1]), loyalty: Number(r[2]) }).code,
	);
	expect(matrix).toEqual(['apostle', 'mercenary', 'hostage', 'defector']);
});

test('answers outside their options fall back; a whole state round-trips', () => {
	expect(decodeState(LOYALTY_PARAMS, '?att=maybe&scheme=index')).toMatchObject({
		att: 'low',
		scheme: 'index',
	});
	const state = {
		...defaultState(LOYALTY_PARAMS),
		scheme: 'dickbasu' as const,
		a: '９０',
		cd: '甲|90|10',
	};
	expect(decodeState(LOYALTY_PARAMS, encodeState(LOYALTY_PARAMS, state))).toEqual(state);
});
