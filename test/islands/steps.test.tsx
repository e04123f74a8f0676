import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';

vi.mock('chart.js', () => import('./fakeChart'));

import Clv, { CLV_STRINGS } from '../../src/islands/ClvCalculator';
import Loyalty, { LOYALTY_STRINGS } from '../../src/islands/LoyaltyCalculator';
import Satisfaction, { SATISFACTION_STRINGS } from '../../src/islands/SatisfactionCalculator';
import { pickStrings } from '../../src/i18n';
import { clauseSides, clauseValues, evaluate, type Side } from './stepArithmetic';

/**
 * Every calculator's worked steps, for the chapters' cases and for numbers of our own: the
 * substitution line's arithmetic, evaluated independently (stepArithmetic.ts), gives what the
 * result line says, and that is the result the calculator shows. Each side of a clause that is
 * arithmetic agrees with the others (a "= 3.9" after a sum is that sum).
 */
afterEach(cleanup);

/** Two sides agree when they are within the rounding either of them shows. */
const agree = (a: Side, b: Side) =>
	Math.abs(a.value - b.value) <= a.slack + b.slack + 1e-9 * Math.abs(b.value);

interface Case {
	name: string;
	render: () => void;
	/** The output whose value the last result clause gives. */
	result: string;
}

const satisfaction = (defaults: Record<string, string>) => () =>
	render(
		<Satisfaction
			strings={pickStrings(SATISFACTION_STRINGS)}
			syncUrl={false}
			defaults={defaults}
		/>,
	);
const loyalty = (defaults: Record<string, string>) => () =>
	render(<Loyalty strings={pickStrings(LOYALTY_STRINGS)} syncUrl={false} defaults={defaults} />);
const clv = (defaults: Record<string, string>) => () =>
	render(<Clv strings={pickStrings(CLV_STRINGS)} syncUrl={false} defaults={defaults} />);

const CASES: Case[] = [
	{
		name: 'C = P / E, chapter 2',
		render: satisfaction({ mode: 'ratio', e: '8', p: '9' }),
		result: 'ratio',
	},
	{
		name: 'C = P / E, own numbers',
		render: satisfaction({ mode: 'ratio', e: '7.5', p: '6.2' }),
		result: 'ratio',
	},
	{
		name: 'weighted index, example 2-3',
		render: satisfaction({
			mode: 'index',
			items: '产品质量|4|0.5;服务态度|3|0.3;价格|5|0.2',
			smin: '1',
			smax: '5',
		}),
		result: 'csi',
	},
	{
		name: 'weighted index, 7-point scale, weights not summing to 1',
		render: satisfaction({
			mode: 'index',
			items: '甲|5.5|3;乙|4.25|2;丙|6|1',
			smin: '1',
			smax: '7',
		}),
		result: 'csi',
	},
	{
		name: 'ACSI, example 2-2',
		render: satisfaction({
			mode: 'acsi',
			acsi: '总体满意度|8|0.4;与预期相比|7|0.3;与理想相比|9|0.3',
		}),
		result: 'acsi',
	},
	{
		name: 'ACSI, weights summing to 5',
		render: satisfaction({ mode: 'acsi', acsi: '甲|7.2|2;乙|8.6|2;丙|5.9|1' }),
		result: 'acsi',
	},
	{
		name: 'NPS, chapter 2',
		render: satisfaction({ mode: 'nps', nps: '2|1|1|2|4|10|20|30|40|50|40' }),
		result: 'nps',
	},
	{
		name: 'NPS, own counts',
		render: satisfaction({ mode: 'nps', nps: '0|3|0|5|2|9|11|7|30|12|6' }),
		result: 'nps',
	},
	{
		name: 'SERVQUAL, chapter 2, weighted',
		render: satisfaction({
			mode: 'servqual',
			sq: 'tangibles|设施设备现代|6|5.5;tangibles|员工仪表整洁|5.5|6;reliability|按承诺时间办完|6.8|5.2;reliability|第一次就办对|6.6|5.4;responsiveness|及时告知办理进度|6.2|5;responsiveness|迅速提供服务|6.4|5.2;assurance|员工值得信任|6|5.8;assurance|员工专业知识充分|6.2|5.6;empathy|给予个别关心|5.4|5;empathy|营业时间方便|5.8|5.6',
			sqw: '20|30|20|15|15',
		}),
		result: 'servqual-weighted',
	},
	{
		name: 'loyalty index, chapter 3',
		render: loyalty({ scheme: 'index', ix: '85|70|60|40|55|65', iw: '3|2|2|1|1|1' }),
		result: 'index',
	},
	{
		name: 'loyalty index, own numbers',
		render: loyalty({ scheme: 'index', ix: '33|90|71|12|58|64', iw: '1|4|2|0|2|3' }),
		result: 'index',
	},
	{
		name: 'CLV undiscounted',
		render: clv({ model: 'undiscounted', co: '500', po: '3000', in: '1000', cs: '100', n: '10' }),
		result: 'clv',
	},
	{
		name: 'CLV discounted, textbook',
		render: clv({
			model: 'discounted',
			co: '500',
			po: '3000',
			in: '1000',
			cs: '100',
			n: '10',
			r: '8',
		}),
		result: 'clv',
	},
	{
		name: 'CLV discounted, mid-year',
		render: clv({
			model: 'discounted',
			co: '120',
			po: '80',
			in: '640',
			cs: '210',
			n: '6',
			r: '12',
			timing: 'mid',
		}),
		result: 'clv',
	},
	{
		name: 'CLV with retention',
		render: clv({
			model: 'retention',
			co: '500',
			po: '3000',
			in: '1000',
			cs: '100',
			n: '10',
			r: '10',
			p: '90',
		}),
		result: 'clv',
	},
	{
		name: 'CLV infinite horizon',
		render: clv({ model: 'infinite', co: '300', po: '200', in: '900', cs: '250', r: '9', p: '75' }),
		result: 'clv',
	},
	{
		name: 'CLV simple spend',
		render: clv({ model: 'spend', spend: '86.5', visits: '14', years: '6' }),
		result: 'clv',
	},
];

