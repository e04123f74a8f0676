import { expect, inject, test } from 'vitest';
import { PHONE, useBrowser, watchedPage } from './browser';

/**
 * Tables on a 360 px phone: a chapter's tables keep readable columns and scroll sideways in their
 * box with the first column in view; a calculator's table shows the first column to edit beside
 * the names.
 */
const base = inject('baseUrl');
const browser = useBrowser();

test("on a phone a chapter's tables keep columns at least five characters wide, and the first column stays in view while they scroll", async () => {
	const w = await watchedPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
	await w.page.goto(`${base}chapters/02-customer-satisfaction/`);
	const tables = await w.page.evaluate(() =>
		[...document.querySelectorAll<HTMLTableElement>('.prose table')]
			.filter((t) => !t.closest('.calc'))
			.map((t) => {
				const em = parseFloat(getComputedStyle(t).fontSize);
				const narrowest = Math.min(
					...[...t.querySelectorAll('td')].map((c) => c.getBoundingClientRect().width),
				);
				const scrolls = t.scrollWidth > t.clientWidth + 1;
				const first = t.querySelector('tbody tr > :first-child')!;
				const before = first.getBoundingClientRect().left - t.getBoundingClientRect().left;
				t.scrollLeft = t.scrollWidth;
				const after = first.getBoundingClientRect().left - t.getBoundingClientRect().left;
				t.scrollLeft = 0;
				return {
					head: t.querySelector('th')?.textContent ?? '',
					charsPerLine: Math.floor(narrowest / em),
					scrolls,
					firstColumnMoved: Math.abs(Math.round(after - before)),
					cue: getComputedStyle(t).backgroundImage.includes('radial-gradient'),
				};
			}),
	);
	expect(tables.length).toBeGreaterThan(5);
	for (const table of tables) {
		expect(table.charsPerLine, table.head).toBeGreaterThanOrEqual(4);
		if (table.scrolls) expect(table, table.head).toMatchObject({ firstColumnMoved: 0, cue: true });
	}
	expect(tables.some((t) => t.scrolls)).toBe(true);
	await w.page.context().close();
});

test("on a phone the SERVQUAL calculator's table shows the expectation column beside the items", async () => {
	const w = await watchedPage(browser(), { viewport: PHONE, isMobile: true, hasTouch: true });
	await w.page.goto(`${base}tools/satisfaction/?mode=servqual`);
	// The page is served in its default mode, whose table has a 期望 column too; hydration replaces
	// it with the SERVQUAL table (the one with a dimension picker), so measure only after that.
	await w.page.locator('astro-island:not([ssr]) .rows__table select').first().waitFor();
	const header = w.page.locator('.rows__table th', { hasText: '期望' }).first();
	const box = (await header.boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
	// The dimension picker still shows its whole label (有形性).
	const select = w.page.locator('.rows__table select').first();
	const fits = await select.evaluate((s: HTMLSelectElement) => {
		const context = document.createElement('canvas').getContext('2d')!;
		context.font = getComputedStyle(s).font;
		// The label, plus the padding and the arrow the control draws beside it.
		return context.measureText(s.selectedOptions[0]!.text).width + 24 <= s.clientWidth;
	});
	expect(fits).toBe(true);
	await w.page.context().close();
});
