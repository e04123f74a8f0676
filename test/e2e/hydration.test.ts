import type { Page } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { PHONE, useBrowser, watchedPage } from './browser';

/**
 * On a slow phone a calculator is drawn before it comes alive; what a person types in between is
 * kept and computed (issue: the field showed P = 6 while the result stayed at P = 9). The island's
 * script is held back until the typing is done, on a CPU slowed 4×, so the typing is always early.
 */
const base = inject('baseUrl');
const browser = useBrowser();

/** Holds every request for the component's script until `release` is called. */
async function holdScript(page: Page, component: string) {
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route(new RegExp(`/_astro/${component}\\.[\\w-]+\\.js$`), async (route) => {
		await held;
		await route.continue();
	});
	return release;
}

async function slowPhone() {
	const w = await watchedPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
	const cdp = await w.page.context().newCDPSession(w.page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	return w;
}

test('typed into a chapter calculator before it hydrated: the result follows the field', async () => {
	const w = await slowPhone();
	const release = await holdScript(w.page, 'SatisfactionCalculator');
	await w.page.goto(`${base}chapters/02-customer-satisfaction/`);
	const calc = w.page.locator('.calc', { has: w.page.locator('#ch2-ratio-p') });
	await w.page.locator('#ch2-ratio-p').scrollIntoViewIfNeeded();
	// The server drew E = 8, P = 9 (C = 1.125); the person changes P and the band first.
	await w.page.locator('#ch2-ratio-p').fill('6');
	await w.page.locator('#ch2-ratio-band').fill('１０%');
	expect(await calc.locator('output[data-result="ratio"]').getAttribute('data-value')).toBe(
		'1.125',
	);
	release();
	// C = P / E = 6 / 8 = 0.75, below 1 − 10 %: not satisfied.
	await expect
		.poll(() => calc.locator('output[data-result="ratio"]').getAttribute('data-value'))
		.toBe('0.75');
	await expect(calc.locator('output[data-result="gap"]').getAttribute('data-value')).resolves.toBe(
		'-2',
	);
	await expect(w.page.locator('#ch2-ratio-p').inputValue()).resolves.toBe('6');
	await expect(w.page.locator('#ch2-ratio-band').inputValue()).resolves.toBe('１０%');
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('typed on a tool page opened from a link, before it hydrated: the typing wins over the link, and a bad value gets its message', async () => {
	const w = await slowPhone();
	const release = await holdScript(w.page, 'SatisfactionCalculator');
	await w.page.goto(`${base}tools/satisfaction/?mode=ratio&e=8&p=9&band=5`);
	const field = w.page.getByLabel('期望 E', { exact: false }).first();
	await field.waitFor();
	await field.fill('abc');
	release();
	await expect
		.poll(() => w.page.locator('.field', { has: field }).locator('.field__error').textContent())
		.toMatch(/[\u4e00-\u9fff]/);
	await expect(field.inputValue()).resolves.toBe('abc');
	await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
	await expect
		.poll(() => w.page.locator('output[data-result="ratio"]').first().getAttribute('data-value'))
		.toBe('');
	await expect.poll(() => new URL(w.page.url()).searchParams.get('e')).toBe('abc');
	expect(new URL(w.page.url()).searchParams.get('p')).toBe('9');
	await w.page.context().close();
});