function steps(): { label: string; text: string }[] {
	return [...document.querySelectorAll('.steps__item')].map((item) => ({
		label: item.querySelector('.steps__label')?.textContent ?? '',
		text: item.querySelector('math')?.getAttribute('aria-label') ?? '',
	}));
}

describe.each(CASES)('the worked steps: $name', ({ render: draw, result }) => {
	test('formula, substitution, result; the substitution computes the result shown', () => {
		draw();
		const lines = steps();
		expect(lines.map((l) => l.label)).toEqual(['公式', '代入数值', '结果']);
		const [, substituted, outcome] = lines.map((l) => clauseSides(l.text));
		const say = JSON.stringify(lines.map((l) => l.text));
		// Each clause's arithmetic sides agree with each other.
		for (const clause of [...substituted!, ...outcome!])
			for (const side of clause) expect(agree(side, clause.at(-1)!), say).toBe(true);
		// The result line's clauses are the substitution's last clauses, computed.
		expect(outcome!.length).toBeGreaterThan(0);
		const tail = substituted!.slice(-outcome!.length);
		expect(tail.length, say).toBe(outcome!.length);
		tail.forEach((clause, k) =>
			expect(agree(clause[0]!, outcome![k]!.at(-1)!), `${say}: clause ${k}`).toBe(true),
		);
		const shown = Number(
			document.querySelector(`output[data-result="${result}"]`)?.getAttribute('data-value'),
		);
		expect(agree(outcome!.at(-1)!.at(-1)!, { value: shown, slack: 0 }), say).toBe(true);
	});
});

test('the evaluator reads what the steps write', () => {
	expect(evaluate('(0.5 × 4 + 0.3 × 3 + 0.2 × 5) ÷ 1')).toBeCloseTo(3.9, 12);
	expect(evaluate('¥3,000.00 − ¥500.00 + 10 × (1,000.00 − 100.00)')).toBe(11500);
	expect(evaluate('2 − −3 × 2^3')).toBe(26);
	// 900 × Σ 1/1.08^t over ten years = 900 × 6.710081…
	expect(evaluate('900 × Σ(t=1…10) 1 / (1 + 0.08)^t')).toBeCloseTo(6039.0733, 3);
	expect(evaluate('Σ(t=1…3) t × 2 + 1')).toBe(13);
	expect(() => evaluate('3 × w')).toThrow();
	expect(clauseValues('C = 6 / 8，不满意')).toEqual([[0.75]]);
});
