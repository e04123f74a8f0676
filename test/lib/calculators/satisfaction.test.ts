import { expect, test } from 'vitest';
import { readTable } from '../../../src/lib/crm/parse';
import {
	acsiIndex,
	distributionMean,
	nps,
	servqual,
	weightedIndex,
} from '../../../src/lib/crm/satisfaction';
import { decodeState, defaultState, encodeState } from '../../../src/lib/share/codec';
import { decodeList, decodeRows } from '../../../src/lib/share/rows';
import { SATISFACTION_PARAMS } from '../../../src/lib/calculators/satisfaction';

const state = defaultState(SATISFACTION_PARAMS);
const numbers = (text: string, columns: number, from: number) =>
	readTable(
		decodeRows(text, columns),
		Array.from({ length: columns }, (_, j) => (j >= from ? { kind: 'number' as const } : null)),
	).values;

test('the default tables are the worked examples of the course', () => {
	const acsi = numbers(state.acsi, 3, 1);
	expect(
		acsiIndex(
			acsi.map((r) => r[1]!),
			acsi.map((r) => r[2]!),
		),
	).toEqual({ ok: true, value: expect.closeTo(700 / 9, 9) });
	const items = numbers(state.items, 3, 1);
	const index = weightedIndex(
		items.map((r) => r[1]!),
		items.map((r) => r[2]!),
		{ min: 1, max: 5 },
	);
	expect(index.ok && index.value.index).toBeCloseTo(72.5, 9);
	const dist = distributionMean(decodeList(state.dist).map(Number));
	expect(dist.ok && dist.value.mean).toBeCloseTo(3.76, 12);
	const score = nps(decodeList(state.nps).map(Number));
	expect(score.ok && score.value.nps).toBeCloseTo(100 / 3, 9);
	const sq = decodeRows(state.sq, 4).map((r) => ({
		dimension: r[0]!,
		expected: Number(r[2]),
		perceived: Number(r[3]),
	}));
	const result = servqual(sq);
	expect(result.ok && result.value.gap).toBeCloseTo(-0.6, 12);
});

test('a whole state with tables round-trips through the URL', () => {
	const edited = { ...state, mode: 'servqual' as const, sq: 'empathy|a\\|b|5|6;tangibles||7|7' };
	expect(decodeState(SATISFACTION_PARAMS, encodeState(SATISFACTION_PARAMS, edited))).toEqual(
		edited,
	);
});
