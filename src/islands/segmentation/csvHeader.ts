import type { SegmentationMethod } from '../../lib/calculators/segmentation';
import { assertNever } from '../../lib/result';
import type { MessageKey } from '../../i18n';

/** The CSV's columns for a method, in the order engine.csv writes them. */
export function csvHeader(method: SegmentationMethod): MessageKey[] {
	switch (method) {
		case 'rfm':
			return [
				'seg.col.id',
				'seg.col.recency',
				'seg.col.frequency',
				'seg.col.monetary',
				'seg.col.r',
				'seg.col.f',
				'seg.col.m',
				'seg.col.code',
				'seg.col.group',
			];
		case 'abc':
		case 'pyramid':
			return [
				'seg.col.rank',
				'seg.col.id',
				'seg.col.monetary',
				'seg.col.cumulative',
				method === 'abc' ? 'seg.col.class' : 'seg.col.tier',
			];
		default:
			return assertNever(method);
	}
}
