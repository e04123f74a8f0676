import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { axeViolations, PHONE, useBrowser, watchedPage } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function open(query: string, options = {}) {
	const w = await watchedPage(browser(), { acceptDownloads: true, ...options });
	await w.page.goto(`${base}tools/satisfaction/${query}`);
	await w.page.locator('.calc output').first().waitFor();
	// Hydrated once the URL carries every parameter (written back by the island).
	await expect.poll(() => new URL(w.page.url()).searchParams.has('nps')).toBe(true);
	return w;
}
const raw = async (w: Awaited<ReturnType<typeof open>>, name: string) =>
	Number(await w.page.locator(`output[data-result="${name}"]`).getAttribute('data-value'));

test('a link restores a whole table: three items with weights 1, 1, 2 → mean 3 → index 50', async () => {
	const w = await open('?mode=index&items=甲|4|1;乙|2|1;丙|3|2&smin=1&smax=5');
	await expect.poll(() => raw(w, 'csi')).toBeCloseTo(50, 10);
	expect(await w.page.locator('tr[data-row]').count()).toBe(3);
	await expect(w.page.getByLabel('属性（第 3 行）').inputValue()).resolves.toBe('丙');
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test('adding and removing rows updates the results and the URL; a reload restores the table', async () => {
	const w = await open('?mode=ratio');
	await w.page.getByRole('button', { name: '添加一行' }).click();
	await w.page.getByLabel('属性（第 4 行）').fill('物流');
	await w.page.getByLabel('期望 E（第 4 行）').fill('１０');
	await w.page.getByLabel('感知 P（第 4 行）').fill('5');
	// (4 × 9/8 + 3 × 7/8 + 3 × 7/7 + 1 × 5/10) / 11
	const expected = (4 * 1.125 + 3 * 0.875 + 3 + 0.5) / 11;
	await expect.poll(() => raw(w, 'attr-ratio')).toBeCloseTo(expected, 12);
	await w.page.getByRole('button', { name: '删除第 1 行' }).click();
	await expect.poll(() => w.page.locator('tr[data-row]').count()).toBe(3);
	await expect
		.poll(() => new URL(w.page.url()).searchParams.get('attrs'))
		.toBe('服务态度|8|7|3;价格|7|7|3;物流|１０|5|1');
	await w.page.reload();
	await expect.poll(() => raw(w, 'attr-ratio')).toBeCloseTo((3 * 0.875 + 3 + 0.5) / 7, 12);
	await w.page.context().close();
});

test('a bad cell says what is wrong in Chinese and the rest of the table stays', async () => {
	const w = await open('?mode=acsi');
	await w.page.getByLabel('均值（1–10）（第 2 行）').fill('12');
	await expect(w.page.locator('.rows__error').textContent()).resolves.toBe('不能大于 10。');
	await expect(w.page.getByLabel('均值（1–10）（第 1 行）').inputValue()).resolves.toBe('8');
	await expect(w.page.locator('output[data-result="acsi"]').textContent()).resolves.toBe('—');
	expect(await axeViolations(w.page)).toEqual([]);
	await w.page.context().close();
});

test.each(['servqual', 'distribution', 'nps'])(
	'%s: the chart draws, CSV and PNG download, axe finds nothing in dark mode',
	async (mode) => {
		const w = await open(`?mode=${mode}`, { colorScheme: 'dark' });
		await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
		const [csv] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.getByRole('button', { name: '下载 CSV' }).click(),
		]);
		const text = readFileSync((await csv.path())!, 'utf8');
		expect(text.startsWith('\uFEFF')).toBe(true);
		expect(text.trim().split('\r\n').length).toBeGreaterThan(2);
		const [png] = await Promise.all([
			w.page.waitForEvent('download'),
			w.page.getByRole('button', { name: '下载图表 PNG' }).click(),
		]);
		expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
		expect(await axeViolations(w.page)).toEqual([]);
		expect(w.errors).toEqual([]);
		await w.page.context().close();
	},
);

test('every mode is reachable from the UI and shows its result', async () => {
	const w = await open('');
	const modes: [string, string, number][] = [
		['加权满意度指数', 'csi', 72.5],
		['ACSI 式指数', 'acsi', 700 / 9],
		['SERVQUAL 差距', 'servqual', -0.6],
		['评分分布', 'mean', 3.76],
		['净推荐值 NPS', 'nps', 100 / 3],
		['感知与期望', 'ratio', 1.125],
	];
	for (const [label, name, value] of modes) {
		await w.page.getByRole('radio', { name: label, exact: true }).check();
		await expect.poll(() => raw(w, name)).toBeCloseTo(value, 9);
	}
	await w.page.context().close();
});

test('on a phone the tables scroll inside their box and the page does not', async () => {
	const w = await open('?mode=servqual', { viewport: PHONE, isMobile: true, hasTouch: true });
	await w.page.getByLabel('感知 P（第 2 行）').fill('7');
	await expect.poll(() => raw(w, 'servqual')).toBeCloseTo((-0.5 + 0 + 0.5 - 0.5 - 0.5) / 5, 12);
	const { scroll, client } = await w.page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
	}));
	expect(scroll).toBeLessThanOrEqual(client);
	await w.page.context().close();
});
