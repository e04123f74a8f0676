import type { ParamSpecs } from '../share/codec';
import { defineCalculator } from './spec';

/**
 * Query parameters of the segmentation calculator (documented on /tools/segmentation/): the method,
 * how RFM scores (quintiles or the bounds `rb`, `fb`, `mb`), the ABC cut-offs `a`, `b` and the
 * pyramid's tier sizes `pyr` in percent, and the table itself in `#data=` (the fragment, which no
 * server sees) only when it is small and the person asks for it (`sample=1` stands for the
 * built-in 200 customers instead).
 */
export const SEGMENTATION_PARAMS = {
	method: { fallback: 'rfm', options: ['rfm', 'abc', 'pyramid'] },
	score: { fallback: 'quintile', options: ['quintile', 'threshold'] },
	rb: { fallback: '7, 30, 60, 120' },
	fb: { fallback: '2, 4, 8, 16' },
	mb: { fallback: '200, 500, 1000, 3000' },
	a: { fallback: '80' },
	b: { fallback: '95' },
	pyr: { fallback: '1, 4, 15' },
	sample: { fallback: '1', options: ['', '1'] },
	data: { fallback: '', maxLength: 4000, fragment: true },
} as const satisfies ParamSpecs;

export type SegmentationParams = typeof SEGMENTATION_PARAMS;

/** A table travels in the link only up to this many customers (and characters). */
export const MAX_LINK_ROWS = 50;

/** The table to put in the link, or null when it is too large to share that way. */
export function dataForLink(text: string): string | null {
	const lines = text.split('\n').filter((l) => l.trim() !== '');
	// One more line is allowed for a header.
	return lines.length <= MAX_LINK_ROWS + 1 && text.length <= SEGMENTATION_PARAMS.data.maxLength
		? text
		: null;
}

// TODO(issue 12): the form reader moves here from the island.
export const SEGMENTATION = defineCalculator({
	id: 'segmentation',
	component: 'SegmentationCalculator',
	idPrefix: 'seg',
	strings: ['seg.', 'kit.', 'issue.'],
	params: SEGMENTATION_PARAMS,
	check: () => ({}),
});
