/**
 * Generated exercises for chapter 4: customer lifetime value without and with discounting, and the
 * payback year. Answers come from computeClv in src/lib/crm/clv.ts, as in the CLV calculator.
 */
import { computeClv, type ClvInput, type ClvModel, type ClvResult } from '../../crm/clv';
import { formatNumber } from '../../format/number';
import { draw, type Draw } from '../draw';
import type { MathToken, SolutionStep } from '../math';
import type { Generated, Generator } from '../types';

const money = (x: number) => formatNumber(x, 2);

function drawInput(d: Draw): ClvInput {
	const yearlyCost = d.step(50, 300, 50);
	return {
		acquisitionCost: d.pick([200, 300, 500, 800, 1000]),
		firstPurchase: d.step(500, 3000, 100),
		yearlyRevenue: yearlyCost + d.step(300, 1500, 100),
		yearlyCost,
		years: d.int(3, 6),
		discountRate: d.pick([0.05, 0.06, 0.08, 0.1]),
		retentionRate: 1,
		timing: 'end',
		factors: 'exact',
	};
}

function clv(model: ClvModel, input: ClvInput): ClvResult {
	const r = computeClv(model, input);
	if (!r.ok) throw new Error('a finite model cannot diverge');
	return r.value;
}

const values = (i: ClvInput) => ({
	co: money(i.acquisitionCost),
	po: money(i.firstPurchase),
	in: money(i.yearlyRevenue),
	cs: money(i.yearlyCost),
	n: String(i.years),
	r: formatNumber(i.discountRate * 100, 2),
	p: formatNumber(i.retentionRate * 100, 2),
});

const query = (model: ClvModel, i: ClvInput) => ({
	model,
	co: String(i.acquisitionCost),
	po: String(i.firstPurchase),
	in: String(i.yearlyRevenue),
	cs: String(i.yearlyCost),
	n: String(i.years),
	r: String(i.discountRate * 100),
	p: String(i.retentionRate * 100),
	factors: 'exact' as const,
});

const initial = (i: ClvInput) => i.firstPurchase - i.acquisitionCost;

/** The parts every CLV exercise shares: the inputs as prompt values, the calculator link, the answer. */
function clvExercise(
	id: string,
	seed: number,
	model: ClvModel,
	input: ClvInput,
	answer: Generated['answer'],
	rest: Pick<Generated, 'mistakes' | 'steps'>,
): Generated {
	return {
		generator: id,
		seed,
		values: values(input),
		answer,
		...rest,
		calculator: { tool: 'clv', query: query(model, input) },
	};
}
const yuan = (value: number): Generated['answer'] => ({ kind: 'money', value, decimals: 2 });

export const clvUndiscountedExercise: Generator = {
	id: 'clv-undiscounted',
	placeholders: ['co', 'po', 'in', 'cs', 'n'],
	make(seed): Generated {
		const input = drawInput(draw(seed));
		const r = clv('undiscounted', input);
		const margin = input.yearlyRevenue - input.yearlyCost;
		return clvExercise(this.id, seed, 'undiscounted', input, yuan(r.total), {
			mistakes: [{ code: 'no-initial', value: r.total - initial(input) }],
			steps: [
				{
					kind: 'formula',
					tokens: [
						'CLV',
						'=',
						{ sub: ['P', 'o'] },
						'−',
						{ sub: ['C', 'o'] },
						'+',
						'n',
						'×',
						'(',
						{ sub: ['I', 'n'] },
						'−',
						{ sub: ['C', 's'] },
						')',
					],
				},
				{
					kind: 'substitute',
					tokens: [
						'CLV',
						'=',
						money(input.firstPurchase),
						'−',
						money(input.acquisitionCost),
						'+',
						String(input.years),
						'×',
						'(',
						money(input.yearlyRevenue),
						'−',
						money(input.yearlyCost),
						')',
					],
				},
				{
					kind: 'intermediate',
					tokens: ['CLV', '=', money(initial(input)), '+', String(input.years), '×', money(margin)],
				},
				{ kind: 'result', tokens: ['CLV', '=', money(r.total)] },
			],
		});
	},
};

const discountedSteps = (input: ClvInput, r: ClvResult): SolutionStep[] => [
	{
		kind: 'formula',
		tokens: [
			'CLV',
			'=',
			{ sub: ['P', 'o'] },
			'−',
			{ sub: ['C', 'o'] },
			'+',
			{ sum: [['t', '=', '1'], ['n']] },
			{
				frac: [
					[{ sub: ['I', 'n'] }, '−', { sub: ['C', 's'] }],
					[{ sup: [['(', '1', '+', 'r', ')'], ['t']] }],
				],
			},
		],
	},
	{
		kind: 'substitute',
		tokens: [
			'CLV',
			'=',
			money(initial(input)),
			'+',
			...r.rows.slice(1).flatMap((row, k): MathToken[] => [
				...(k > 0 ? ['+'] : []),
				{
					frac: [
						[money(row.net)],
						[{ sup: [['1', '+', formatNumber(input.discountRate, 2)], [String(row.year)]] }],
					],
				},
			]),
		],
	},
	{
		kind: 'intermediate',
		tokens: [
			'CLV',
			'=',
			money(initial(input)),
			...r.rows.slice(1).flatMap((row) => ['+', money(row.presentValue)]),
		],
	},
	{ kind: 'result', tokens: ['CLV', '=', money(r.total)] },
];

