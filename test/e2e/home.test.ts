import { expect, inject, test } from 'vitest';
import { axeViolations, PHONE, sitePages, useBrowser, watchedPage } from './browser';

const base = inject('baseUrl');
const chapters = sitePages(inject('distDir')).filter((p) => /^chapters\/[^/]+\/$/.test(p));
const PATHS = ['开始学这门课', '备课与上课', '查一个概念'];

const browser = useBrowser();

async function home(options = {}) {
	const w = await watchedPage(browser(), options);
	await w.page.goto(base);
	return w;
}

/** The section a path's heading opens. */
const path = (w: Awaited<ReturnType<typeof home>>, name: string) =>
	w.page.locator('section.path', {
		has: w.page.getByRole('heading', { name, exact: true, level: 3 }),
	});

test('the home page offers three ways in, under one heading: student, instructor, learner', async () => {
	const w = await home();
	const section = w.page
		.locator('section', { has: w.page.getByRole('heading', { name: '从这里开始', level: 2 }) })
		.first();
	expect(await section.getByRole('heading', { level: 3 }).allTextContents()).toEqual(PATHS);
	await w.page.context().close();
});

test('a student starts chapter 1, or reads the course facts first', async () => {
	const w = await home();
	await path(w, '开始学这门课')
		.getByRole('link', { name: /从第 1 章开始/ })
		.click();
	await w.page.waitForURL((u) => u.pathname === `/${chapters[0]}`);
	expect(await w.page.locator('h1').textContent()).toContain('客户关系管理综述');
	await w.page.goBack();
	await path(w, '开始学这门课')
		.getByRole('link', { name: /课程信息/ })
		.click();
	await w.page.waitForURL((u) => u.pathname === '/syllabus/');
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test("an instructor finds the calculators, the labs and every chapter's questions", async () => {
	const w = await home();
	const teacher = path(w, '备课与上课');
	for (const [name, to] of [
		[/计算工具/, '/tools/'],
		[/实训项目/, '/labs/'],
	] as const) {
		expect(await teacher.getByRole('link', { name }).getAttribute('href')).toBe(to);
	}
	expect(await teacher.textContent()).toContain('Ctrl+P');
	const questions = teacher.getByRole('link', { name: /^第 \d 章思考题$/ });
	expect(await questions.count()).toBe(chapters.length);
	const last = questions.last();
	const label = (await last.getAttribute('aria-label'))!;
	await last.click();
	await w.page.waitForURL((u) => u.pathname === `/${chapters.at(-1)}` && u.hash.length > 1);
	const id = decodeURIComponent(new URL(w.page.url()).hash.slice(1));
	expect(await w.page.locator(`[id="${id}"]`).textContent()).toBe('思考题');
	expect(label).toBe(`第 ${chapters.length} 章思考题`);
	await w.page.context().close();
});

test('what the print tip promises: a printed chapter has the article, no navigation, no exercises unless asked', async () => {
	const w = await home();
	await expect(w.page.locator('[data-print-tip]').textContent()).resolves.toMatch(/打印本章.*勾选/);
	await w.page.goto(base + chapters[0]!);
	await w.page.emulateMedia({ media: 'print' });
	for (const chrome of [
		'.site-header',
		'.site-nav',
		'.page__toc',
		'.chapter-exercises',
		'.print-bar',
	]) {
		expect(await w.page.locator(chrome).first().isVisible(), chrome).toBe(false);
	}
	expect(await w.page.locator('article h1').isVisible()).toBe(true);
	await w.page.context().close();
});

test('a learner searches a concept from the home page and gets the page that teaches it', async () => {
	const w = await home();
	const learner = path(w, '查一个概念');
	await learner.getByRole('searchbox', { name: '搜索概念或术语' }).fill('CLV');
	await learner.getByRole('searchbox').press('Enter');
	await w.page.waitForURL((u) => u.pathname === '/search/' && u.searchParams.get('q') === 'CLV');
	const first = w.page.locator('#search-page .pf-result-link').first();
	await first.waitFor();
	const results = await w.page
		.locator('#search-page .pf-result-link')
		.evaluateAll((as) =>
			as.slice(0, 3).map((a) => new URL((a as HTMLAnchorElement).href).pathname),
		);
	expect(results).toContain('/chapters/04-customer-value/');
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test('the glossary link names the number of terms the glossary holds', async () => {
	const w = await home();
	const link = path(w, '查一个概念').getByRole('link', { name: /术语表/ });
	const n = Number(/(\d+)/.exec((await link.textContent()) ?? '')?.[1]);
	await link.click();
	await w.page.waitForURL((u) => u.pathname === '/glossary/');
	expect(await w.page.locator('h2[data-term]').count()).toBe(n);
	await w.page.context().close();
});

test('on a desktop the three paths stand side by side', async () => {
	const w = await home();
	const tops = await w.page
		.locator('section.path')
		.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
	expect(tops).toHaveLength(3);
	expect(new Set(tops).size).toBe(1);
	await w.page.context().close();
});

test.each(['light', 'dark'])(
	'on a phone (%s) the paths stack, nothing overflows and axe finds nothing',
	async (theme) => {
		const w = await home({ viewport: PHONE, isMobile: true, hasTouch: true, colorScheme: theme });
		await w.page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
		const boxes = await w.page.locator('section.path').evaluateAll((els) =>
			els.map((e) => {
				const r = e.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, width: r.width };
			}),
		);
		for (let i = 1; i < boxes.length; i++)
			expect(boxes[i]!.top).toBeGreaterThanOrEqual(boxes[i - 1]!.bottom);
		for (const box of boxes) expect(box.width).toBeGreaterThan(PHONE.width * 0.8);
		expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			PHONE.width,
		);
		// The keyboard shortcuts hint is for keyboards only.
		expect(await w.page.locator('.path__hint').isVisible()).toBe(false);
		expect(await axeViolations(w.page)).toEqual([]);
		await w.page.context().close();
	},
);

test('under a sub-path (/crm/) the search box and the paths stay under /crm/', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(inject('subPathUrl'));
	expect(await w.page.locator('form[role="search"]').getAttribute('action')).toBe('/crm/search/');
	const hrefs = await w.page
		.locator('section.path a')
		.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(5);
	for (const href of hrefs) expect(href).toMatch(/^\/crm\//);
	await w.page.context().close();
});
