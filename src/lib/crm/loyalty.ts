/**
 * Loyalty classification, as taught in chapter 3 of the course: the five cause types, the
 * satisfaction × loyalty matrix (Jones & Sasser 1995), Dick & Basu (1994), and a 0–100 loyalty index.
 * Each classifier returns the class code, the rule that decided it and the inputs that mattered,
 * so a page can explain its verdict.
 */
import type { Result } from '../result';

export type Level = 'high' | 'low';

export type CauseClass = 'monopoly' | 'inertia' | 'price' | 'incentive' | 'trust' | 'none';
export type MatrixClass = 'apostle' | 'mercenary' | 'hostage' | 'defector';
export type DickBasuClass = 'true' | 'latent' | 'spurious' | 'no-loyalty';

export interface Verdict<C extends string, R extends string, F extends string> {
	code: C;
	rule: R;
	/** The inputs that decided the class, in the order the rule reads them. */
	factors: F[];
}

export interface CauseInput {
	/** 依恋: the customer's emotional attachment to the firm. */
	attachment: Level;
	/** 重复购买. */
	repeat: Level;
	/** Whether the customer could buy elsewhere. */
	alternatives: boolean;
	/** Follows the lowest price. */
	priceSensitive: boolean;
	/** Buys for rewards and leaves when they stop. */
	rewardDriven: boolean;
}

export type CauseRule =
	| 'attached-and-repeating'
	| 'no-alternative'
	| 'reward-driven'
	| 'alternatives-unexplored'
	| 'price-chasing'
	| 'attached-not-repeating'
	| 'neither';
type CauseFactor = keyof CauseInput;

export interface CauseVerdict extends Verdict<CauseClass, CauseRule, CauseFactor> {
	/** For 'none': the nearest class in Dick & Basu's scheme. */
	nearest?: DickBasuClass;
}

/**
 * The five cause types (垄断, 惰性, 价格, 利益, 信赖 忠诚). Rules, in order:
 * high attachment and high repeat → 信赖 (trust); low attachment and high repeat → 垄断 when there is
 * no alternative, else 利益 when buying for rewards, else 惰性; low attachment and low repeat and
 * price-sensitive → 价格. Anything else fits none of the five: high attachment with low repeat is
 * Dick & Basu's 潜在忠诚 (latent), low/low without price-chasing is their 不忠诚 (no-loyalty).
 * @example classifyCause({ attachment: 'low', repeat: 'high', alternatives: false, priceSensitive: false, rewardDriven: true }).code // 'monopoly'
 */
export function classifyCause(input: CauseInput): CauseVerdict {
	const { attachment, repeat } = input;
	if (attachment === 'high' && repeat === 'high')
		return { code: 'trust', rule: 'attached-and-repeating', factors: ['attachment', 'repeat'] };
	if (attachment === 'low' && repeat === 'high') {
		if (!input.alternatives)
			return {
				code: 'monopoly',
				rule: 'no-alternative',
				factors: ['attachment', 'repeat', 'alternatives'],
			};
		if (input.rewardDriven)
			return {
				code: 'incentive',
				rule: 'reward-driven',
				factors: ['attachment', 'repeat', 'alternatives', 'rewardDriven'],
			};
		return {
			code: 'inertia',
			rule: 'alternatives-unexplored',
			factors: ['attachment', 'repeat', 'alternatives', 'rewardDriven'],
		};
	}
	if (attachment === 'low' && input.priceSensitive)
		return {
			code: 'price',
			rule: 'price-chasing',
			factors: ['attachment', 'repeat', 'priceSensitive'],
		};
	if (attachment === 'high')
		return {
			code: 'none',
			rule: 'attached-not-repeating',
			factors: ['attachment', 'repeat'],
			nearest: 'latent',
		};
	return {
		code: 'none',
		rule: 'neither',
		factors: ['attachment', 'repeat', 'priceSensitive'],
		nearest: 'no-loyalty',
	};
}

/** High when the score reaches the threshold (a score exactly on the threshold counts as high). */
export const levelOf = (score: number, threshold: number): Level =>
	score >= threshold ? 'high' : 'low';

export interface MatrixInput {
	/** Satisfaction score, 0–100. */
	satisfaction: number;
	/** Loyalty score, 0–100. */
	loyalty: number;
	satisfactionThreshold?: number;
	loyaltyThreshold?: number;
}

export const DEFAULT_THRESHOLD = 50;

