import { expect, test } from 'vitest';
import {
	decodeState,
	encodeFragment,
	encodeState,
	hasFragmentState,
} from '../../../src/lib/share/codec';
import {
	dataForLink,
	MAX_LINK_ROWS,
	SEGMENTATION_PARAMS,
} from '../../../src/lib/calculators/segmentation';

test('a table travels in the link up to 50 customers (plus a header line), never beyond', () => {
	const rows = (n: number) => Array.from({ length: n }, (_, i) => `C${i},${i},1,${i + 10}`);
	expect(dataForLink(['id,R,F,M', ...rows(MAX_LINK_ROWS)].join('\n'))).not.toBeNull();
	expect(dataForLink(['id,R,F,M', ...rows(MAX_LINK_ROWS + 1)].join('\n'))).toBeNull();
	expect(dataForLink('x'.repeat(4001))).toBeNull();
});

test('method, scoring, cut-offs and a small table survive the link; unknown methods fall back to RFM', () => {
	const state = {
		...decodeState(SEGMENTATION_PARAMS, ''),
		method: 'abc' as const,
		a: '70',
		data: 'K1,90\nK2,10',
		sample: '' as const,
	};
	const query = encodeState(SEGMENTATION_PARAMS, state);
	const fragment = encodeFragment(SEGMENTATION_PARAMS, state);
	expect(decodeState(SEGMENTATION_PARAMS, query, undefined, fragment)).toEqual(state);
	expect(decodeState(SEGMENTATION_PARAMS, '?method=kmeans').method).toBe('rfm');
	expect(decodeState(SEGMENTATION_PARAMS, '').sample).toBe('1');
});

test('the table never goes into the query string, which servers log; only into the fragment', () => {
	const state = {
		...decodeState(SEGMENTATION_PARAMS, ''),
		data: '张三,13800138000,1,10',
		sample: '' as const,
	};
	const query = encodeState(SEGMENTATION_PARAMS, state);
	expect(new URLSearchParams(query).has('data')).toBe(false);
	expect(query).not.toContain('138');
	expect(encodeFragment(SEGMENTATION_PARAMS, state)).toBe(
		`#${new URLSearchParams({ data: state.data })}`,
	);
	expect(encodeFragment(SEGMENTATION_PARAMS, { ...state, data: '' })).toBe('');
	expect(hasFragmentState(SEGMENTATION_PARAMS, '#data=a')).toBe(true);
	expect(hasFragmentState(SEGMENTATION_PARAMS, '#top')).toBe(false);
	// A link from before the rule (data in the query) still opens.
	expect(decodeState(SEGMENTATION_PARAMS, '?data=K1%2C90').data).toBe('K1,90');
});
