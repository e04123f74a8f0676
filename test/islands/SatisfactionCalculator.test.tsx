import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('chart.js', () => import('./fakeChart'));

import Calculator, { SATISFACTION_STRINGS } from '../../src/islands/SatisfactionCalculator';
import { pickStrings } from '../../src/i18n';

const strings = pickStrings(SATISFACTION_STRINGS);
const SatisfactionCalculator = (props: Omit<Parameters<typeof Calculator>[0], 'strings'>) => (
	<Calculator strings={strings} {...props} />
);

const output = (name: string) =>
	document.querySelector<HTMLOutputElement>(`output[data-result="${name}"]`)!;
const raw = (name: string) => Number(output(name).dataset.value);
const type = (el: Element, value: string) => fireEvent.input(el, { target: { value } });
const pick = (label: string) => fireEvent.click(screen.getByLabelText(label));

beforeEach(() => window.history.replaceState(null, '', '/tools/satisfaction/'));
afterEach(cleanup);

describe('C = P / E', () => {
	test('P = 9, E = 8 → C = 1.125, gap 1, 满意', () => {
		render(<SatisfactionCalculator syncUrl={false} />);
		expect(output('ratio').textContent).toBe('1.125');
		expect(raw('gap')).toBe(1);
		expect(output('verdict').dataset.value).toBe('satisfied');
		expect(output('verdict').textContent).toBe('满意');
	});

	test('P = 7.6 with E = 8 sits on the 0.95 boundary and counts as 基本满意', () => {
		render(<SatisfactionCalculator syncUrl={false} />);
		type(screen.getByLabelText('感知 P'), '7.6');
		expect(raw('ratio')).toBeCloseTo(0.95, 12);
		expect(output('verdict').dataset.value).toBe('neutral');
	});

	test('E = 0 says why in Chinese; a non-number marks only its field', () => {
		render(<SatisfactionCalculator syncUrl={false} />);
		type(screen.getByLabelText('期望 E'), '0');
		expect(screen.getByText('期望不能为 0：满意度 C = P ÷ E 没有意义。')).toBeTruthy();
		expect(output('ratio').textContent).toBe('—');
		type(screen.getByLabelText('期望 E'), 'abc');
		expect(screen.getByLabelText('期望 E').getAttribute('aria-invalid')).toBe('true');
		expect((screen.getByLabelText('感知 P') as HTMLInputElement).value).toBe('9');
	});

	test('the attribute table: weights 4/3/3, C 1.125 / 0.875 / 1 → (4.5 + 2.625 + 3) / 10 = 1.0125; rows can be added and removed', () => {
		render(<SatisfactionCalculator syncUrl={false} />);
		expect(raw('attr-ratio')).toBeCloseTo((4 * 1.125 + 3 * 0.875 + 3 * 1) / 10, 12);
		fireEvent.click(screen.getByRole('button', { name: '添加一行' }));
		const rows = () => document.querySelectorAll('tr[data-row]');
		expect(rows()).toHaveLength(4);
		expect(screen.getByText('请先更正标红的输入。')).toBeTruthy();
		type(screen.getByLabelText('期望 E（第 4 行）'), '10');
		type(screen.getByLabelText('感知 P（第 4 行）'), '5');
		expect(raw('attr-ratio')).toBeCloseTo((4 * 1.125 + 3 * 0.875 + 3 * 1 + 1 * 0.5) / 11, 12);
		fireEvent.click(screen.getByRole('button', { name: '删除第 2 行' }));
		expect(rows()).toHaveLength(3);
		expect(raw('attr-ratio')).toBeCloseTo((4 * 1.125 + 3 * 1 + 1 * 0.5) / 8, 12);
	});
});

describe('indices', () => {
	test('weighted index: 4, 3, 5 with .5, .3, .2 on 1–5 → 72.5', () => {
		render(<SatisfactionCalculator syncUrl={false} defaults={{ mode: 'index' }} />);
		expect(raw('csi')).toBeCloseTo(72.5, 10);
		expect(raw('mean')).toBeCloseTo(3.9, 12);
	});

	test('a score outside the scale is named in its cell, and the index waits', () => {
		render(<SatisfactionCalculator syncUrl={false} defaults={{ mode: 'index' }} />);
		type(screen.getByLabelText('得分（第 1 行）'), '6');
		expect(screen.getByText('不能大于 5。')).toBeTruthy();
		expect(output('csi').textContent).toBe('—');
	});

	test('ACSI: means 8, 7, 9, weights .4, .3, .3 → 77.78', () => {
		render(<SatisfactionCalculator syncUrl={false} />);
		pick('ACSI 式指数');
		expect(output('acsi').textContent).toBe('77.78');
	});
});

describe('SERVQUAL, distributions and NPS', () => {
	test('SERVQUAL defaults: gaps −0.5, −2, 0.5, −0.5, −0.5 → mean −0.6; weighted (20/30/20/15/15) −0.75', () => {
		render(<SatisfactionCalculator syncUrl={false} defaults={{ mode: 'servqual' }} />);
		expect(raw('servqual')).toBeCloseTo(-0.6, 12);
		expect(raw('servqual-weighted')).toBeCloseTo(-0.75, 12);
	});

	test('5-point distribution 2, 3, 10, 25, 10 → 3.76', () => {
		render(<SatisfactionCalculator syncUrl={false} defaults={{ mode: 'distribution' }} />);
		expect(raw('mean')).toBeCloseTo(3.76, 12);
		expect(raw('responses')).toBe(50);
	});

	test('NPS: 30 promoters, 10 detractors of 60 → 33.3; a negative count is refused', () => {
		render(<SatisfactionCalculator syncUrl={false} defaults={{ mode: 'nps' }} />);
		expect(raw('nps')).toBeCloseTo(100 / 3, 10);
		type(screen.getByLabelText('0 分的人数'), '-2');
		expect(screen.getByText('不能小于 0。')).toBeTruthy();
		expect(output('nps').textContent).toBe('—');
	});
});

test('a shared link restores a whole table, and edits write it back to the URL', async () => {
	window.history.replaceState(
		null,
		'',
		'/tools/satisfaction/?mode=index&items=甲|4|1;乙|2|1;丙|3|2&smin=1&smax=5',
	);
	render(<SatisfactionCalculator />);
	// (4 + 2 + 2 × 3) / 4 = 3 → (3 − 1) / 4 × 100 = 50
	await waitFor(() => expect(raw('csi')).toBeCloseTo(50, 10));
	expect(document.querySelectorAll('tr[data-row]')).toHaveLength(3);
	type(screen.getByLabelText('得分（第 2 行）'), '4');
	await waitFor(() =>
		expect(new URLSearchParams(window.location.search).get('items')).toBe('甲|4|1;乙|4|1;丙|3|2'),
	);
});
