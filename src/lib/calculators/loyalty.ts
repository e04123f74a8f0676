import type { ParamSpecs } from '../share/codec';
import { defineCalculator } from './spec';
import SAMPLES from '../../i18n/samples.zh-CN.json';
import { encodeList, encodeRows } from '../share/rows';

const TABLE = 2000;
const YES_NO = ['yes', 'no'] as const;
const LEVEL = ['high', 'low'] as const;

/**
 * Query parameters of the loyalty classifier (documented on /tools/loyalty/): the scheme, that
 * scheme's answers or scores (0–100), thresholds, and a table of customers to compare.
 */
export const LOYALTY_PARAMS = {
	scheme: { fallback: 'cause', options: ['cause', 'matrix', 'dickbasu', 'index'] },
	att: { fallback: 'low', options: LEVEL },
	rep: { fallback: 'high', options: LEVEL },
	alt: { fallback: 'yes', options: YES_NO },
	price: { fallback: 'no', options: YES_NO },
	reward: { fallback: 'no', options: YES_NO },
	s: { fallback: '80' },
	l: { fallback: '30' },
	st: { fallback: '50' },
	lt: { fallback: '50' },
	a: { fallback: '75' },
	pat: { fallback: '25' },
	at: { fallback: '50' },
	pt: { fallback: '50' },
	ix: { fallback: encodeList(['80', '70', '60', '50', '65', '70']), maxLength: 200 },
	iw: { fallback: encodeList(['3', '2', '2', '1', '1', '1']), maxLength: 200 },
	cc: {
		fallback: encodeRows(SAMPLES.loyalty.cc),
		maxLength: TABLE,
	},
	cm: {
		fallback: encodeRows(SAMPLES.loyalty.cm),
		maxLength: TABLE,
	},
	cd: {
		fallback: encodeRows(SAMPLES.loyalty.cd),
		maxLength: TABLE,
	},
} as const satisfies ParamSpecs;

export type LoyaltyParams = typeof LOYALTY_PARAMS;

// TODO(issue 12): the form reader moves here from the island.
export const LOYALTY = defineCalculator({
	id: 'loyalty',
	component: 'LoyaltyCalculator',
	idPrefix: 'loy',
	strings: ['loy.', 'kit.', 'issue.'],
	params: LOYALTY_PARAMS,
	check: () => ({}),
});
