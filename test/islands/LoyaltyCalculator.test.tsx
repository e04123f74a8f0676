import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('chart.js', () => import('./fakeChart'));

import Calculator, { LOYALTY_STRINGS } from '../../src/islands/LoyaltyCalculator';
import { pickStrings } from '../../src/i18n';

const strings = pickStrings(LOYALTY_STRINGS);
const LoyaltyCalculator = (props: Omit<Parameters<typeof Calculator>[0], 'strings'>) => (
	<Calculator strings={strings} {...props} />
);
const verdict = () =>
	document.querySelector<HTMLOutputElement>('output[data-result="class"]')?.dataset.value;
const choose = (question: string, value: string) =>
	fireEvent.change(screen.getByLabelText(question), { target: { value } });

beforeEach(() => window.history.replaceState(null, '', '/tools/loyalty/'));
afterEach(cleanup);

describe('cause types: every class is reachable by answering the questions', () => {
	test.each([
		['trust', { att: 'high', rep: 'high' }],
		['monopoly', { att: 'low', rep: 'high', alt: 'no' }],
		['incentive', { att: 'low', rep: 'high', alt: 'yes', reward: 'yes' }],
		['inertia', { att: 'low', rep: 'high', alt: 'yes', reward: 'no' }],
		['price', { att: 'low', rep: 'low', price: 'yes' }],
		['none', { att: 'high', rep: 'low' }],
	] as const)('%s', (code, answers) => {
		render(<LoyaltyCalculator syncUrl={false} />);
		const questions = {
			att: '客户对企业有没有情感上的依恋？',
			rep: '客户重复购买的程度如何？',
			alt: '客户有没有别的供应商可以选择？',
			price: '客户是否总是追随最低价格？',
			reward: '客户是否为了奖励、优惠才来购买？',
		};
		for (const [key, value] of Object.entries(answers))
			choose(questions[key as keyof typeof questions], value);
		expect(verdict()).toBe(code);
		expect(
			document.querySelector('output[data-result="rule"]')!.textContent!.length,
		).toBeGreaterThan(10);
	});

	test('the compare table classifies every customer at once', () => {
		render(<LoyaltyCalculator syncUrl={false} />);
		expect(
			[...document.querySelectorAll('[data-class]')].map((e) => e.getAttribute('data-class')),
		).toEqual(['trust', 'monopoly', 'price']);
	});
});

describe('the two matrices', () => {
	test.each([
		[85, 80, 'apostle'],
		[80, 30, 'mercenary'],
		[30, 80, 'hostage'],
		[30, 20, 'defector'],
		[50, 50, 'apostle'],
	])('satisfaction %d, loyalty %d → %s', (s, l, code) => {
		render(<LoyaltyCalculator syncUrl={false} defaults={{ scheme: 'matrix' }} />);
		fireEvent.input(screen.getByLabelText('满意度（0–100）'), { target: { value: String(s) } });
		fireEvent.input(screen.getByLabelText('忠诚度（0–100）'), { target: { value: String(l) } });
		expect(verdict()).toBe(code);
	});

	test.each([
		[80, 80, 'true'],
		[80, 20, 'latent'],
		[20, 80, 'spurious'],
		[20, 20, 'no-loyalty'],
	])('Dick & Basu: attitude %d, patronage %d → %s', (a, p, code) => {
		render(
			<LoyaltyCalculator
				syncUrl={false}
				defaults={{ scheme: 'dickbasu', a: String(a), pat: String(p) }}
			/>,
		);
		expect(verdict()).toBe(code);
	});

	test('a score above 100 is refused in Chinese and the other fields keep their values', () => {
		render(<LoyaltyCalculator syncUrl={false} defaults={{ scheme: 'matrix' }} />);
		fireEvent.input(screen.getByLabelText('满意度（0–100）'), { target: { value: '120' } });
		expect(screen.getByText('不能大于 100。')).toBeTruthy();
		expect(verdict()).toBeUndefined();
		expect((screen.getByLabelText('忠诚度（0–100）') as HTMLInputElement).value).toBe('30');
	});
});

test('loyalty index: scores 80, 70, 60, 50, 65, 70 with weights 3, 2, 2, 1, 1, 1 → (240 + 140 + 120 + 50 + 65 + 70) / 10 = 68.5; repeat band high', () => {
	render(<LoyaltyCalculator syncUrl={false} defaults={{ scheme: 'index' }} />);
	const index = document.querySelector<HTMLOutputElement>('output[data-result="index"]')!;
	expect(Number(index.dataset.value)).toBeCloseTo(
		(3 * 80 + 2 * 70 + 2 * 60 + 50 + 65 + 70) / 10,
		12,
	);
	expect(
		document.querySelector<HTMLOutputElement>('output[data-result="band"]')!.dataset.value,
	).toBe('high');
});

test('a shared link restores the scheme and scores', async () => {
	window.history.replaceState(null, '', '/tools/loyalty/?scheme=matrix&s=30&l=80');
	render(<LoyaltyCalculator />);
	await waitFor(() => expect(verdict()).toBe('hostage'));
});

test('the cause scheme marks the customer’s cell on the attachment × repeat grid', () => {
	render(<LoyaltyCalculator syncUrl={false} />);
	expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-cell')).toBe(
		'low-high',
	);
	fireEvent.change(screen.getByLabelText('客户对企业有没有情感上的依恋？'), {
		target: { value: 'high' },
	});
	expect(document.querySelector('[aria-current="true"]')?.getAttribute('data-cell')).toBe(
		'high-high',
	);
});