/**
 * Jones & Sasser's satisfaction × loyalty matrix: 忠诚者/传道者 (apostle: high, high), 图利者
 * (mercenary: high satisfaction, low loyalty), 人质型 (hostage: low satisfaction, high loyalty — no
 * real alternative), 叛逃者 (defector: low, low). Thresholds default to 50 and count as high.
 * @example classifyMatrix({ satisfaction: 30, loyalty: 80 }).code // 'hostage'
 */
export function classifyMatrix(
	input: MatrixInput,
): Verdict<MatrixClass, `${Level}-${Level}`, 'satisfaction' | 'loyalty'> {
	const s = levelOf(input.satisfaction, input.satisfactionThreshold ?? DEFAULT_THRESHOLD);
	const l = levelOf(input.loyalty, input.loyaltyThreshold ?? DEFAULT_THRESHOLD);
	const code: MatrixClass =
		s === 'high' ? (l === 'high' ? 'apostle' : 'mercenary') : l === 'high' ? 'hostage' : 'defector';
	return { code, rule: `${s}-${l}`, factors: ['satisfaction', 'loyalty'] };
}

export interface DickBasuInput {
	/** Relative attitude towards the brand compared with alternatives, 0–100. */
	attitude: number;
	/** Repeat patronage, 0–100. */
	patronage: number;
	attitudeThreshold?: number;
	patronageThreshold?: number;
}

/**
 * Dick & Basu: relative attitude × repeat patronage → 真正忠诚 (true: high, high), 潜在忠诚 (latent:
 * high attitude, low patronage), 虚假忠诚 (spurious: low attitude, high patronage), 不忠诚 (no-loyalty).
 * @example classifyDickBasu({ attitude: 80, patronage: 20 }).code // 'latent'
 */
export function classifyDickBasu(
	input: DickBasuInput,
): Verdict<DickBasuClass, `${Level}-${Level}`, 'attitude' | 'patronage'> {
	const a = levelOf(input.attitude, input.attitudeThreshold ?? DEFAULT_THRESHOLD);
	const p = levelOf(input.patronage, input.patronageThreshold ?? DEFAULT_THRESHOLD);
	const code: DickBasuClass =
		a === 'high' ? (p === 'high' ? 'true' : 'latent') : p === 'high' ? 'spurious' : 'no-loyalty';
	return { code, rule: `${a}-${p}`, factors: ['attitude', 'patronage'] };
}

export const LOYALTY_INDICATORS = [
	'repeatPurchase',
	'recommendation',
	'shareOfPurchases',
	'priceTolerance',
	'competitorResistance',
	'mistakeTolerance',
] as const;
export type LoyaltyIndicator = (typeof LOYALTY_INDICATORS)[number];

export type RepeatBand = 'high' | 'medium' | 'low';

/**
 * Repeat-purchase probability bands: > 70 % high, 30–70 % medium (both ends included), < 30 % low.
 * @example repeatBand(0.7) // 'medium'
 */
export function repeatBand(probability: number): RepeatBand {
	if (probability > 0.7) return 'high';
	if (probability < 0.3) return 'low';
	return 'medium';
}

export type IndexIssue =
	'no-indicators' | 'negative-weight' | 'weights-zero' | 'score-out-of-range';

/**
 * Loyalty index 0–100 as the weighted mean of indicator scores (each 0–100):
 * index = Σ wᵢ xᵢ / Σ wᵢ. Indicators without a weight, or with weight 0, do not count.
 * @example loyaltyIndex({ repeatPurchase: 80, recommendation: 60 }, { repeatPurchase: 3, recommendation: 1 }) // { ok: true, value: 75 }
 */
export function loyaltyIndex(
	scores: Partial<Record<LoyaltyIndicator, number>>,
	weights: Partial<Record<LoyaltyIndicator, number>>,
): Result<number, IndexIssue> {
	const used = LOYALTY_INDICATORS.filter((k) => scores[k] !== undefined);
	if (used.length === 0) return { ok: false, issues: ['no-indicators'] };
	if (used.some((k) => scores[k]! < 0 || scores[k]! > 100))
		return { ok: false, issues: ['score-out-of-range'] };
	if (used.some((k) => (weights[k] ?? 0) < 0)) return { ok: false, issues: ['negative-weight'] };
	const total = used.reduce((s, k) => s + (weights[k] ?? 0), 0);
	if (total <= 0) return { ok: false, issues: ['weights-zero'] };
	const value = used.reduce((s, k) => s + (weights[k] ?? 0) * scores[k]!, 0) / total;
	return { ok: true, value: Math.min(100, Math.max(0, value)) };
}
