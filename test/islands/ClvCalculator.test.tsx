import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('chart.js', () => import('./fakeChart'));

import { charts } from './fakeChart';
import Calculator, { CLV_STRINGS } from '../../src/islands/ClvCalculator';
import { pickStrings } from '../../src/i18n';

const strings = pickStrings(CLV_STRINGS);
const ClvCalculator = (props: Omit<Parameters<typeof Calculator>[0], 'strings'>) => (
	<Calculator strings={strings} {...props} />
);

const output = (name: string) =>
	document.querySelector<HTMLOutputElement>(`output[data-result="${name}"]`)!;
const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (el: HTMLInputElement, value: string) => fireEvent.input(el, { target: { value } });

beforeEach(() => {
	Object.assign(charts, { created: 0, destroyed: 0, updates: 0, lastData: [] });
	window.history.replaceState(null, '', '/tools/clv/');
});
afterEach(cleanup);

describe('the CLV calculator', () => {
	test('opens on the textbook exercise: ¥8,539.07 discounted, ¥11,500.00 undiscounted, payback year 0', () => {
		render(<ClvCalculator syncUrl={false} />);
		expect(output('clv').textContent).toBe('¥8,539.07');
		expect(Number(output('clv').dataset.value)).toBeCloseTo(2500 + 900 * 6.710081399, 6);
		expect(output('undiscounted').textContent).toBe('¥11,500.00');
		expect(output('payback').dataset.value).toBe('0');
		expect(output('ltv-cac').textContent).toBe('18.08 : 1');
		expect(document.querySelectorAll('tr[data-year]')).toHaveLength(11);
	});

	test('typing updates the results: In = 2000 → 2500 + 1900 × 6.710081 = 2500 + 12,749.15 = ¥15,249.15', () => {
		render(<ClvCalculator syncUrl={false} />);
		type(field(/每年收入 In/), '２,０００');
		expect(output('clv').textContent).toBe('¥15,249.15');
		expect(output('undiscounted').textContent).toBe('¥21,500.00');
		expect(field(/每年收入 In/).value).toBe('２,０００');
	});

	test('a bad value shows a Chinese message tied to the field and leaves the other fields as they were', () => {
		render(<ClvCalculator syncUrl={false} />);
		const rate = field(/贴现率 r/);
		type(rate, '8x');
		expect(rate.getAttribute('aria-invalid')).toBe('true');
		const message = document.getElementById(
			rate.getAttribute('aria-describedby')!.split(' ').at(-1)!,
		);
		expect(message?.textContent).toMatch(/^请输入一个数字/);
		expect(rate.value).toBe('8x');
		expect(field(/获取成本 Co/).value).toBe('500');
		expect(field(/每年收入 In/).value).toBe('1000');
		expect(output('clv').textContent).toBe('—');
		expect(output('clv').dataset.value).toBe('');
		expect(screen.getByText('请先更正标红的输入。')).toBeTruthy();
		type(rate, '8%');
		expect(output('clv').textContent).toBe('¥8,539.07');
		expect(rate.getAttribute('aria-invalid')).toBeNull();
	});

	test('switching to the simple spend model gives Stew Leonard’s 100 × 50 × 10 = ¥50,000.00', () => {
		render(<ClvCalculator syncUrl={false} />);
		fireEvent.click(screen.getByLabelText('简单消费模型'));
		expect(output('clv').textContent).toBe('¥50,000.00');
		expect(output('payback').textContent).toBe('—');
	});

	test('the chart is created once, updated in place with the new numbers, and destroyed on unmount', async () => {
		const { unmount } = render(<ClvCalculator syncUrl={false} />);
		await waitFor(() => expect(charts.created).toBe(1));
		type(field(/关系年数 n/), '3');
		await waitFor(() => expect(charts.lastData).toHaveLength(4));
		expect(charts.created).toBe(1);
		unmount();
		expect(charts.destroyed).toBe(1);
	});
});

describe('URL state', () => {
	test('a shared link restores the inputs and results', async () => {
		window.history.replaceState(
			null,
			'',
			'/tools/clv/?model=undiscounted&co=0&po=0&in=500&cs=200&n=10&r=8',
		);
		render(<ClvCalculator />);
		await waitFor(() => expect(output('clv').textContent).toBe('¥3,000.00'));
		expect(field(/每年收入 In/).value).toBe('500');
	});

	test('editing updates the query string with replaceState, adding no history entries', async () => {
		render(<ClvCalculator />);
		const before = window.history.length;
		await waitFor(() => expect(window.location.search).toContain('model=discounted'));
		type(field(/获取成本 Co/), '800');
		type(field(/获取成本 Co/), '900');
		await waitFor(() => expect(new URLSearchParams(window.location.search).get('co')).toBe('900'));
		expect(window.history.length).toBe(before);
	});

	test('embedded in a chapter (syncUrl off) it leaves the URL alone and uses its own defaults', () => {
		render(
			<ClvCalculator
				syncUrl={false}
				defaults={{ model: 'undiscounted', co: '0', po: '0', in: '550', cs: '300' }}
			/>,
		);
		expect(output('clv').textContent).toBe('¥2,500.00');
		expect(window.location.search).toBe('');
	});
});
