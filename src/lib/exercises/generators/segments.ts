/**
 * Generated exercises for chapters 5 and 6: an RFM recency score, an ABC class and a lifecycle
 * stage. Answers come from src/lib/crm/rfm.ts, abc.ts and lifecycle.ts, as in the calculators.
 */
import { classifyAbc, type AbcClass } from '../../crm/abc';
import { stageSeries, type Stage } from '../../crm/lifecycle';
import { quintileScores } from '../../crm/rfm';
import { formatNumber } from '../../format/number';
import { draw } from '../draw';
import type { Generated, Generator } from '../types';

const names = (k: number) => Array.from({ length: k }, (_, i) => `C${i + 1}`);

export const rfmScoreExercise: Generator = {
	id: 'rfm-score',
	placeholders: ['customer', 'n'],
	make(seed): Generated {
		const d = draw(seed);
		const k = d.int(6, 10);
		const days = Array.from({ length: k }, () =>
			d.pick([3, 5, 7, 10, 12, 15, 20, 25, 30, 40, 45, 60, 75, 90, 120, 150, 180]),
		);
		const who = d.int(0, k - 1);
		const scores = quintileScores(days, true);
		const reversed = quintileScores(days, false)[who]!;
		const worse = days.filter((x) => x > days[who]!).length;
		return {
			generator: this.id,
			seed,
			values: { customer: names(k)[who]!, n: String(k) },
			table: {
				columns: ['customer', 'recency'],
				rows: names(k).map((c, i) => [c, String(days[i])]),
			},
			answer: { kind: 'integer', value: scores[who]!, decimals: 0 },
			mistakes: reversed !== scores[who] ? [{ code: 'reversed', value: reversed }] : [],
			steps: [
				{ kind: 'formula', tokens: ['s', '=', '⌈', { frac: [['5', '×', 'rank'], ['n']] }, '⌉'] },
				{
					kind: 'intermediate',
					tokens: ['rank', '=', '1', '+', String(worse), '=', String(worse + 1)],
				},
				{
					kind: 'substitute',
					tokens: [
						's',
						'=',
						'⌈',
						{ frac: [['5', '×', String(worse + 1)], [String(k)]] },
						'⌉',
						'=',
						'⌈',
						formatNumber((5 * (worse + 1)) / k, 4),
						'⌉',
					],
				},
				{ kind: 'result', tokens: ['s', '=', String(scores[who])] },
			],
			calculator: {
				tool: 'segmentation',
				query: {
					method: 'rfm',
					sample: '',
					data: names(k)
						.map((c, i) => `${c},${days[i]},1,1`)
						.join('\n'),
				},
			},
		};
	},
};

export const abcClassExercise: Generator = {
	id: 'abc-class',
	placeholders: ['customer', 'n'],
	make(seed): Generated {
		const d = draw(seed);
		const k = d.int(8, 10);
		// Distinct amounts: with ties the class at the A/B line would hang on the order of the table.
		const pool = [5, 8, 10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100, 150, 200, 300];
		const revenue = Array.from({ length: k }, () => pool.splice(d.int(0, pool.length - 1), 1)[0]!);
		const list = names(k).map((id, i) => ({ id, revenue: revenue[i]! }));
		const r = classifyAbc(list);
		if (!r.ok) throw new Error('positive revenue always classifies');
		// Half the time ask about the customer nearest the A/B line, where the rule matters.
		const boundary = r.value.rows.find((row) => row.cumulative >= 0.8 - 1e-12)!;
		const row = d.chance(0.5) ? boundary : d.pick(r.value.rows);
		const own: AbcClass =
			row.cumulative <= 0.8 + 1e-12 ? 'A' : row.cumulative <= 0.95 + 1e-12 ? 'B' : 'C';
		const before = row.cumulative - row.share;
		return {
			generator: this.id,
			seed,
			values: { customer: row.id, n: String(k) },
			table: { columns: ['customer', 'revenue'], rows: list.map((c) => [c.id, String(c.revenue)]) },
			answer: { kind: 'choice', value: row.abc, decimals: 0, scheme: 'abc-class' },
			mistakes: own !== row.abc ? [{ code: 'own-cumulative', value: own }] : [],
			steps: [
				{
					kind: 'formula',
					tokens: [
						{ sub: ['S', 'k−1'] },
						'<',
						'80%',
						'→',
						'A',
						',',
						{ sub: ['S', 'k−1'] },
						'<',
						'95%',
						'→',
						'B',
					],
				},
				{
					kind: 'substitute',
					tokens: [
						'k',
						'=',
						String(row.rank),
						',',
						{ sub: ['S', 'k−1'] },
						'=',
						`${formatNumber(before * 100, 2)}%`,
						',',
						{ sub: ['S', 'k'] },
						'=',
						`${formatNumber(row.cumulative * 100, 2)}%`,
					],
				},
				{ kind: 'result', tokens: [row.id, '→', row.abc] },
			],
			calculator: {
				tool: 'segmentation',
				query: {
					method: 'abc',
					sample: '',
					data: list.map((c) => `${c.id},${c.revenue}`).join('\n'),
				},
			},
		};
	},
};

export const lifecycleStageExercise: Generator = {
	id: 'lifecycle-stage',
	placeholders: ['n'],
	make(seed): Generated {
		const d = draw(seed);
		const k = d.int(5, 7);
		// A rise, and sometimes a fall at the end, in steps of 5 percentage points.
		const peak = d.step(40, 95, 5);
		const start = d.step(5, 20, 5);
		const rise = d.step(10, 25, 5);
		// A steady rise that levels off at the peak, so the only turn is the fall at the end.
		const levels = Array.from({ length: k }, (_, t) => Math.min(peak, start + t * rise));
		const fall = d.pick([0, 0, 10, 20, 35, 100]);
		levels[k - 1] = Math.max(0, levels[k - 1]! - fall);
		const fractions = levels.map((x) => x / 100);
		const r = stageSeries(fractions);
		const last = r.periods.at(-1)!;
		const byLevel: Stage =
			last.level === 0
				? 'ended'
				: last.level >= 0.8
					? 'stability'
					: last.level >= 0.3
						? 'formation'
						: 'exploration';
		return {
			generator: this.id,
			seed,
			values: { n: String(k) },
			table: { columns: ['period', 'level'], rows: levels.map((x, i) => [String(i + 1), `${x}%`]) },
			answer: { kind: 'choice', value: last.stage, decimals: 0, scheme: 'lifecycle-stage' },
			mistakes: byLevel !== last.stage ? [{ code: 'level-only', value: byLevel }] : [],
			steps: r.periods.map((p) => ({
				kind: 'intermediate' as const,
				tokens: [`t${p.period}`, ':', `${formatNumber(p.level * 100, 1)}%`, '→', p.stage],
			})),
			calculator: { tool: 'lifecycle', query: { v: levels.join(',') } },
		};
	},
};
