import { beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations, PHONE, sitePages, useBrowser, watchedPage, type Watched } from './browser';

const pages = sitePages(inject('distDir')).filter((p) => p !== '404.html');
const base = inject('baseUrl');

const browser = useBrowser();
let w: Watched;
beforeAll(async () => {
	w = await watchedPage(browser());
});

test('the build has every page type', () => {
	for (const expected of ['', 'chapters/01-crm-overview/', 'syllabus/', 'glossary/', 'search/', 'tools/', 'labs/']) {
		expect(pages).toContain(expected);
	}
	expect(pages.some((p) => p.startsWith('topics/'))).toBe(true);
	expect(pages.some((p) => /^labs\/.+\//.test(p))).toBe(true);
});

describe.each(pages)('page /%s', (path) => {
	test('returns 200 with lang="zh-CN", one h1, a title, no console errors, no foreign requests', async () => {
		const response = await w.page.goto(base + path);
		expect(response?.status()).toBe(200);
		expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
		expect(await w.page.locator('h1').count()).toBe(1);
		expect((await w.page.title()).trim().length).toBeGreaterThan(0);
		await w.page.waitForLoadState('networkidle');
		expect(w.errors).toEqual([]);
		expect(w.foreign).toEqual([]);
	});

	test.each(['light', 'dark'])('has no axe violations in %s mode', async (theme) => {
		await w.page.goto(base + path);
		await w.page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
		expect(await axeViolations(w.page)).toEqual([]);
	});
});

test.each(['', 'chapters/01-crm-overview/'])('/%s has no axe violations on a phone, menu closed and open', async (path) => {
	const phone = await watchedPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
	await phone.page.goto(base + path);
	expect(await axeViolations(phone.page)).toEqual([]);
	await phone.page.click('[data-menu-toggle]');
	expect(await phone.page.getByRole('button', { name: '关闭目录' }).count()).toBe(1);
	expect(await axeViolations(phone.page)).toEqual([]);
	await phone.page.context().close();
});

test('a missing page answers 404 with the site 404 page in Chinese', async () => {
	const response = await w.page.goto(`${base}no-such-page/`);
	expect(response?.status()).toBe(404);
	expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
	await expect(w.page.locator('h1').textContent()).resolves.toBe('页面不存在');
	expect(await axeViolations(w.page)).toEqual([]);
});
