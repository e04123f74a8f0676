import { readFileSync } from 'node:fs';
import { expect, inject, test } from 'vitest';
import { axeViolations, PHONE, useBrowser, watchedPage } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function open(query: string, options = {}) {
	const w = await watchedPage(browser(), { acceptDownloads: true, ...options });
	await w.page.goto(`${base}tools/loyalty/${query}`);
	await expect.poll(() => new URL(w.page.url()).searchParams.has('cd')).toBe(true);
	return w;
}
const verdict = (w: Awaited<ReturnType<typeof open>>) =>
	w.page.locator('output[data-result="class"]').getAttribute('data-value');

test('the hostage link opens a 人质型 customer on the matrix, drawn with its quadrants', async () => {
	const w = await open('?scheme=matrix&s=30&l=80');
	await expect(verdict(w)).resolves.toBe('hostage');
	await expect(w.page.locator('output[data-result="class"]').textContent()).resolves.toBe('人质型');
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	expect(await w.page.locator('canvas').getAttribute('aria-label')).toContain('人质型');
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test('every cause type is reachable by answering the questions', async () => {
	const w = await open('?scheme=cause');
	const ask = (q: string, v: string) => w.page.getByLabel(q, { exact: true }).selectOption(v);
	const att = '客户对企业有没有情感上的依恋？';
	const rep = '客户重复购买的程度如何？';
	const alt = '客户有没有别的供应商可以选择？';
	const price = '客户是否总是追随最低价格？';
	const reward = '客户是否为了奖励、优惠才来购买？';
	await ask(att, 'high');
	await ask(rep, 'high');
	await expect.poll(() => verdict(w)).toBe('trust');
	await ask(att, 'low');
	await ask(alt, 'no');
	await expect.poll(() => verdict(w)).toBe('monopoly');
	await ask(alt, 'yes');
	await ask(reward, 'yes');
	await expect.poll(() => verdict(w)).toBe('incentive');
	await ask(reward, 'no');
	await expect.poll(() => verdict(w)).toBe('inertia');
	await ask(rep, 'low');
	await ask(price, 'yes');
	await expect.poll(() => verdict(w)).toBe('price');
	await ask(price, 'no');
	await expect.poll(() => verdict(w)).toBe('none');
	await expect.poll(() => new URL(w.page.url()).searchParams.get('price')).toBe('no');
	await w.page.context().close();
});

test('comparing customers: add one, classify all, download CSV and the matrix PNG', async () => {
	const w = await open('?scheme=dickbasu', { colorScheme: 'dark' });
	await w.page.getByRole('button', { name: '添加一行' }).click();
	await w.page.getByLabel('客户（第 5 行）').fill('客户戊');
	await w.page.getByLabel('相对态度（0–100）（第 5 行）').fill('90');
	await w.page.getByLabel('重复购买（0–100）（第 5 行）').fill('10');
	await expect
		.poll(() =>
			w.page
				.locator('[data-class]')
				.evaluateAll((els) => els.map((e) => e.getAttribute('data-class'))),
		)
		.toEqual(['true', 'latent', 'spurious', 'no-loyalty', 'latent']);
	const [csv] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载 CSV' }).click(),
	]);
	const text = readFileSync((await csv.path())!, 'utf8');
	expect(text.startsWith('\uFEFF客户,')).toBe(true);
	expect(text).toContain('客户戊,90,10,潜在忠诚');
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	const [png] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载图表 PNG' }).click(),
	]);
	expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
	expect(await axeViolations(w.page)).toEqual([]);
	await w.page.context().close();
});

test('the index scheme shows the weighted index, and a bad score is named without losing the rest', async () => {
	const w = await open('?scheme=index');
	const index = () => w.page.locator('output[data-result="index"]').getAttribute('data-value');
	expect(Number(await index())).toBeCloseTo(68.5, 10);
	await w.page.getByLabel('推荐意愿（0–100）', { exact: true }).fill('abc');
	await expect(w.page.locator('#loy-ix1-error').textContent()).resolves.toMatch(/^请输入一个数字/);
	await expect(
		w.page.getByLabel('重复购买可能性（0–100）', { exact: true }).inputValue(),
	).resolves.toBe('80');
	await expect.poll(index).toBe('');
	expect(await axeViolations(w.page)).toEqual([]);
	await w.page.context().close();
});

test('on a phone the classifier fits the screen', async () => {
	const w = await open('?scheme=matrix', { viewport: PHONE, isMobile: true, hasTouch: true });
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	const { scroll, client } = await w.page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
	}));
	expect(scroll).toBeLessThanOrEqual(client);
	await w.page.context().close();
});