export const clvDiscountedExercise: Generator = {
	id: 'clv-discounted',
	placeholders: ['co', 'po', 'in', 'cs', 'n', 'r'],
	make(seed): Generated {
		const input = drawInput(draw(seed));
		const r = clv('discounted', input);
		const table = clv('discounted', { ...input, factors: 'table' }).total;
		return clvExercise(this.id, seed, 'discounted', input, yuan(r.total), {
			mistakes: [
				{ code: 'no-discount', value: clv('undiscounted', input).total },
				{ code: 'table-factor', value: table },
				{ code: 'no-initial', value: r.total - initial(input) },
			],
			steps: discountedSteps(input, r),
		});
	},
};

export const paybackYearExercise: Generator = {
	id: 'payback-year',
	placeholders: ['co', 'po', 'in', 'cs', 'n', 'r'],
	make(seed): Generated {
		const d = draw(seed);
		// Acquisition costs more than the first purchase brings, so the customer pays back in a later year.
		let input: ClvInput;
		let r: ClvResult;
		do {
			const base = drawInput(d);
			input = {
				...base,
				acquisitionCost: base.firstPurchase + d.step(500, 2500, 100),
				years: d.int(5, 8),
			};
			r = clv('discounted', input);
		} while (r.payback === null || r.payback < 2);
		const plain = clv('undiscounted', input).payback;
		return clvExercise(
			this.id,
			seed,
			'discounted',
			input,
			{ kind: 'integer', value: r.payback, decimals: 0 },
			{
				mistakes:
					plain !== null && plain !== r.payback ? [{ code: 'no-discount', value: plain }] : [],
				steps: [
					...discountedSteps(input, r).slice(0, 3),
					{
						kind: 'result',
						tokens: r.rows
							.slice(0, r.payback + 1)
							.flatMap((row, k): MathToken[] => [
								...(k > 0 ? [','] : []),
								{ sub: ['S', String(row.year)] },
								'=',
								money(row.cumulative),
							]),
					},
				],
			},
		);
	},
};

export const clvRetentionExercise: Generator = {
	id: 'clv-retention',
	placeholders: ['co', 'po', 'in', 'cs', 'n', 'r', 'p'],
	make(seed): Generated {
		const d = draw(seed);
		const input = { ...drawInput(d), retentionRate: d.pick([0.6, 0.7, 0.75, 0.8, 0.9]) };
		const r = clv('retention', input);
		const p = formatNumber(input.retentionRate, 2);
		return clvExercise(this.id, seed, 'retention', input, yuan(r.total), {
			mistakes: [
				{ code: 'no-retention', value: clv('discounted', input).total },
				{ code: 'no-discount', value: clv('retention', { ...input, discountRate: 0 }).total },
				{ code: 'no-initial', value: r.total - initial(input) },
			],
			steps: [
				{
					kind: 'formula',
					tokens: [
						'CLV',
						'=',
						{ sub: ['P', 'o'] },
						'−',
						{ sub: ['C', 'o'] },
						'+',
						{ sum: [['t', '=', '1'], ['n']] },
						'(',
						{ sub: ['I', 'n'] },
						'−',
						{ sub: ['C', 's'] },
						')',
						'×',
						{ frac: [[{ sup: [['p'], ['t']] }], [{ sup: [['(', '1', '+', 'r', ')'], ['t']] }]] },
					],
				},
				{
					kind: 'substitute',
					tokens: [
						'CLV',
						'=',
						money(initial(input)),
						...r.rows.slice(1).flatMap((row): MathToken[] => [
							'+',
							money(row.net),
							'×',
							{
								frac: [
									[{ sup: [[p], [String(row.year)]] }],
									[
										{
											sup: [['1', '+', formatNumber(input.discountRate, 2)], [String(row.year)]],
										},
									],
								],
							},
						]),
					],
				},
				{
					kind: 'intermediate',
					tokens: [
						'CLV',
						'=',
						money(initial(input)),
						...r.rows.slice(1).flatMap((row) => ['+', money(row.presentValue)]),
					],
				},
				{ kind: 'result', tokens: ['CLV', '=', money(r.total)] },
			],
		});
	},
};

export const clvInfiniteExercise: Generator = {
	id: 'clv-infinite',
	placeholders: ['co', 'po', 'in', 'cs', 'r', 'p'],
	make(seed): Generated {
		const d = draw(seed);
		const input = { ...drawInput(d), retentionRate: d.pick([0.5, 0.6, 0.7, 0.75, 0.8, 0.9]) };
		const r = clv('infinite', input);
		const margin = input.yearlyRevenue - input.yearlyCost;
		const denominator = 1 + input.discountRate - input.retentionRate;
		return clvExercise(this.id, seed, 'infinite', input, yuan(r.total), {
			mistakes: [
				{ code: 'no-retention', value: initial(input) + margin / input.discountRate },
				{ code: 'no-initial', value: r.total - initial(input) },
			],
			steps: [
				{
					kind: 'formula',
					tokens: [
						'CLV',
						'=',
						{ sub: ['P', 'o'] },
						'−',
						{ sub: ['C', 'o'] },
						'+',
						{
							frac: [
								['(', { sub: ['I', 'n'] }, '−', { sub: ['C', 's'] }, ')', '×', 'p'],
								['1', '+', 'r', '−', 'p'],
							],
						},
					],
				},
				{
					kind: 'substitute',
					tokens: [
						'CLV',
						'=',
						money(initial(input)),
						'+',
						{
							frac: [
								[money(margin), '×', formatNumber(input.retentionRate, 2)],
								[
									'1',
									'+',
									formatNumber(input.discountRate, 2),
									'−',
									formatNumber(input.retentionRate, 2),
								],
							],
						},
					],
				},
				{
					kind: 'intermediate',
					tokens: [
						'CLV',
						'=',
						money(initial(input)),
						'+',
						{ frac: [[money(margin * input.retentionRate)], [formatNumber(denominator, 4)]] },
					],
				},
				{ kind: 'result', tokens: ['CLV', '=', money(r.total)] },
			],
		});
	},
};
