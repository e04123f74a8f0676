import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	classifyCause,
	classifyDickBasu,
	classifyMatrix,
	levelOf,
	loyaltyIndex,
	repeatBand,
	type CauseInput,
} from '../../../src/lib/crm/loyalty';

const cause = (patch: Partial<CauseInput>): CauseInput => ({
	attachment: 'low',
	repeat: 'high',
	alternatives: true,
	priceSensitive: false,
	rewardDriven: false,
	...patch,
});

describe('cause types', () => {
	test.each([
		[
			'信赖 trust: high attachment, high repeat',
			{ attachment: 'high' },
			'trust',
			'attached-and-repeating',
		],
		['垄断 monopoly: no alternative', { alternatives: false }, 'monopoly', 'no-alternative'],
		[
			'垄断 wins over 利益 when there is no alternative',
			{ alternatives: false, rewardDriven: true },
			'monopoly',
			'no-alternative',
		],
		['利益 incentive: buys for rewards', { rewardDriven: true }, 'incentive', 'reward-driven'],
		['惰性 inertia: alternatives exist, not looking', {}, 'inertia', 'alternatives-unexplored'],
		[
			'价格 price: low, low, follows the lowest price',
			{ repeat: 'low', priceSensitive: true },
			'price',
			'price-chasing',
		],
	] as const)('%s', (_name, patch, code, rule) => {
		const v = classifyCause(cause(patch));
		expect(v.code).toBe(code);
		expect(v.rule).toBe(rule);
		expect(v.factors.length).toBeGreaterThan(1);
	});

	test('combinations outside the five are reported as such, with Dick & Basu’s nearest class', () => {
		expect(classifyCause(cause({ attachment: 'high', repeat: 'low' }))).toMatchObject({
			code: 'none',
			nearest: 'latent',
		});
		expect(classifyCause(cause({ repeat: 'low' }))).toMatchObject({
			code: 'none',
			nearest: 'no-loyalty',
		});
	});

	test('every combination of answers gets exactly one class', () => {
		const levels = ['high', 'low'] as const;
		const bools = [true, false];
		const seen = new Set<string>();
		for (const attachment of levels)
			for (const repeat of levels)
				for (const alternatives of bools)
					for (const priceSensitive of bools)
						for (const rewardDriven of bools) {
							const v = classifyCause({
								attachment,
								repeat,
								alternatives,
								priceSensitive,
								rewardDriven,
							});
							expect(['monopoly', 'inertia', 'price', 'incentive', 'trust', 'none']).toContain(
								v.code,
							);
							seen.add(v.code);
						}
		expect(seen.size).toBe(6);
	});
});

describe('satisfaction × loyalty matrix', () => {
	test.each([
		[80, 80, 'apostle'],
		[80, 20, 'mercenary'],
		[20, 80, 'hostage'],
		[20, 20, 'defector'],
	] as const)('satisfaction %d, loyalty %d → %s', (satisfaction, loyalty, code) => {
		expect(classifyMatrix({ satisfaction, loyalty }).code).toBe(code);
	});

	test('a score exactly on the threshold counts as high; thresholds are adjustable', () => {
		expect(classifyMatrix({ satisfaction: 50, loyalty: 50 }).code).toBe('apostle');
		expect(classifyMatrix({ satisfaction: 49.99, loyalty: 50 }).code).toBe('hostage');
		expect(classifyMatrix({ satisfaction: 70, loyalty: 70, satisfactionThreshold: 75 }).code).toBe(
			'hostage',
		);
		expect(levelOf(60, 60)).toBe('high');
	});

	test('raising satisfaction never moves a customer from 忠诚者 to 叛逃者', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.integer({ min: 1, max: 99 }),
				(s, l, d, th) => {
					const before = classifyMatrix({
						satisfaction: s,
						loyalty: l,
						satisfactionThreshold: th,
						loyaltyThreshold: th,
					}).code;
					const after = classifyMatrix({
						satisfaction: Math.min(100, s + d),
						loyalty: l,
						satisfactionThreshold: th,
						loyaltyThreshold: th,
					}).code;
					if (before === 'apostle') expect(after).not.toBe('defector');
					if (before === 'apostle' || before === 'mercenary')
						expect(['apostle', 'mercenary']).toContain(after);
				},
			),
		);
	});
});

describe('Dick & Basu', () => {
	test.each([
		[80, 80, 'true'],
		[80, 20, 'latent'],
		[20, 80, 'spurious'],
		[20, 20, 'no-loyalty'],
		[50, 50, 'true'],
	] as const)('attitude %d, patronage %d → %s', (attitude, patronage, code) => {
		expect(classifyDickBasu({ attitude, patronage }).code).toBe(code);
	});

	test('every input gets exactly one of the four classes', () => {
		fc.assert(
			fc.property(
				fc.double({ min: 0, max: 100, noNaN: true }),
				fc.double({ min: 0, max: 100, noNaN: true }),
				(attitude, patronage) => {
					expect(['true', 'latent', 'spurious', 'no-loyalty']).toContain(
						classifyDickBasu({ attitude, patronage }).code,
					);
				},
			),
		);
	});
});

describe('loyalty index', () => {
	test('repeat purchase 80 (weight 3) and recommendation 60 (weight 1): (240 + 60) / 4 = 75', () => {
		expect(
			loyaltyIndex(
				{ repeatPurchase: 80, recommendation: 60 },
				{ repeatPurchase: 3, recommendation: 1 },
			),
		).toEqual({ ok: true, value: 75 });
	});

	test('repeat-purchase bands: > 70 % high, 30–70 % medium with both ends, < 30 % low', () => {
		expect(repeatBand(0.71)).toBe('high');
		expect(repeatBand(0.7)).toBe('medium');
		expect(repeatBand(0.3)).toBe('medium');
		expect(repeatBand(0.29)).toBe('low');
	});

	test('rejects no indicators, scores outside 0–100, negative weights and weights that sum to 0', () => {
		expect(loyaltyIndex({}, {})).toEqual({ ok: false, issues: ['no-indicators'] });
		expect(loyaltyIndex({ recommendation: 120 }, { recommendation: 1 })).toEqual({
			ok: false,
			issues: ['score-out-of-range'],
		});
		expect(loyaltyIndex({ recommendation: 50 }, { recommendation: -1 })).toEqual({
			ok: false,
			issues: ['negative-weight'],
		});
		expect(loyaltyIndex({ recommendation: 50 }, { recommendation: 0 })).toEqual({
			ok: false,
			issues: ['weights-zero'],
		});
	});

	test('the index stays in 0–100 and does not change when every weight is multiplied by k > 0', () => {
		const score = fc.integer({ min: 0, max: 100 });
		const weight = fc.integer({ min: 1, max: 10 });
		fc.assert(
			fc.property(
				fc.tuple(score, score, score),
				fc.tuple(weight, weight, weight),
				fc.integer({ min: 1, max: 50 }),
				([a, b, c], [x, y, z], k) => {
					const s = { repeatPurchase: a, priceTolerance: b, mistakeTolerance: c };
					const one = loyaltyIndex(s, {
						repeatPurchase: x,
						priceTolerance: y,
						mistakeTolerance: z,
					});
					const many = loyaltyIndex(s, {
						repeatPurchase: x * k,
						priceTolerance: y * k,
						mistakeTolerance: z * k,
					});
					if (!one.ok || !many.ok) throw new Error('unexpected issues');
					expect(one.value).toBeGreaterThanOrEqual(0);
					expect(one.value).toBeLessThanOrEqual(100);
					expect(many.value).toBeCloseTo(one.value, 9);
				},
			),
		);
	});
});
