import { expect, test } from 'vitest';
import { stageSeries } from '../../../src/lib/crm/lifecycle';
import { defaultState } from '../../../src/lib/share/codec';
import { LIFECYCLE_PARAMS } from '../../../src/lib/calculators/lifecycle';
import { splitSeries } from '../../../src/lib/crm/parse';

test('a series splits on commas, Chinese commas, spaces and line breaks (a pasted spreadsheet column)', () => {
	expect(splitSeries('10, 20，35 55\n75\r\n85、90')).toEqual([
		'10',
		'20',
		'35',
		'55',
		'75',
		'85',
		'90',
	]);
	expect(splitSeries('  ')).toEqual([]);
});

test('the default series shows every stage and ends in 提前退出型', () => {
	const levels = splitSeries(defaultState(LIFECYCLE_PARAMS).v).map((x) => Number(x) / 100);
	const r = stageSeries(levels);
	expect(new Set(r.periods.map((p) => p.stage))).toEqual(
		new Set(['exploration', 'formation', 'stability', 'decline']),
	);
	expect(r.pattern).toBe('early-exit');
});
