import jsQR from 'jsqr';
import type { Browser, Locator } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { IN_APP } from '../lib/browser/agents';
import { PHONE, useBrowser, watchedPage } from './browser';

/**
 * Every page offers its link as a QR code made on the page, and an assignment's code reaches the
 * students' page. Each code is read back from a screenshot by an independent decoder (jsQR), so
 * what is checked is what a phone's camera would see, in the theme the page is shown in.
 */
const base = inject('baseUrl');
const browser = useBrowser();

/** What a decoder reads from the pixels of `target` as drawn, or null where it finds no code. */
async function scan(b: Browser, target: Locator): Promise<string | null> {
	const png = (await target.screenshot()).toString('base64');
	// Chromium's own PNG decoder, in a blank page of its own, turns the screenshot into pixels.
	const page = await b.newPage();
	const { width, height, data } = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const context = canvas.getContext('2d')!;
		context.drawImage(img, 0, 0);
		const pixels = context.getImageData(0, 0, canvas.width, canvas.height);
		return { width: canvas.width, height: canvas.height, data: Array.from(pixels.data) };
	}, png);
	await page.close();
	return jsQR(Uint8ClampedArray.from(data), width, height)?.data ?? null;
}

const qrDialog = '#qr-dialog';

test.each([
	['in WeChat on a phone, dark', IN_APP.wechat[0]],
	['in Chromium on a phone, light', undefined],
] as const)(
	'%s: a chapter\'s "本页二维码" shows a code of the page\'s link',
	async (name, userAgent) => {
		const w = await watchedPage(browser(), {
			viewport: PHONE,
			isMobile: true,
			colorScheme: name.endsWith('dark') ? 'dark' : 'light',
			...(userAgent ? { userAgent } : {}),
		});
		await w.page.goto(`${base}chapters/03-customer-loyalty/#客户忠诚的定义`);
		await w.page.getByRole('button', { name: '本页二维码' }).click();
		const dialog = w.page.locator(qrDialog);
		await dialog.locator('.qr__code svg').waitFor();
		await expect(dialog.getAttribute('aria-labelledby')).resolves.toBe('qr-dialog-title');
		expect(await scan(browser(), dialog.locator('.qr__code'))).toBe(w.page.url());
		await expect(dialog.locator('.qr__link').textContent()).resolves.toBe(w.page.url());
		await dialog.getByRole('button', { name: '复制链接' }).click();
		await expect
			.poll(() => dialog.locator('[role="status"]').textContent())
			.toMatch(/链接已复制|无法自动复制/);
		await w.page.keyboard.press('Escape');
		await expect.poll(() => dialog.count()).toBe(0);
		// Focus is back on the button that opened it.
		await expect
			.poll(() => w.page.evaluate(() => document.activeElement?.textContent))
			.toBe('本页二维码');
		expect(w.errors).toEqual([]);
		expect(w.foreign).toEqual([]);
		await w.page.context().close();
	},
);

test("a calculator's 二维码 carries the numbers as typed, the same link its copy button gives", async () => {
	const w = await watchedPage(browser(), { permissions: ['clipboard-read', 'clipboard-write'] });
	await w.page.goto(`${base}tools/clv/`);
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	await w.page.getByLabel('留存率 p').fill('73');
	await w.page.getByRole('button', { name: '复制分享链接' }).first().click();
	await expect.poll(() => w.page.locator('.share__status').first().textContent()).toBe('已复制');
	const copied = await w.page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).searchParams.get('p')).toBe('73');
	await w.page.getByRole('button', { name: '二维码' }).first().click();
	const code = w.page.locator(`${qrDialog} .qr__code`);
	await code.locator('svg').waitFor();
	expect(await scan(browser(), code)).toBe(copied);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test("an assignment's code opens the students' page: beside the builder's link, on the worksheet, and on a student's printout", async () => {
	const w = await watchedPage(browser(), { colorScheme: 'dark' });
	await w.page.goto(`${base}instructor/`);
	await w.page.locator('.builder__list input[type="checkbox"]').nth(1).check();
	const link = await w.page.locator('[data-assignment-link]').getAttribute('data-assignment-link');
	expect(new URL(link!).pathname).toMatch(/\/assignment\/$/);
	const builderCode = w.page.locator(`[data-qr-figure="${link}"] .qr__code`);
	await builderCode.locator('svg').waitFor();
	expect(await scan(browser(), builderCode)).toBe(link);

	// The worksheet (with its answer key) shows the students' link, never its own address.
	const worksheet = await w.page.locator('[data-worksheet-link]').getAttribute('href');
	await w.page.goto(new URL(worksheet!, base).href);
	const sheetCode = w.page.locator('[data-qr-figure] .qr__code');
	await sheetCode.locator('svg').waitFor();
	expect(await scan(browser(), sheetCode)).toBe(link);

	// On the students' page the code is for the printout only.
	await w.page.goto(link!);
	const figure = w.page.locator('[data-qr-figure]');
	await figure.locator('svg').waitFor({ state: 'attached' });
	expect(await figure.isVisible()).toBe(false);
	await w.page.emulateMedia({ media: 'print' });
	await expect.poll(() => figure.isVisible()).toBe(true);
	expect(await scan(browser(), figure.locator('.qr__code'))).toBe(link);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('a link too long for any QR code says so, and can still be copied', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(`${base}glossary/#${'x'.repeat(2400)}`);
	await w.page.getByRole('button', { name: '本页二维码' }).click();
	const dialog = w.page.locator(qrDialog);
	await expect
		.poll(() => dialog.locator('[data-qr-issue="tooLong"]').textContent())
		.toContain('这个链接太长');
	expect(await dialog.locator('svg').count()).toBe(0);
	await expect(dialog.getByRole('button', { name: '复制链接' }).isVisible()).resolves.toBe(true);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('where the encoder cannot load, the footer says so in Chinese', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(`${base}glossary/`);
	// The network drops after the page has loaded: the lazily loaded module fails.
	await w.page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
	await w.page.getByRole('button', { name: '本页二维码' }).click();
	await expect
		.poll(() => w.page.locator('[data-qr-status]').textContent())
		.toContain('二维码没有生成成功');
	await w.page.context().close();
});
