import type { ParamSpecs } from '../share/codec';
import { defineCalculator } from './spec';
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
		fallback: encodeRows([
			['产品质量', '8', '9', '4'],
			['服务态度', '8', '7', '3'],
			['价格', '7', '7', '3'],
		]),
		maxLength: TABLE,
	},
	items: {
		fallback: encodeRows([
			['产品质量', '4', '0.5'],
			['服务态度', '3', '0.3'],
			['价格', '5', '0.2'],
		]),
		maxLength: TABLE,
	},
	smin: { fallback: '1' },
	smax: { fallback: '5' },
	acsi: {
		fallback: encodeRows([
			['总体满意度', '8', '0.4'],
			['与预期相比', '7', '0.3'],
			['与理想相比', '9', '0.3'],
		]),
		maxLength: TABLE,
	},
	sq: {
		fallback: encodeRows([
			['tangibles', '设施与设备', '6', '5.5'],
			['reliability', '按承诺提供服务', '7', '5'],
			['responsiveness', '及时回应', '6', '6.5'],
			['assurance', '员工专业可信', '6.5', '6'],
			['empathy', '关心每位客户', '5.5', '5'],
		]),
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
