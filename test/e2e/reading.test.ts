import { expect, inject, test } from 'vitest';
import { sitePages, useBrowser, watchedPage } from './browser';

/**
 * Reading rules for every page: the headings form a real outline, no stretch of prose runs longer
 * than about 1,500 characters without a heading, every table has header cells, every image has alt.
 */
const base = inject('baseUrl');
const browser = useBrowser();
const pages = sitePages(inject('distDir')).filter(
	(p) => /^(chapters|topics|labs|tools)\/.+\//.test(p) || p === 'syllabus/',
);
const WALL = 1500;

test.each(pages)(
	'/%s reads well: outline, headings every ~1,500 characters, table headers, alt text',
	async (path) => {
		const w = await watchedPage(browser());
		await w.page.goto(base + path);
		const found = await w.page.evaluate((wall) => {
			const body =
				document.querySelector('[data-pagefind-body]') ?? document.querySelector('main')!;
			const problems: string[] = [];
			let level = 1;
			let run = 0;
			let since = document.querySelector('h1')?.textContent?.trim() ?? '';
			const walker = document.createTreeWalker(body, NodeFilter.SHOW_ELEMENT, {
				// Calculators, tables and formulas are not prose; the table check below looks at tables.
				acceptNode: (el) =>
					(el as Element).matches('.calc-host, table, .katex-display, script, style')
						? NodeFilter.FILTER_REJECT
						: NodeFilter.FILTER_ACCEPT,
			});
			for (
				let el = walker.nextNode() as Element | null;
				el;
				el = walker.nextNode() as Element | null
			) {
				const heading = /^H([1-6])$/.exec(el.tagName);
				// Each exercise is a card of its own with a numbered kicker, not running prose.
				if (el.matches('[data-exercise]')) run = 0;
				if (heading) {
					const next = Number(heading[1]);
					if (next > level + 1)
						problems.push(`h${next} after h${level}: ${el.textContent!.trim()}`);
					level = next;
					run = 0;
					since = el.textContent!.trim();
				} else if (el.matches('p, li:not(:has(p))')) {
					run += el.textContent!.replace(/\s+/g, '').length;
					if (run > wall) {
						problems.push(`more than ${wall} characters of prose after "${since}"`);
						run = -Infinity;
					}
				}
			}
			body.querySelectorAll('table').forEach((t, i) => {
				if (!t.querySelector('th')) problems.push(`table ${i + 1} has no header cells`);
			});
			body.querySelectorAll('img').forEach((img) => {
				if (!img.hasAttribute('alt'))
					problems.push(`image without alt: ${img.getAttribute('src')}`);
			});
			return problems;
		}, WALL);
		expect(found).toEqual([]);
		await w.page.context().close();
	},
);
