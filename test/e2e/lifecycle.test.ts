import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { axeViolations, PHONE, useBrowser, watchedPage } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function open(query: string, options = {}) {
	const w = await watchedPage(browser(), { acceptDownloads: true, ...options });
	await w.page.goto(`${base}tools/lifecycle/${query}`);
	await expect.poll(() => new URL(w.page.url()).searchParams.has('run')).toBe(true);
	return w;
}
const result = (w: Awaited<ReturnType<typeof open>>, name: string) =>
	w.page.locator(`output[data-result="${name}"]`).getAttribute('data-value');

test('the documented link opens an 早期流产型 relationship; every pattern is reachable by typing', async () => {
	const w = await open('?v=10,15,0');
	await expect(result(w, 'pattern')).resolves.toBe('early-abort');
	await expect(result(w, 'stages')).resolves.toBe('exploration,exploration,ended');
	const series = w.page.getByLabel('关系水平序列');
	for (const [typed, pattern] of [
		['20, 50, 60, 0', 'mid-abort'],
		['50, 90, 95, 60', 'early-exit'],
		['50, 90, 95, 92', 'long-term'],
		['10, 20', 'too-early'],
	] as const) {
		await series.fill(typed);
		await expect.poll(() => result(w, 'pattern')).toBe(pattern);
	}
	await expect.poll(() => new URL(w.page.url()).searchParams.get('v')).toBe('10, 20');
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test('a pasted spreadsheet column works; a bad item is named by position; CSV and PNG download', async () => {
	const w = await open('?v=10');
	await w.page.getByLabel('关系水平序列').fill('10\n35\n85\n90');
	await expect.poll(() => result(w, 'stages')).toBe('exploration,formation,stability,stability');
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	const [csv] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载 CSV' }).click(),
	]);
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text.startsWith('\uFEFF期,关系水平,阶段,判断依据')).toBe(true);
	expect(text).toContain('\r\n3,0.85,稳定期,');
	const [png] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载图表 PNG' }).click(),
	]);
	expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	await w.page.getByLabel('关系水平序列').fill('10, 35, x');
	await expect(w.page.locator('#life-v-error').textContent()).resolves.toMatch(
		/^第 3 个数：请输入一个数字/,
	);
	await expect(w.page.getByLabel('稳定期起点').inputValue()).resolves.toBe('80');
	expect(await axeViolations(w.page)).toEqual([]);
	await w.page.context().close();
});

test('revenue and cost give the break-even period; the page is clean in dark mode and fits a phone', async () => {
	const w = await open('?v=10,40,85&revenue=0,50,120&cost=40,30,20', {
		viewport: PHONE,
		isMobile: true,
		hasTouch: true,
		colorScheme: 'dark',
	});
	await expect.poll(() => result(w, 'breakeven')).toBe('3');
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	expect(await axeViolations(w.page)).toEqual([]);
	const { scroll, client } = await w.page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
	}));
	expect(scroll).toBeLessThanOrEqual(client);
	await w.page.context().close();
});

test('dragging a point on the chart changes that period, and the stages and the link follow', async () => {
	const w = await open('?v=10,40,85,90');
	const canvas = w.page.locator('canvas[data-chart-ready="true"]');
	await canvas.waitFor();
	await canvas.scrollIntoViewIfNeeded();
	const points = (await canvas.getAttribute('data-points'))!
		.split(' ')
		.map((p) => p.split(',').map(Number) as [number, number]);
	expect(points).toHaveLength(4);
	const box = (await canvas.boundingBox())!;
	const [x, y] = points[3]!;
	await w.page.mouse.move(box.x + x, box.y + y);
	await w.page.mouse.down();
	// Down by a quarter of the plot's height on a 0–100 % axis: about 25 points lower, so below 80 %.
	await w.page.mouse.move(box.x + x, box.y + y + (points[0]![1] - points[2]![1]) / 3, { steps: 6 });
	await w.page.mouse.up();
	await expect.poll(() => result(w, 'stages')).toBe('exploration,formation,stability,decline');
	// The address bar follows once the drag pauses (under load it may first show a value from
	// mid-drag): wait until it holds what the field holds.
	const field = w.page.getByLabel('关系水平序列');
	const inLink = () => new URL(w.page.url()).searchParams.get('v')!.split(',').map(Number);
	await expect
		.poll(async () => {
			const shown = (await field.inputValue()).split(',').map(Number);
			return shown.join() === inLink().join() ? shown[3] : null;
		})
		.toBeLessThan(80);
	const dragged = inLink()[3]!;
	expect(dragged).toBeGreaterThan(50);
	expect(dragged).toBeLessThan(80);
	// A press away from every point does nothing.
	await w.page.mouse.click(box.x + (points[0]![0] + points[1]![0]) / 2, box.y + 5);
	await expect.poll(() => new URL(w.page.url()).searchParams.get('v')!.split(',').length).toBe(4);
	await expect(field.inputValue()).resolves.toBe(`10, 40, 85, ${dragged}`);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});
