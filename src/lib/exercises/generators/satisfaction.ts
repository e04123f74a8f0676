/**
 * Generated exercises for chapter 2: the satisfaction ratio, the weighted index, the SERVQUAL gap
 * and NPS. Answers come from src/lib/crm/satisfaction.ts, the functions the calculator uses.
 */
import {
	nps,
	satisfactionRatio,
	servqual,
	weightedIndex,
	SERVQUAL_DIMENSIONS,
} from '../../crm/satisfaction';
import { formatNumber } from '../../format/number';
import { encodeList, encodeRows } from '../../share/rows';
import { draw } from '../draw';
import type { Generator } from '../types';

const n = (x: number, d = 2) => formatNumber(x, d);
const must = <T>(o: { ok: true; value: T } | { ok: false }): T => {
	if (!o.ok) throw new Error('generator drew invalid numbers');
	return o.value;
};

export const satisfactionRatioExercise: Generator = {
	id: 'satisfaction-ratio',
	placeholders: ['p', 'e'],
	make(seed) {
		const d = draw(seed);
		const e = d.step(6, 9, 0.1);
		const p = Math.min(10, Math.max(1, Number((e + d.step(-1.5, 1.5, 0.1)).toFixed(1))));
		const r = must(satisfactionRatio(p, e));
		return {
			generator: this.id,
			seed,
			values: { p: n(p, 1), e: n(e, 1) },
			answer: { kind: 'number', value: r.ratio, decimals: 2 },
			mistakes: [{ code: 'inverted', value: e / p }],
			steps: [
				{ kind: 'formula', tokens: ['C', '=', { frac: [['P'], ['E']] }] },
				{ kind: 'substitute', tokens: ['C', '=', { frac: [[n(p, 1)], [n(e, 1)]] }] },
				{ kind: 'result', tokens: ['C', '=', n(r.ratio, 4)] },
			],
			calculator: { tool: 'satisfaction', query: { mode: 'ratio', p: String(p), e: String(e) } },
		};
	},
};

const WEIGHT_SETS = [
	[0.5, 0.3, 0.2],
	[0.4, 0.4, 0.2],
	[0.4, 0.35, 0.25],
	[0.3, 0.3, 0.4],
	[0.6, 0.25, 0.15],
	[0.45, 0.35, 0.2],
] as const;

export const satisfactionIndexExercise: Generator = {
	id: 'satisfaction-index',
	placeholders: [],
	make(seed) {
		const d = draw(seed);
		const weights = [...d.pick(WEIGHT_SETS)];
		const scores = weights.map(() => d.int(2, 5));
		const r = must(weightedIndex(scores, weights, { min: 1, max: 5 }));
		const names = ['A', 'B', 'C'];
		return {
			generator: this.id,
			seed,
			values: {},
			table: {
				columns: ['attribute', 'weight', 'score'],
				rows: names.map((name, i) => [name, n(weights[i]!), String(scores[i])]),
			},
			answer: { kind: 'number', value: r.index, decimals: 1 },
			mistakes: [
				{ code: 'no-rescale', value: (r.mean / 5) * 100 },
				{ code: 'fraction', value: r.index / 100 },
			],
			steps: [
				{
					kind: 'formula',
					tokens: [
						'x̄',
						'=',
						{ sum: [['i'], []] },
						{ sub: ['w', 'i'] },
						{ sub: ['s', 'i'] },
						',',
						'CSI',
						'=',
						{
							frac: [
								['x̄', '−', '1'],
								['5', '−', '1'],
							],
						},
						'×',
						'100',
					],
				},
				{
					kind: 'substitute',
					tokens: [
						'x̄',
						'=',
						...weights.flatMap((w, i) => [...(i > 0 ? ['+'] : []), n(w), '×', String(scores[i])]),
					],
				},
				{
					kind: 'intermediate',
					tokens: [
						'x̄',
						'=',
						n(r.mean, 4),
						',',
						'CSI',
						'=',
						{ frac: [[n(r.mean, 4), '−', '1'], ['4']] },
						'×',
						'100',
					],
				},
				{ kind: 'result', tokens: ['CSI', '=', n(r.index, 2)] },
			],
			calculator: {
				tool: 'satisfaction',
				query: {
					mode: 'index',
					smin: '1',
					smax: '5',
					items: encodeRows(names.map((name, i) => [name, String(scores[i]), String(weights[i])])),
				},
			},
		};
	},
};

