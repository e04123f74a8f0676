/**
 * The calculator's typed options (bounds, cut-offs, tier sizes) into SegmentOptions, or Chinese
 * messages naming the field to fix.
 */
import { parseNumber, readSeries, splitSeries, type FieldSpec } from '../../lib/crm/parse';
import type { Dimension } from '../../lib/crm/rfm';
import type { SegmentOptions } from '../../lib/crm/segment';
import type { StateOf } from '../../lib/share/codec';
import type { SegmentationParams } from '../../lib/calculators/segmentation';
import { issueMessage } from '../../i18n/issues';
import { t } from '../../i18n/client';

const BOUND: Record<Dimension, FieldSpec> = {
	recency: { kind: 'integer', min: 0, max: 100_000 },
	frequency: { kind: 'integer', min: 0, max: 1e9 },
	monetary: { kind: 'money', min: 0, max: 1e13 },
};
const CUTOFF: FieldSpec = { kind: 'percent', min: 0, max: 1 };
const PARAM: Record<Dimension, 'rb' | 'fb' | 'mb'> = {
	recency: 'rb',
	frequency: 'fb',
	monetary: 'mb',
};

export type OptionErrors = Partial<Record<'rb' | 'fb' | 'mb' | 'a' | 'b' | 'pyr', string>>;

/** Four ascending numbers, or a message. */
function bounds(
	text: string,
	spec: FieldSpec,
	example: string,
): [number, number, number, number] | string {
	const items = splitSeries(text);
	const read = readSeries(items, spec);
	if (read.issues.length > 0) return issueMessage(read.issues[0]!.issues, spec);
	const v = read.values;
	if (v.length !== 4 || !(v[0]! < v[1]! && v[1]! < v[2]! && v[2]! < v[3]!))
		return t('seg.issue.bounds', { example });
	return v as [number, number, number, number];
}

export function readOptions(
	state: StateOf<SegmentationParams>,
	defaults: StateOf<SegmentationParams>,
): { options: SegmentOptions; errors: OptionErrors } {
	const errors: OptionErrors = {};
	const options: SegmentOptions = {};
	if (state.score === 'threshold') {
		options.thresholds = {};
		for (const d of ['recency', 'frequency', 'monetary'] as const) {
			const key = PARAM[d];
			const b = bounds(state[key], BOUND[d], defaults[key]);
			if (typeof b === 'string') errors[key] = b;
			else options.thresholds[d] = b;
		}
	}
	const a = parseNumber(state.a, CUTOFF);
	const b = parseNumber(state.b, CUTOFF);
	if (!a.ok) errors.a = issueMessage(a.issues, CUTOFF);
	if (!b.ok) errors.b = issueMessage(b.issues, CUTOFF);
	if (a.ok && b.ok && !(a.value > 0 && a.value <= b.value)) errors.b = t('seg.problem.bad-cutoffs');
	const tiers = readSeries(splitSeries(state.pyr), CUTOFF);
	const sizes = tiers.values;
	if (tiers.issues.length > 0 || sizes.length !== 3 || sizes[0]! + sizes[1]! + sizes[2]! > 1 + 1e-9)
		errors.pyr = t('seg.issue.pyr');
	options.abc = {
		a: a.ok ? a.value : 0.8,
		b: b.ok ? b.value : 0.95,
		pyramid: errors.pyr
			? [0.01, 0.05, 0.2]
			: [sizes[0]!, sizes[0]! + sizes[1]!, Math.min(1, sizes[0]! + sizes[1]! + sizes[2]!)],
	};
	return { options, errors };
}
