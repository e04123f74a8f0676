/**
 * Segmenting a whole customer base at once (chapter 6, labs 2–4): RFM scores, codes and the eight
 * groups, ABC classes and pyramid tiers, with counts and revenue shares per group. Columns in, typed
 * arrays out, so a million customers fit in memory and cross to a worker and back cheaply.
 */
import {
	ABC_CLASSES,
	PYRAMID_TIERS,
	abcColumns,
	type AbcClass,
	type AbcColumns,
	type AbcIssue,
	type AbcOptions,
	type PyramidTier,
} from './abc';
import type { CustomerColumns } from './customers';
import { summariseGroups, type GroupSummary } from './groups';
import { ascendingOrder } from './order';
import { RFM_GROUPS, rfmColumns, type RfmColumns, type RfmGroup, type Thresholds } from './rfm';
import type { Result } from '../result';

export interface SegmentOptions {
	/** Per-dimension score boundaries; quintiles for any dimension left out. */
	thresholds?: Thresholds;
	abc?: Partial<AbcOptions>;
}

export interface Segmentation {
	n: number;
	rfm: RfmColumns;
	rfmGroups: GroupSummary<RfmGroup>[];
	/** Customers per RFM code: index (r − 1) · 25 + (f − 1) · 5 + (m − 1). */
	codeCounts: Uint32Array;
	/** Null when no customer spent anything (ABC needs a positive total). */
	abc: AbcColumns | null;
	abcGroups: GroupSummary<AbcClass>[];
	tierGroups: GroupSummary<PyramidTier>[];
}

export type SegmentIssue = 'no-customers' | AbcIssue;

/**
 * @example segmentCustomers(sampleCustomers(200)).value.rfmGroups.reduce((s, g) => s + g.count, 0) // 200
 */
export function segmentCustomers(
	c: CustomerColumns,
	options: SegmentOptions = {},
): Result<Segmentation, SegmentIssue> {
	const n = c.ids.length;
	if (n === 0) return { ok: false, issues: ['no-customers'] };
	const byMoney = ascendingOrder(c.monetary);
	const abc = abcColumns(c.monetary, options.abc, byMoney);
	if (!abc.ok && abc.issues[0] !== 'no-revenue') return abc;
	const rfm = rfmColumns(c, options.thresholds, { monetary: byMoney });
	const codeCounts = new Uint32Array(125);
	for (let i = 0; i < n; i++)
		codeCounts[(rfm.r[i]! - 1) * 25 + (rfm.f[i]! - 1) * 5 + rfm.m[i]! - 1]!++;
	const columns = abc.ok ? abc.value : null;
	return {
		ok: true,
		value: {
			n,
			rfm,
			rfmGroups: summariseGroups(RFM_GROUPS, rfm.group, c.monetary),
			codeCounts,
			abc: columns,
			abcGroups: columns ? summariseGroups(ABC_CLASSES, columns.abc, c.monetary) : [],
			tierGroups: columns ? summariseGroups(PYRAMID_TIERS, columns.tier, c.monetary) : [],
		},
	};
}

/**
 * At most `max` + 1 points of the Pareto curve (share of customers, share of revenue), from (0, 0)
 * to (1, 1), evenly spaced by rank so that a million customers still draw quickly.
 * @example paretoPoints(Float64Array.of(0.5, 0.8, 1), 3) // [[0, 0], [1/3, 0.5], [2/3, 0.8], [1, 1]]
 */
export function paretoPoints(cumulative: Float64Array, max = 100): [number, number][] {
	const n = cumulative.length;
	const steps = Math.min(n, max);
	const points: [number, number][] = [[0, 0]];
	for (let s = 1; s <= steps; s++) {
		const k = Math.round((s * n) / steps);
		points.push([k / n, cumulative[k - 1]!]);
	}
	return points;
}
