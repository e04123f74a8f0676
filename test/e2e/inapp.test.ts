import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, inject, test } from 'vitest';
import { PHONE, useBrowser, watchedPage, type Watched } from './browser';

/**
 * In WeChat (and QQ, 学习通, 钉钉) a `blob:` download is dropped and there is no printing: every
 * export shows what works there instead, and never fails silently. With Chromium's own user agent
 * the same buttons still download and print.
 */
const base = inject('baseUrl');
const browser = useBrowser();
const AGENTS = {
	'WeChat on Android':
		'Mozilla/5.0 (Linux; Android 13; V2049A Build/TP1A.220624.014; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/116.0.0.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MMWEBID/2247 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/arm64',
	'WeChat on iOS':
		'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.44(0x18002c2f) NetType/WIFI Language/zh_CN',
};
const bank = parse(
	readFileSync(join(import.meta.dirname, '../../content/exercises/04-customer-value.yaml'), 'utf8'),
) as { exercises: { id: string; type: string; answer?: unknown }[] };
const ids = bank.exercises
	.slice(0, 2)
	.map((e) => e.id)
	.join(',');

/** A phone page in the given user agent that records downloads and print calls. */
async function inApp(userAgent: string): Promise<Watched & { downloads: string[] }> {
	const w = await watchedPage(browser(), {
		viewport: PHONE,
		isMobile: true,
		hasTouch: true,
		userAgent,
		acceptDownloads: true,
		permissions: ['clipboard-read', 'clipboard-write'],
	});
	const downloads: string[] = [];
	w.page.on('download', (d) => downloads.push(d.suggestedFilename()));
	await w.page.addInitScript(() => {
		window.print = () => {
			(window as unknown as { printed: number }).printed =
				((window as unknown as { printed?: number }).printed ?? 0) + 1;
		};
	});
	return { ...w, downloads };
}

const bar = (w: Watched) => w.page.locator('#inapp-bar');
const dialog = (w: Watched) => w.page.locator('#inapp-dialog');

async function closeDialog(w: Watched) {
	await dialog(w).getByRole('button', { name: '关闭' }).click();
	await expect.poll(() => dialog(w).count()).toBe(0);
}

