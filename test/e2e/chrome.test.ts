import { describe, expect, inject, test } from 'vitest';
import { PHONE, useBrowser, watchedPage } from './browser';

const base = inject('baseUrl');
const CHAPTER = `${base}chapters/01-crm-overview/`;

const browser = useBrowser();

describe('theme toggle', () => {
	/** Records data-theme at the moment <body> is first parsed, i.e. before the first paint. */
	const themeAtFirstBody = `
		new MutationObserver((_, observer) => {
			if (document.body) {
				window.__themeAtBody = document.documentElement.dataset.theme;
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	`;

	test.each(['light', 'dark'] as const)(
		'follows a %s system preference until the reader chooses',
		async (scheme) => {
			const w = await watchedPage(browser(), { colorScheme: scheme });
			await w.page.goto(CHAPTER);
			expect(await w.page.getAttribute('html', 'data-theme')).toBe(scheme);
			expect(await w.page.getAttribute('html', 'data-theme-pref')).toBe('auto');
			await w.page.context().close();
		},
	);

	test('cycles 跟随系统 → 浅色 → 深色, persists across reload, and never flashes the other theme', async () => {
		const w = await watchedPage(browser(), { colorScheme: 'light' });
		await w.page.addInitScript(themeAtFirstBody);
		await w.page.goto(CHAPTER);
		const toggle = w.page.locator('[data-theme-toggle]');
		await expect(toggle.getAttribute('aria-label')).resolves.toContain('跟随系统');
		await toggle.click();
		expect(await w.page.getAttribute('html', 'data-theme-pref')).toBe('light');
		await toggle.click();
		expect(await w.page.getAttribute('html', 'data-theme')).toBe('dark');
		await expect(toggle.getAttribute('aria-label')).resolves.toContain('深色');
		const bg = () => w.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
		const darkBg = await bg();

		await w.page.reload();
		expect(
			await w.page.evaluate(() => (window as unknown as { __themeAtBody: string }).__themeAtBody),
		).toBe('dark');
		expect(await w.page.getAttribute('html', 'data-theme')).toBe('dark');
		expect(await bg()).toBe(darkBg);

		await w.page.goto(`${base}glossary/`);
		expect(await w.page.getAttribute('html', 'data-theme')).toBe('dark');

		await w.page.locator('[data-theme-toggle]').click();
		await w.page.reload();
		expect(await w.page.getAttribute('html', 'data-theme-pref')).toBe('auto');
		expect(await w.page.getAttribute('html', 'data-theme')).toBe('light');
		expect(w.errors).toEqual([]);
		await w.page.context().close();
	});

	test('formulas are typeset with KaTeX fonts served by the site and keep the text colour in dark mode', async () => {
		const w = await watchedPage(browser(), { colorScheme: 'dark' });
		await w.page.goto(CHAPTER, { waitUntil: 'networkidle' });
		const fonts = await w.page.evaluate(async () => {
			await document.fonts.ready;
			const el = document.querySelector('.katex-display .katex');
			return {
				family: el ? getComputedStyle(el).fontFamily : '',
				loaded: [...document.fonts].filter(
					(f) => f.family.includes('KaTeX') && f.status === 'loaded',
				).length,
			};
		});
		expect(fonts.family).toContain('KaTeX_Main');
		expect(fonts.loaded).toBeGreaterThan(0);
		expect(w.foreign).toEqual([]);
		const colours = await w.page.evaluate(() => {
			const katex = document.querySelector('.katex-display .katex');
			const body = document.querySelector('article');
			return katex && body ? [getComputedStyle(katex).color, getComputedStyle(body).color] : [];
		});
		expect(colours).toHaveLength(2);
		expect(colours[0]).toBe(colours[1]);
		await w.page.context().close();
	});
});

