import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';

vi.mock('chart.js', () => import('./fakeChart'));
import Calculator, { LIFECYCLE_STRINGS } from '../../src/islands/LifecycleCalculator';
import { pickStrings } from '../../src/i18n';

const strings = pickStrings(LIFECYCLE_STRINGS);
const LifecycleCalculator = (props: Omit<Parameters<typeof Calculator>[0], 'strings'>) => (
	<Calculator strings={strings} {...props} />
);
const result = (name: string) =>
	document.querySelector<HTMLOutputElement>(`output[data-result="${name}"]`)!.dataset.value;
const series = () => screen.getByLabelText('关系水平序列');

beforeEach(() => window.history.replaceState(null, '', '/tools/lifecycle/'));
afterEach(cleanup);

test('the default series passes through every stage and ends in 提前退出型', () => {
	render(<LifecycleCalculator syncUrl={false} />);
	expect(result('stages')).toBe(
		'exploration,exploration,formation,formation,formation,stability,stability,stability,decline,decline',
	);
	expect(result('pattern')).toBe('early-exit');
	expect(screen.getByText(/退化期：尽快找出原因/)).toBeTruthy();
});

test.each([
	['10, 15, 0', 'early-abort'],
	['20 50 60 0', 'mid-abort'],
	['50\n90\n95\n92', 'long-term'],
	['10，20，25', 'too-early'],
])('each pattern is reachable by typing a series: %j → %s', (typed, pattern) => {
	render(<LifecycleCalculator syncUrl={false} />);
	fireEvent.input(series(), { target: { value: typed } });
	expect(result('pattern')).toBe(pattern);
});

test('a bad item is named by its position and the thresholds keep their values', () => {
	render(<LifecycleCalculator syncUrl={false} />);
	fireEvent.input(series(), { target: { value: '10, 20, abc, 40' } });
	expect(screen.getByText(/^第 3 个数：请输入一个数字/)).toBeTruthy();
	expect(result('pattern')).toBe('');
	expect((screen.getByLabelText('稳定期起点') as HTMLInputElement).value).toBe('80');
});

test('amounts are converted with the potential; without one the peak stands in and the page says so', () => {
	render(
		<LifecycleCalculator syncUrl={false} defaults={{ unit: 'amount', v: '20, 80, 170, 190' }} />,
	);
	expect(screen.getByText(/已用序列中的最高值 190 代替/)).toBeTruthy();
	// 20/190, 80/190, 170/190, 190/190 = 10.5 %, 42.1 %, 89.5 %, 100 %
	expect(result('stages')).toBe('exploration,formation,stability,stability');
	fireEvent.input(screen.getByLabelText('客户的潜在需求'), { target: { value: '400' } });
	// 5 %, 20 %, 42.5 %, 47.5 %
	expect(result('stages')).toBe('exploration,exploration,formation,formation');
});

test('revenue and cost give the break-even period: cumulative −40, −20, 80 → period 3', () => {
	render(
		<LifecycleCalculator
			syncUrl={false}
			defaults={{ v: '10, 40, 85', revenue: '0, 50, 120', cost: '40, 30, 20' }}
		/>,
	);
	expect(result('breakeven')).toBe('3');
});

test('a shared link restores the series and thresholds', async () => {
	window.history.replaceState(null, '', '/tools/lifecycle/?v=25,70&formation=20&stability=70');
	render(<LifecycleCalculator />);
	await waitFor(() => expect(result('stages')).toBe('formation,stability'));
});
