import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { AXE_COLOUR_RULES, axeViolations, PHONE, useBrowser, watchedPage } from './browser';

const base = inject('baseUrl');
const EXERCISE = 'tools/clv/?model=discounted&co=500&po=3000&in=1000&cs=100&n=10&r=8';
const browser = useBrowser();

async function open(path: string, options = {}) {
	const w = await watchedPage(browser(), { acceptDownloads: true, ...options });
	await w.page.goto(base + path);
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	return w;
}

const result = (w: Awaited<ReturnType<typeof open>>, name: string) =>
	w.page.locator(`output[data-result="${name}"]`);

test('the exercise link shows ¥8,539.07 with the textbook schedule', async () => {
	const w = await open(EXERCISE);
	await expect(result(w, 'clv').textContent()).resolves.toBe('¥8,539.07');
	expect(Number(await result(w, 'clv').getAttribute('data-value'))).toBeCloseTo(8539.073259, 5);
	await expect(result(w, 'undiscounted').textContent()).resolves.toBe('¥11,500.00');
	await expect(result(w, 'payback').getAttribute('data-value')).resolves.toBe('0');
	const row = (year: number) => w.page.locator(`tr[data-year="${year}"] td`).allTextContents();
	// Year 1: 900 / 1.08 = 833.33, cumulative 3,333.33; year 10: 900 / 1.08^10 = 416.87, cumulative 8,539.07.
	expect(await row(1)).toEqual([
		'¥1,000.00',
		'¥100.00',
		'¥900.00',
		'0.9259',
		'¥833.33',
		'¥3,333.33',
	]);
	expect(await row(10)).toEqual([
		'¥1,000.00',
		'¥100.00',
		'¥900.00',
		'0.4632',
		'¥416.87',
		'¥8,539.07',
	]);
	expect(await w.page.locator('tr[data-year]').count()).toBe(11);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test('edits update the URL without new history entries, and a reload restores them', async () => {
	const w = await open(EXERCISE);
	const length = await w.page.evaluate(() => history.length);
	await w.page.getByLabel('留存率 p').fill('90');
	await w.page.getByLabel('贴现 + 留存率').check();
	await w.page.getByLabel('贴现率 r').fill('１０%');
	await expect.poll(() => new URL(w.page.url()).searchParams.get('r')).toBe('１０%');
	expect(new URL(w.page.url()).searchParams.get('model')).toBe('retention');
	expect(await w.page.evaluate(() => history.length)).toBe(length);
	const before = await result(w, 'clv').getAttribute('data-value');
	// A second method: the sum is geometric with q = 0.9 / 1.1, so Σ qᵗ = q(1 − q¹⁰)/(1 − q) = 3.895062.
	const q = 0.9 / 1.1;
	expect(Number(before)).toBeCloseTo(2500 + (900 * q * (1 - q ** 10)) / (1 - q), 6);
	await w.page.reload();
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	await expect(w.page.getByLabel('贴现率 r').inputValue()).resolves.toBe('１０%');
	await expect(result(w, 'clv').getAttribute('data-value')).resolves.toBe(before);
	await w.page.context().close();
});

test('a bad value shows the Chinese message and keeps the other inputs', async () => {
	const w = await open(EXERCISE);
	await w.page.getByLabel('关系年数 n').fill('abc');
	await expect(w.page.locator('#clv-n-error').textContent()).resolves.toMatch(/^请输入一个数字/);
	await expect(w.page.getByLabel('获取成本 Co').inputValue()).resolves.toBe('500');
	await expect(result(w, 'clv').textContent()).resolves.toBe('—');
	expect(w.errors).toEqual([]);
	expect(await axeViolations(w.page)).toEqual([]);
	await w.page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
	expect(await axeViolations(w.page, AXE_COLOUR_RULES)).toEqual([]);
	await w.page.context().close();
});

test('the schedule downloads as CSV with a BOM; the chart downloads as a PNG', async () => {
	const w = await open(EXERCISE);
	const [csv] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载 CSV' }).click(),
	]);
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(csv.suggestedFilename()).toMatch(/\.csv$/);
	expect(text.startsWith('\uFEFF年 t,收入,成本')).toBe(true);
	expect(text.trim().split('\r\n')).toHaveLength(12);
	expect(text).toContain('\r\n10,1000,100,900,');
	const [png] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载图表 PNG' }).click(),
	]);
	const bytes = readFileSync((await png.path())!);
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	expect(bytes.byteLength).toBeGreaterThan(2000);
	await w.page.context().close();
});

test('the share button copies a link built from the current inputs and says 已复制; the address bar catches up', async () => {
	const w = await open(EXERCISE, { permissions: ['clipboard-read', 'clipboard-write'] });
	// The clipboard only accepts writes from the focused page; other test files' pages compete for focus.
	await w.page.bringToFront();
	await w.page.getByRole('button', { name: '复制分享链接' }).click();
	await expect.poll(() => w.page.getByRole('status').filter({ hasText: '已复制' }).count()).toBe(1);
	await w.page.bringToFront();
	const copied = await w.page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).searchParams.get('co')).toBe('500');
	await expect.poll(() => w.page.url()).toBe(copied);
	await w.page.context().close();
});

test('on a phone the calculator fits the screen and works', async () => {
	const w = await open(EXERCISE, { viewport: PHONE, isMobile: true, hasTouch: true });
	await w.page.getByLabel('每年收入 In').fill('2000');
	await expect(result(w, 'clv').textContent()).resolves.toBe('¥15,249.15');
	const { scroll, client } = await w.page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
	}));
	expect(scroll).toBeLessThanOrEqual(client);
	await w.page.context().close();
});

test('without JavaScript the page still shows the formulas, the worked example and the default results', async () => {
	const w = await watchedPage(browser(), { javaScriptEnabled: false });
	await w.page.goto(`${base}tools/clv/`);
	expect(await w.page.locator('.katex-display').count()).toBeGreaterThanOrEqual(5);
	await expect(result(w, 'clv').textContent()).resolves.toBe('¥8,539.07');
	await expect(w.page.locator('.callout--example').textContent()).resolves.toContain('8539.07');
	await w.page.context().close();
});

test('a rate typed as a fraction (0.08) is asked about, the result waits, and one click makes it 8%', async () => {
	const w = await open(EXERCISE);
	const rate = w.page.getByLabel('贴现率 r');
	await rate.fill('0.08');
	const field = w.page.locator('.field', { has: rate });
	await expect
		.poll(() => field.locator('.field__error').textContent())
		.toBe('0.08 是 8% 吗？这里按百分数填写：8% 填 8 或 8%。如果确实是 0.08%，请带上 % 输入。');
	await expect(result(w, 'clv').getAttribute('data-value')).resolves.toBe('');
	await expect(rate.getAttribute('aria-invalid')).resolves.toBe('true');
	await field.getByRole('button', { name: '改为 8%' }).click();
	await expect.poll(() => result(w, 'clv').textContent()).toBe('¥8,539.07');
	await expect(rate.inputValue()).resolves.toBe('8%');
	// Said with the sign, a fraction of a percent is taken as it is: 0.08 % a year.
	await rate.fill('0.08%');
	await expect.poll(() => field.locator('.field__error').textContent()).toBe('');
	expect(Number(await result(w, 'clv').getAttribute('data-value'))).toBeGreaterThan(11_000);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});