test.each(Object.entries(AGENTS))(
	'%s: calculator CSV and PNG, the segmentation CSV, a template and printing each show their fallback',
	async (_, userAgent) => {
		const w = await inApp(userAgent);
		await w.page.goto(`${base}tools/clv/`);
		await w.page.locator('canvas[data-chart-ready="true"]').waitFor();

		// CSV: the text to copy, without Excel's BOM, and the bar saying how to open a browser.
		await w.page.getByRole('button', { name: '下载 CSV' }).click();
		const text = dialog(w).locator('textarea[data-inapp-text]');
		await text.waitFor();
		const csv = await text.inputValue();
		expect(csv.startsWith('年 t,收入,成本')).toBe(true);
		expect(csv.split(/\r?\n/).length).toBeGreaterThan(2);
		await expect(bar(w).textContent()).resolves.toContain('在微信里打开的网页不能直接下载文件');
		await expect(bar(w).textContent()).resolves.toContain('在浏览器打开');
		await dialog(w).getByRole('button', { name: '复制全部文字' }).click();
		await expect
			.poll(() => dialog(w).locator('[role="status"]').textContent())
			.toMatch(/已复制全部文字|无法自动复制/);
		await closeDialog(w);

		// PNG: an image to long-press.
		await w.page.getByRole('button', { name: '下载图表 PNG' }).click();
		const image = dialog(w).locator('img[data-inapp-image]');
		await image.waitFor();
		expect(await image.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
		expect(await image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		await closeDialog(w);

		// The bar copies the page's link.
		await bar(w).getByRole('button', { name: '复制本页链接' }).click();
		await expect
			.poll(() => bar(w).locator('[role="status"]').textContent())
			.toMatch(/链接已复制|无法自动复制/);

		// The segmentation table's CSV (read from its worker).
		await w.page.goto(`${base}tools/segmentation/`);
		await w.page.getByRole('button', { name: '下载 CSV' }).click();
		await dialog(w).locator('textarea[data-inapp-text="客户细分.csv"]').waitFor();
		expect(
			(await dialog(w).locator('textarea').inputValue()).split(/\r?\n/).length,
		).toBeGreaterThan(3);
		await closeDialog(w);

		// A lab's template: the file's own text.
		await w.page.goto(`${base}labs/01-satisfaction-survey/`);
		await w.page.getByRole('link', { name: '满意度与忠诚度指标体系模板' }).click();
		const template = dialog(w).locator('textarea[data-inapp-text]');
		await template.waitFor();
		expect(await template.inputValue()).toMatch(/^编号,一级指标,二级指标/);
		await closeDialog(w);

		// Printing the worksheet: the bar says it cannot print here; print() is never called.
		await w.page.goto(
			`${base}instructor/worksheet/?t=${encodeURIComponent('练习纸')}&e=${ids}&s=5`,
		);
		await w.page.getByRole('button', { name: '打印练习纸' }).click();
		await expect
			.poll(() => bar(w).locator('[data-inapp-reason]').textContent())
			.toContain('在微信里打开的网页不能打印');
		expect(await w.page.evaluate(() => (window as { printed?: number }).printed ?? 0)).toBe(0);

		expect(w.downloads).toEqual([]);
		expect(w.errors).toEqual([]);
		expect(w.foreign).toEqual([]);
		await w.page.context().close();
	},
);

test("with Chromium's own user agent the same buttons download and print, and no bar shows", async () => {
	const w = await watchedPage(browser(), { acceptDownloads: true });
	await w.page.addInitScript(() => {
		window.print = () => {
			(window as unknown as { printed: number }).printed = 1;
		};
	});
	await w.page.goto(`${base}tools/clv/`);
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	const [csv] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载 CSV' }).click(),
	]);
	expect(csv.suggestedFilename()).toMatch(/\.csv$/);
	await w.page.goto(`${base}labs/01-satisfaction-survey/`);
	const [file] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('link', { name: '满意度与忠诚度指标体系模板' }).click(),
	]);
	expect(file.suggestedFilename()).toBe('lab1-satisfaction-indicators.csv');
	await w.page.goto(`${base}instructor/worksheet/?t=${encodeURIComponent('练习纸')}&e=${ids}&s=5`);
	await w.page.getByRole('button', { name: '打印练习纸' }).click();
	await expect.poll(() => w.page.evaluate(() => (window as { printed?: number }).printed)).toBe(1);
	expect(await bar(w).count()).toBe(0);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('WeChat: the progress record exports as text to copy, the same record that is stored', async () => {
	const w = await inApp(AGENTS['WeChat on Android']);
	const single = bank.exercises.find((e) => e.type === 'single')!;
	await w.page.goto(`${base}chapters/04-customer-value/`);
	const card = w.page.locator(`[data-exercise="${single.id}"]`);
	await card.scrollIntoViewIfNeeded();
	await w.page.locator('.chapter-exercises astro-island:not([ssr])').waitFor();
	await card.locator(`input[value="${String(single.answer)}"]`).check();
	await card.getByRole('button', { name: '核对答案' }).click();
	await expect
		.poll(() => w.page.evaluate(() => localStorage.getItem('crm-course-progress')))
		.toContain(single.id);
	const stored: unknown = await w.page.evaluate(() =>
		JSON.parse(localStorage.getItem('crm-course-progress')!),
	);
	await w.page.goto(`${base}progress/`);
	await w.page.locator('astro-island:not([ssr])').waitFor();
	await w.page.getByRole('button', { name: '导出记录（JSON）' }).click();
	const text = dialog(w).locator('textarea[data-inapp-text]');
	await text.waitFor();
	expect(JSON.parse(await text.inputValue())).toEqual(stored);
	await expect(bar(w).textContent()).resolves.toContain('不能直接下载文件');
	expect(w.downloads).toEqual([]);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('a browser without printing or a clipboard says what to do instead of failing silently', async () => {
	const w = await watchedPage(browser(), { viewport: PHONE, isMobile: true });
	await w.page.addInitScript(() => {
		// As in some in-app browsers whatever the user agent says: no print(), no Clipboard API,
		// and the old copy command refuses.
		Reflect.deleteProperty(window, 'print');
		Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
		document.execCommand = () => false;
	});
	await w.page.goto(`${base}instructor/worksheet/?t=${encodeURIComponent('练习纸')}&e=${ids}&s=5`);
	await w.page.getByRole('button', { name: '打印练习纸' }).click();
	await expect
		.poll(() => bar(w).locator('[data-inapp-reason="print"]').textContent())
		.toBe('在这个浏览器里打开的网页不能打印。');
	await expect(bar(w).textContent()).resolves.toContain('复制本页链接');

	await w.page.goto(`${base}tools/clv/?p=66`);
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	await w.page.getByRole('button', { name: '复制分享链接' }).first().click();
	const manual = w.page.locator('.share__fallback');
	await expect.poll(() => manual.textContent()).toContain('无法自动复制，请手动复制下面的网址');
	expect(new URL(await manual.locator('input').inputValue()).searchParams.get('p')).toBe('66');

	await w.page.getByRole('button', { name: '本页二维码' }).click();
	await w.page.locator('#qr-dialog').getByRole('button', { name: '复制链接' }).click();
	await expect
		.poll(() => w.page.locator('#qr-dialog [role="status"]').textContent())
		.toBe('无法自动复制，请长按上面的链接手动复制。');
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});
