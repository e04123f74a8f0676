import type { ParamSpecs } from '../share/codec';
import { defineCalculator } from './spec';
import SAMPLES from '../../i18n/samples.zh-CN.json';
import { encodeList, encodeRows } from '../share/rows';

const TABLE = 2000;

/**
 * Query parameters of the satisfaction calculator (documented on /tools/satisfaction/). Tables
 * travel as rows (see rows.ts), so a link restores a whole table. Defaults are worked examples:
 * the ACSI form with means 8, 7, 9 and weights 0.4, 0.3, 0.3; a 5-point distribution; an NPS survey.
 */
export const SATISFACTION_PARAMS = {
	mode: {
		fallback: 'ratio',
		options: ['ratio', 'index', 'acsi', 'servqual', 'distribution', 'nps'],
	},
	e: { fallback: '8' },
	p: { fallback: '9' },
	band: { fallback: '5' },
	attrs: {
		fallback: encodeRows(SAMPLES.satisfaction.attrs),
		maxLength: TABLE,
	},
	items: {
		fallback: encodeRows(SAMPLES.satisfaction.items),
		maxLength: TABLE,
	},
	smin: { fallback: '1' },
	smax: { fallback: '5' },
	acsi: {
		fallback: encodeRows(SAMPLES.satisfaction.acsi),
		maxLength: TABLE,
	},
	sq: {
		fallback: encodeRows(SAMPLES.satisfaction.sq),
		maxLength: TABLE,
	},
	sqw: { fallback: encodeList(['20', '30', '20', '15', '15']), maxLength: 200 },
	dmin: { fallback: '1' },
	dist: { fallback: encodeList(['2', '3', '10', '25', '10']), maxLength: 400 },
	nps: {
		fallback: encodeList(['0', '0', '0', '0', '0', '5', '5', '10', '10', '20', '10']),
		maxLength: 400,
	},
} as const satisfies ParamSpecs;

export type SatisfactionParams = typeof SATISFACTION_PARAMS;

// TODO(issue 12): the form reader moves here from the island.
export const SATISFACTION = defineCalculator({
	id: 'satisfaction',
	component: 'SatisfactionCalculator',
	idPrefix: 'sat',
	strings: ['sat.', 'kit.', 'issue.'],
	params: SATISFACTION_PARAMS,
	check: () => ({}),
});
