import { beforeAll, expect, inject, test } from 'vitest';
import { axeViolations, PHONE, sitePages, useBrowser, watchedPage, type Watched } from './browser';

const pages = sitePages(inject('distDir')).filter((p) => p !== '404.html');
const base = inject('baseUrl');

const browser = useBrowser();
let w: Watched;
beforeAll(async () => {
	w = await watchedPage(browser());
});

test('the build has every page type', () => {
	for (const expected of [
		'',
		'chapters/01-crm-overview/',
		'syllabus/',
		'glossary/',
		'search/',
		'tools/',
		'labs/',
	]) {
		expect(pages).toContain(expected);
	}
	expect(pages.some((p) => p.startsWith('topics/'))).toBe(true);
	expect(pages.some((p) => /^labs\/.+\//.test(p))).toBe(true);
});

// Every page's own checks (status, policy, hydration, axe) are in crawl.ts, run in three shards.

test.each(['', 'chapters/01-crm-overview/'])(
	'/%s has no axe violations on a phone, menu closed and open',
	async (path) => {
		const phone = await watchedPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
		await phone.page.goto(base + path);
		expect(await axeViolations(phone.page)).toEqual([]);
		await phone.page.click('[data-menu-toggle]');
		expect(await phone.page.getByRole('button', { name: '关闭目录' }).count()).toBe(1);
		expect(await axeViolations(phone.page)).toEqual([]);
		await phone.page.context().close();
	},
);

test('a missing page answers 404 with the site 404 page in Chinese', async () => {
	const response = await w.page.goto(`${base}no-such-page/`);
	expect(response?.status()).toBe(404);
	expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
	await expect(w.page.locator('h1').textContent()).resolves.toBe('页面不存在');
	expect(await axeViolations(w.page)).toEqual([]);
});

test("formulas render under the policy: KaTeX's inline sizes apply (style-src allows them, script-src stays hashed)", async () => {
	const chapter = pages.find((p) => p.startsWith('chapters/04-'))!;
	await w.page.goto(base + chapter);
	const sized = await w.page.evaluate(() => {
		const styled = [
			...document.querySelectorAll<HTMLElement>('.katex-html [style*="height"]'),
		].slice(0, 50);
		return {
			count: styled.length,
			applied: styled.filter(
				(el) => el.style.height !== '' && getComputedStyle(el).height !== 'auto',
			).length,
		};
	});
	expect(sized.count).toBeGreaterThan(10);
	expect(sized.applied).toBe(sized.count);
});

test('search runs its WebAssembly under the policy', async () => {
	w.csp.length = 0;
	w.errors.length = 0;
	await w.page.goto(`${base}search/?q=${encodeURIComponent('客户满意度')}`);
	await w.page.waitForSelector('.pf-result-link', { timeout: 20_000 });
	expect(w.csp).toEqual([]);
	expect(w.errors).toEqual([]);
});

test('the violation counter itself sees a refused inline script (so a zero above means something)', async () => {
	w.csp.length = 0;
	w.errors.length = 0;
	await w.page.goto(
		`data:text/html,${encodeURIComponent(`<html><head><meta http-equiv="Content-Security-Policy" content="script-src 'none'"><title>x</title></head><body><script>document.title = 'ran'</script></body></html>`)}`,
	);
	await w.page.waitForTimeout(100);
	expect(await w.page.title()).not.toBe('ran');
	expect(w.csp.length).toBe(1);
	w.errors.length = 0;
});