describe('keyboard', () => {
	test('the first Tab reaches the skip link, which moves focus to the article', async () => {
		const w = await watchedPage(browser());
		await w.page.goto(CHAPTER);
		await w.page.keyboard.press('Tab');
		expect(await w.page.evaluate(() => document.activeElement?.className)).toContain('skip-link');
		await w.page.keyboard.press('Enter');
		expect(await w.page.evaluate(() => document.activeElement?.id)).toBe('main');
		await w.page.context().close();
	});

	test('Tab reaches the chapter navigation; Enter follows a link; the current page is marked', async () => {
		const w = await watchedPage(browser());
		await w.page.goto(base);
		let label = '';
		for (let i = 0; i < 15 && label !== '课程信息'; i++) {
			await w.page.keyboard.press('Tab');
			label = await w.page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');
		}
		expect(label).toBe('课程信息');
		await w.page.keyboard.press('Enter');
		await w.page.waitForURL(/\/syllabus\/$/);
		const current = w.page.locator('#site-nav [aria-current="page"]');
		expect((await current.textContent())?.trim()).toBe('课程信息');
		await w.page.context().close();
	});

	test('the focused element always shows a visible focus ring', async () => {
		const w = await watchedPage(browser());
		await w.page.goto(CHAPTER);
		for (let i = 0; i < 6; i++) {
			await w.page.keyboard.press('Tab');
			const outline = await w.page.evaluate(() => {
				const el = document.activeElement as HTMLElement;
				const style = getComputedStyle(el);
				return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
			});
			expect(outline).toBe(true);
		}
		await w.page.context().close();
	});
});

describe('phone (360 px)', () => {
	// Every other page is checked at 360 px by the crawl (test/e2e/crawl.ts), on its hydrated load.
	test('the 404 page has no horizontal scrolling', async () => {
		const w = await watchedPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
		await w.page.goto(`${base}no-such-page/`);
		const { scroll, client } = await w.page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
		}));
		expect(scroll).toBeLessThanOrEqual(client);
		await w.page.context().close();
	});

	test.each([320, 360, 390, 430])(
		'at %d px the header keeps one row: no button wraps its label, the site title shows whole',
		async (width) => {
			const w = await watchedPage(browser(), {
				viewport: { width, height: 640 },
				isMobile: true,
				hasTouch: true,
			});
			await w.page.goto(CHAPTER);
			const rows = await w.page.evaluate(() => {
				const header = document.querySelector('header')!;
				const buttons = [...header.querySelectorAll('button')].filter(
					(b) => b.offsetParent !== null,
				);
				const title = header.querySelector<HTMLElement>('.brand__title')!;
				return {
					heights: buttons.map((b) => b.getBoundingClientRect().height),
					titleCut: title.scrollWidth > title.clientWidth,
					header: header.getBoundingClientRect().height,
				};
			});
			expect(Math.max(...rows.heights)).toBeLessThanOrEqual(48);
			expect(rows.titleCut).toBe(false);
			expect(rows.header).toBeLessThanOrEqual(72);
			await w.page.context().close();
		},
	);

	test('the navigation is in a menu: hidden, opened by 目录, closed by Escape', async () => {
		const w = await watchedPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
		await w.page.goto(CHAPTER);
		const nav = w.page.locator('#site-nav');
		const button = w.page.locator('[data-menu-toggle]');
		expect(await nav.isVisible()).toBe(false);
		expect(await button.getAttribute('aria-expanded')).toBe('false');
		await button.click();
		expect(await nav.isVisible()).toBe(true);
		expect(await button.getAttribute('aria-expanded')).toBe('true');
		expect(await w.page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe(
			'page',
		);
		await w.page.keyboard.press('Escape');
		expect(await nav.isVisible()).toBe(false);
		await button.click();
		await nav.getByRole('link', { name: '术语表' }).click();
		await w.page.waitForURL(/\/glossary\/$/);
		expect(w.errors).toEqual([]);
		await w.page.context().close();
	});
});

describe('print', () => {
	test('printing a chapter shows the article alone', async () => {
		const w = await watchedPage(browser());
		await w.page.goto(CHAPTER);
		await w.page.emulateMedia({ media: 'print' });
		for (const selector of [
			'.site-header',
			'#site-nav',
			'.page__toc',
			'.pager',
			'.site-footer',
			'.breadcrumbs',
		]) {
			expect(await w.page.locator(selector).first().isVisible(), selector).toBe(false);
		}
		expect(await w.page.locator('article h1').isVisible()).toBe(true);
		// Served from 127.0.0.1 there is no address a reader could open, so none is printed
		// (test/e2e/print.test.ts checks the public one a deployment prints).
		expect(await w.page.locator('.print-source').count()).toBe(0);
		const pdf = await w.page.pdf({ format: 'A4' });
		expect(pdf.byteLength).toBeGreaterThan(10_000);
		await w.page.context().close();
	});
});
