/**
 * The customer lifecycle teaching model of chapter 5: each period's stage from the relationship level
 * (a share of the customer's potential demand, 0–1), the reason that decided it, and the pattern of
 * the whole series. Every threshold is a parameter; the defaults are the course's.
 */

export type Stage = 'exploration' | 'formation' | 'stability' | 'decline' | 'ended';
export type StageReason =
	| 'zero-level'
	| 'after-end'
	| 'drop-from-peak'
	| 'below-stability-after-stability'
	| 'below-formation-after-formation'
	| 'at-or-above-stability'
	| 'in-formation-band'
	| 'below-formation';
export type Pattern = 'early-abort' | 'mid-abort' | 'early-exit' | 'long-term' | 'too-early';

export interface LifecycleThresholds {
	/** Level from which the relationship is forming (default 0.3). */
	formation: number;
	/** Level from which it is stable (default 0.8). */
	stability: number;
	/** A fall of more than this from the running peak, after formation, is decline (default 0.1). */
	declineDrop: number;
	/** Stable periods at the end needed to call the pattern 长久保持型 (default 2). */
	minStableRun: number;
}

export const DEFAULT_THRESHOLDS: LifecycleThresholds = {
	formation: 0.3,
	stability: 0.8,
	declineDrop: 0.1,
	minStableRun: 2,
};

/** Binary noise must not push 0.7 − 0.6 over a 0.1 drop. */
const EPS = 1e-9;

export interface PeriodStage {
	period: number;
	level: number;
	stage: Stage;
	reason: StageReason;
}

export interface LifecycleResult {
	periods: PeriodStage[];
	/** The highest of exploration < formation < stability reached. */
	highest: 'exploration' | 'formation' | 'stability';
	pattern: Pattern;
}

const RANK = { exploration: 0, formation: 1, stability: 2 } as const;

/**
 * Stages a series of relationship levels (0–1) period by period:
 * a level of 0 ends the relationship (and every later period is ended); after 形成期 or 稳定期, a fall of
 * more than `declineDrop` from the running peak, a level below `stability` after 稳定期, or below
 * `formation` after 形成期 is 退化期; otherwise ≥ `stability` is 稳定期, ≥ `formation` is 形成期,
 * and below it 考察期 (while no higher stage has been reached).
 * Pattern: never beyond 考察期 and ended → 早期流产型; reached 形成期 but not 稳定期 and ends in decline
 * or ended → 中途夭折型; reached 稳定期 and ends in decline or ended → 提前退出型; ends in 稳定期 for at
 * least `minStableRun` periods → 长久保持型; anything else is too early to tell.
 * @example stageSeries([0.1, 0.4, 0.85, 0.9]).pattern // 'long-term'
 */
export function stageSeries(
	levels: readonly number[],
	thresholds: Partial<LifecycleThresholds> = {},
): LifecycleResult {
	const th = { ...DEFAULT_THRESHOLDS, ...thresholds };
	let highest: LifecycleResult['highest'] = 'exploration';
	let peak = 0;
	let ended = false;
	const periods = levels.map((level, i): PeriodStage => {
		const at = (stage: Stage, reason: StageReason): PeriodStage => ({
			period: i + 1,
			level,
			stage,
			reason,
		});
		if (ended) return at('ended', 'after-end');
		if (level <= 0) {
			ended = true;
			return at('ended', 'zero-level');
		}
		peak = Math.max(peak, level);
		if (highest !== 'exploration' && peak - level > th.declineDrop + EPS)
			return at('decline', 'drop-from-peak');
		if (highest === 'stability' && level < th.stability - EPS)
			return at('decline', 'below-stability-after-stability');
		if (level >= th.stability - EPS) {
			highest = 'stability';
			return at('stability', 'at-or-above-stability');
		}
		if (level >= th.formation - EPS) {
			if (RANK[highest] < RANK.formation) highest = 'formation';
			return at('formation', 'in-formation-band');
		}
		if (highest === 'formation') return at('decline', 'below-formation-after-formation');
		return at('exploration', 'below-formation');
	});
	return { periods, highest, pattern: patternOf(periods, highest, th.minStableRun) };
}

function patternOf(
	periods: PeriodStage[],
	highest: LifecycleResult['highest'],
	minStableRun: number,
): Pattern {
	const last = periods.at(-1)?.stage;
	const declinedOrEnded = last === 'decline' || last === 'ended';
	if (highest === 'exploration') return last === 'ended' ? 'early-abort' : 'too-early';
	if (highest === 'formation') return declinedOrEnded ? 'mid-abort' : 'too-early';
	if (declinedOrEnded) return 'early-exit';
	let run = 0;
	for (let i = periods.length - 1; i >= 0 && periods[i]!.stage === 'stability'; i--) run++;
	return run >= minStableRun ? 'long-term' : 'too-early';
}

/**
 * Levels from amounts and the customer's potential demand. Without a potential, the observed peak
 * stands in for it (the page says so).
 * @example toLevels([20, 50, 100], 200) // { levels: [0.1, 0.25, 0.5], potentialFromPeak: false }
 */
export function toLevels(
	amounts: readonly number[],
	potential?: number,
): { levels: number[]; potentialFromPeak: boolean } {
	const peak = Math.max(0, ...amounts);
	const base = potential !== undefined && potential > 0 ? potential : peak;
	if (base <= 0)
		return { levels: amounts.map(() => 0), potentialFromPeak: potential === undefined };
	return {
		levels: amounts.map((a) => Math.min(1, Math.max(0, a / base))),
		potentialFromPeak: potential === undefined || potential <= 0,
	};
}

/** The five-stage variant of seed 002: 潜在获取期, 成长期, 成熟期, 衰退期, 终止期. */
export const FIVE_STAGE = {
	exploration: 'acquisition',
	formation: 'growth',
	stability: 'maturity',
	decline: 'decline',
	ended: 'termination',
} as const satisfies Record<Stage, string>;

export interface ProfitResult {
	profit: number[];
	cumulative: number[];
	/** First period whose cumulative profit is ≥ 0, or null. */
	breakEven: number | null;
	/** Firm investment (cost) and customer profit summed per stage. */
	byStage: Partial<Record<Stage, { cost: number; profit: number; periods: number }>>;
}

/**
 * Per period profit = revenue − cost, its running total, the break-even period, and cost and profit
 * per stage (pairing each period with its stage).
 * @example profitByStage([0, 50, 120], [40, 30, 20], ['exploration', 'formation', 'stability']).breakEven // 3
 */
export function profitByStage(
	revenue: readonly number[],
	cost: readonly number[],
	stages: readonly Stage[],
): ProfitResult {
	const n = Math.min(revenue.length, cost.length, stages.length);
	const profit: number[] = [];
	const cumulative: number[] = [];
	const byStage: ProfitResult['byStage'] = {};
	let total = 0;
	let breakEven: number | null = null;
	for (let i = 0; i < n; i++) {
		const p = revenue[i]! - cost[i]!;
		total += p;
		profit.push(p);
		cumulative.push(total);
		if (breakEven === null && total >= 0) breakEven = i + 1;
		const slot = (byStage[stages[i]!] ??= { cost: 0, profit: 0, periods: 0 });
		slot.cost += cost[i]!;
		slot.profit += p;
		slot.periods++;
	}
	return { profit, cumulative, breakEven, byStage };
}
