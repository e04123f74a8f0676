/**
 * Reading rules for the teaching pages (chapters, topics, labs, tools, the syllabus): the headings
 * form a real outline, no stretch of prose runs longer than about 1,500 characters without a
 * heading, every table has header cells, every image has alt text. The crawl checks them on its
 * one load of each page.
 */
import type { Page } from 'playwright-core';

export const PROSE_WALL = 1500;

/** Whether the reading rules apply to a site-relative page path. */
export const isReadingPage = (path: string): boolean =>
	/^(chapters|topics|labs|tools)\/.+\//.test(path) || path === 'syllabus/';

/** What breaks the reading rules on the loaded page, one line each (none: an empty list). */
export function readingProblems(page: Page, wall = PROSE_WALL): Promise<string[]> {
	return page.evaluate((wall) => {
		const body = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main')!;
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
				if (next > level + 1) problems.push(`h${next} after h${level}: ${el.textContent!.trim()}`);
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
			if (!img.hasAttribute('alt')) problems.push(`image without alt: ${img.getAttribute('src')}`);
		});
		return problems;
	}, wall);
}
