/**
 * The crawl: every built page is loaded and checked (status, lang, one h1, policy, every island
 * hydrated, the reading rules on teaching pages, axe in light and in dark). Split across crawl-*.test.ts files so they run side by side;
 * page i goes to shard i mod count, and the shards together cover every page.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import {
	AXE_COLOUR_RULES,
	axeViolations,
	DESKTOP,
	PHONE,
	sitePages,
	useBrowser,
	watchedPage,
	type Watched,
} from './browser';
import { isReadingPage, readingProblems } from './reading';

export const CRAWL_SHARDS = 3;

export function crawl(shard: number): void {
	const pages = sitePages(inject('distDir'))
		.filter((p) => p !== '404.html')
		.filter((_, i) => i % CRAWL_SHARDS === shard);
	const base = inject('baseUrl');
	const browser = useBrowser();
	let w: Watched;
	beforeAll(async () => {
		w = await watchedPage(browser());
	});

	test('the shard has pages', () => {
		expect(pages.length).toBeGreaterThan(0);
	});

	// Each page is loaded once; its tests run in order on that load.
	describe.each(pages)('page /%s', (path) => {
		test('returns 200 with lang="zh-CN", one h1, a title, no console errors, no foreign requests', async () => {
			w.csp.length = 0;
			w.errors.length = 0;
			w.foreign.length = 0;
			const response = await w.page.goto(base + path);
			expect(response?.status()).toBe(200);
			expect(await w.page.getAttribute('html', 'lang')).toBe('zh-CN');
			expect(await w.page.locator('h1').count()).toBe(1);
			expect((await w.page.title()).trim().length).toBeGreaterThan(0);
			await w.page.waitForLoadState('networkidle');
			expect(w.errors).toEqual([]);
			expect(w.foreign).toEqual([]);
		});

		test('ships a Content-Security-Policy and breaks none of it, every island hydrated', async () => {
			const policy = await w.page.getAttribute(
				'meta[http-equiv="Content-Security-Policy"]',
				'content',
			);
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
			expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
			expect(policy).toContain("object-src 'none'");
			// Scroll the whole page so every client:visible island hydrates (and its charts draw).
			await w.page.evaluate(async () => {
				for (let y = 0; y < document.body.scrollHeight; y += 600) {
					window.scrollTo(0, y);
					await new Promise((r) => setTimeout(r, 30));
				}
			});
			// Under load a fast scroll can pass an island between two frames, so it never counts as
			// seen: bring each one still waiting into view, as a reader stopping there would.
			// (One at a time, in the page: an island may hydrate between a count and a scroll.)
			// An island is `display: contents` and has no box of its own, so scrolling to it does
			// nothing; scroll to the first of its descendants that has one (what Astro observes).
			const started = Date.now();
			const bringWaitingIntoView = async () => {
				const waiting = await w.page.evaluate(() => {
					const island = document.querySelector('astro-island[ssr]');
					const boxed = island
						? [...island.querySelectorAll('*')].find((e) => e.getClientRects().length > 0)
						: undefined;
					boxed?.scrollIntoView({ block: 'center' });
					return [...document.querySelectorAll('astro-island[ssr]')].map(
						(e) => e.getAttribute('component-url') ?? '?',
					);
				});
				// Under heavy load headless Chromium has been seen to stop drawing frames for a page: an
				// island in plain view, yet no requestAnimationFrame and no IntersectionObserver answer
				// (what client:visible waits on). A screenshot makes it draw one, as a real screen would.
				if (waiting.length > 0 && Date.now() - started > 5000)
					await w.page.screenshot({ timeout: 10_000 }).catch(() => undefined);
				return waiting;
			};
			await expect
				.poll(bringWaitingIntoView, { timeout: 40_000 })
				.toEqual([])
				.catch(async (error: unknown) => {
					throw new Error(`${String(error)}\n${await hydrationDiagnosis(w)}`);
				});
			await w.page.waitForLoadState('networkidle');
			await expect.poll(() => w.page.locator('astro-island[ssr]').count()).toBe(0);
			expect(w.csp).toEqual([]);
			expect(w.errors).toEqual([]);
		});

		// test/e2e/reading.ts says what the rules are.
		if (isReadingPage(path))
			test('reads well: outline, headings every ~1,500 characters, table headers, alt text', async () => {
				expect(await readingProblems(w.page)).toEqual([]);
			});

		// On the hydrated page, so every calculator's own markup is checked too: every rule in
		// light mode, then the colour rules again in dark mode (the theme changes nothing else).
		test.each([
			['light', undefined],
			['dark', AXE_COLOUR_RULES],
		] as const)('has no axe violations in %s mode', async (theme, rules) => {
			await w.page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
			expect(await axeViolations(w.page, rules ? [...rules] : undefined)).toEqual([]);
			// Whatever ran late (a chart drawn after hydration) broke nothing either.
			expect(w.csp).toEqual([]);
			expect(w.errors).toEqual([]);
		});

		// A formula wider than its column scrolls in its own box, which shows a shadow at the edge
		// where more lies (global.css) and takes focus; a chapter's own display formulas fit a
		// desktop column (long ones break at their = signs). On a phone the page never scrolls sideways.
		test('fits: formulas within a desktop column; on a 360 px phone no sideways scrolling, a wider formula scrolls in its box with a cue', async () => {
			const wide = () =>
				w.page.evaluate(() =>
					[...document.querySelectorAll('.katex-display, .steps__math')]
						.filter((e) => e.scrollWidth > e.clientWidth + 1)
						.map((e) => ({
							formula: (
								e.querySelector('annotation')?.textContent ??
								e.querySelector('math')?.getAttribute('aria-label') ??
								''
							).slice(0, 60),
							display: e.classList.contains('katex-display'),
							cue: getComputedStyle(e).backgroundImage.includes('radial-gradient'),
							focusable: (e as HTMLElement).tabIndex >= 0,
						})),
				);
			try {
				expect((await wide()).filter((f) => f.display)).toEqual([]);
				await w.page.setViewportSize(PHONE);
				await expect
					.poll(() =>
						w.page.evaluate(
							() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
						),
					)
					.toBeLessThanOrEqual(0);
				for (const f of await wide())
					expect(f, f.formula).toMatchObject({ cue: true, focusable: true });
			} finally {
				await w.page.setViewportSize(DESKTOP);
			}
		});
	});
}

/**
 * What a page whose islands did not all hydrate looks like, for the failure message: whether the
 * page still answers and draws frames, its errors, and for each waiting island where its children
 * are and whether a fresh IntersectionObserver (what client:visible waits on) sees them.
 */
