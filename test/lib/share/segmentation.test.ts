import { expect, test } from 'vitest';
import { decodeState, encodeState } from '../../../src/lib/share/codec';
import { dataForLink, MAX_LINK_ROWS, SEGMENTATION_PARAMS } from '../../../src/lib/share/segmentation';

test('a table travels in the link up to 50 customers (plus a header line), never beyond', () => {
	const rows = (n: number) => Array.from({ length: n }, (_, i) => `C${i},${i},1,${i + 10}`);
	expect(dataForLink(['id,R,F,M', ...rows(MAX_LINK_ROWS)].join('\n'))).not.toBeNull();
	expect(dataForLink(['id,R,F,M', ...rows(MAX_LINK_ROWS + 1)].join('\n'))).toBeNull();
	expect(dataForLink('x'.repeat(4001))).toBeNull();
});

test('method, scoring, cut-offs and a small table survive the link; unknown methods fall back to RFM', () => {
	const state = { ...decodeState(SEGMENTATION_PARAMS, ''), method: 'abc', a: '70', data: 'K1,90\nK2,10', sample: '' };
	expect(decodeState(SEGMENTATION_PARAMS, encodeState(SEGMENTATION_PARAMS, state))).toEqual(state);
	expect(decodeState(SEGMENTATION_PARAMS, '?method=kmeans').method).toBe('rfm');
	expect(decodeState(SEGMENTATION_PARAMS, '').sample).toBe('1');
});
