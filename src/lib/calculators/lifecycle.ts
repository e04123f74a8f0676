import type { ParamSpecs } from '../share/codec';
import { defineCalculator } from './spec';

/**
 * Query parameters of the lifecycle calculator (documented on /tools/lifecycle/): the series `v`
 * (comma-separated, as typed), whether it is levels in percent or amounts with a `potential`, the
 * thresholds in percent, and optional `revenue` and `cost` series.
 */
export const LIFECYCLE_PARAMS = {
	v: { fallback: '10, 20, 35, 55, 75, 85, 90, 88, 70, 50', maxLength: 1000 },
	unit: { fallback: 'percent', options: ['percent', 'amount'] },
	potential: { fallback: '' },
	formation: { fallback: '30' },
	stability: { fallback: '80' },
	drop: { fallback: '10' },
	run: { fallback: '2' },
	revenue: { fallback: '', maxLength: 1000 },
	cost: { fallback: '', maxLength: 1000 },
} as const satisfies ParamSpecs;

export type LifecycleParams = typeof LIFECYCLE_PARAMS;

// TODO(issue 12): the form reader moves here from the island.
export const LIFECYCLE = defineCalculator({
	id: 'lifecycle',
	component: 'LifecycleCalculator',
	idPrefix: 'life',
	strings: ['life.', 'kit.', 'issue.'],
	params: LIFECYCLE_PARAMS,
	check: () => ({}),
});