export const servqualGapExercise: Generator = {
	id: 'servqual-gap',
	placeholders: [],
	make(seed) {
		const d = draw(seed);
		const rows = SERVQUAL_DIMENSIONS.map((dimension) => {
			const expected = d.step(5, 7, 0.5);
			return { dimension, expected, perceived: Math.max(1, expected - d.step(-0.5, 1.5, 0.5)) };
		});
		const r = must(servqual(rows));
		return {
			generator: this.id,
			seed,
			values: {},
			table: {
				columns: ['dimension', 'expected', 'perceived'],
				rows: rows.map((x) => [x.dimension, n(x.expected, 1), n(x.perceived, 1)]),
			},
			answer: { kind: 'number', value: r.gap, decimals: 2 },
			mistakes: [{ code: 'sign', value: -r.gap }],
			steps: [
				{
					kind: 'formula',
					tokens: [
						'G',
						'=',
						{
							frac: [
								[{ sum: [['d'], []] }, '(', { sub: ['P', 'd'] }, '−', { sub: ['E', 'd'] }, ')'],
								['5'],
							],
						},
					],
				},
				{
					kind: 'substitute',
					tokens: [
						'G',
						'=',
						{
							frac: [
								rows.flatMap((x, i) => [
									...(i > 0 ? ['+'] : []),
									'(',
									n(x.perceived, 1),
									'−',
									n(x.expected, 1),
									')',
								]),
								['5'],
							],
						},
					],
				},
				{ kind: 'result', tokens: ['G', '=', n(r.gap, 4)] },
			],
			calculator: {
				tool: 'satisfaction',
				query: {
					mode: 'servqual',
					sq: encodeRows(
						rows.map((x) => [x.dimension, x.dimension, String(x.expected), String(x.perceived)]),
					),
					sqw: encodeList(['20', '20', '20', '20', '20']),
				},
			},
		};
	},
};

export const npsExercise: Generator = {
	id: 'nps',
	placeholders: ['total', 'promoters', 'passives', 'detractors'],
	make(seed) {
		const d = draw(seed);
		const total = d.pick([100, 200, 250, 400, 500]);
		const promoters = Math.round(total * d.step(0.2, 0.6, 0.05));
		const detractors = Math.round(total * d.step(0.05, 0.35, 0.05));
		const passives = total - promoters - detractors;
		const counts = [0, 0, 0, 0, 0, detractors, 0, passives, 0, promoters, 0];
		const r = must(nps(counts));
		return {
			generator: this.id,
			seed,
			values: {
				total: String(total),
				promoters: String(promoters),
				passives: String(passives),
				detractors: String(detractors),
			},
			answer: { kind: 'points', value: r.nps, decimals: 1 },
			mistakes: [{ code: 'fraction', value: r.nps / 100 }],
			steps: [
				{
					kind: 'formula',
					tokens: [
						'NPS',
						'=',
						{ frac: [['P'], ['N']] },
						'×',
						'100',
						'−',
						{ frac: [['D'], ['N']] },
						'×',
						'100',
					],
				},
				{
					kind: 'substitute',
					tokens: [
						'NPS',
						'=',
						{ frac: [[String(promoters)], [String(total)]] },
						'×',
						'100',
						'−',
						{ frac: [[String(detractors)], [String(total)]] },
						'×',
						'100',
					],
				},
				{ kind: 'result', tokens: ['NPS', '=', n(r.nps, 2)] },
			],
			calculator: {
				tool: 'satisfaction',
				query: { mode: 'nps', nps: encodeList(counts.map(String)) },
			},
		};
	},
};