async function hydrationDiagnosis(w: Watched): Promise<string> {
	const probe = w.page.evaluate(async () => {
		const frame = await Promise.race([
			new Promise<string>((r) => requestAnimationFrame(() => r('drew a frame'))),
			new Promise<string>((r) => setTimeout(() => r('no frame within 2 s'), 2000)),
		]);
		const islands = await Promise.all(
			[...document.querySelectorAll('astro-island[ssr]')].map(async (island) => {
				const children = [...island.children];
				const seen = await new Promise<string>((resolve) => {
					const io = new IntersectionObserver((entries) => {
						io.disconnect();
						resolve(entries.some((e) => e.isIntersecting) ? 'intersecting' : 'not intersecting');
					});
					children.forEach((c) => io.observe(c));
					setTimeout(() => resolve('observer silent for 2 s'), 2000);
				});
				const boxes = children.map((c) => {
					const r = c.getBoundingClientRect();
					return `${c.tagName.toLowerCase()}@${Math.round(r.top)}+${Math.round(r.height)}`;
				});
				return `${island.getAttribute('component-url')}: ${children.length} children [${boxes.join(' ')}], ${seen}`;
			}),
		);
		return [
			`visibility ${document.visibilityState}, ${frame}, scrollY ${Math.round(scrollY)} of ${document.body.scrollHeight}, viewport ${innerHeight}`,
			...islands,
		].join('\n');
	});
	const answer = await Promise.race([
		probe,
		new Promise<string>((r) => setTimeout(() => r('the page did not answer within 10 s'), 10_000)),
	]).catch((e: unknown) => `the probe failed: ${String(e)}`);
	return `${answer}\nerrors: ${JSON.stringify(w.errors)}`;
}
