import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { sitePages, useBrowser, watchedPage, type Watched } from './browser';

const base = inject('baseUrl');
const dist = inject('distDir');
const pages = sitePages(dist);
const chapters = pages.filter((p) => /^chapters\/[^/]+\/$/.test(p));
const withCalculators = pages.filter((p) => /^(chapters|labs|topics)\/[^/]+\/$/.test(p));
const CONTENT = resolve(import.meta.dirname, '../../content');

const browser = useBrowser();
let w: Watched;
beforeAll(async () => {
	w = await watchedPage(browser());
});

test('every chapter in content/chapters has a built page, and only those', () => {
	const ids = readdirSync(join(CONTENT, 'chapters'))
		.filter((f) => f.endsWith('.mdx'))
		.map((f) => `chapters/${f.replace(/\.mdx$/, '')}/`);
	expect(ids.length).toBeGreaterThanOrEqual(7);
	expect(chapters).toEqual(ids.sort());
});

/** The text and top-level list items of the `h2` named `name` and what follows it up to the next `h2`. */
async function section(page: Page, name: string) {
	return page.evaluate((title) => {
		const heads = [...document.querySelectorAll('article h2')].filter(
			(h) => h.textContent?.trim() === title,
		);
		const head = heads[0];
		if (!head) return { count: 0, text: '', items: 0 };
		const parts: Element[] = [];
		// Up to the next h2, or the block that holds one (the 本页术语 list after the references).
		for (
			let n = head.nextElementSibling;
			n && n.tagName !== 'H2' && !n.querySelector('h2');
			n = n.nextElementSibling
		) {
			parts.push(n);
		}
		const lists = parts.flatMap((p) =>
			/^[OU]L$/.test(p.tagName) ? [p] : [...p.querySelectorAll('ol, ul')],
		);
		const items = lists
			.flatMap((l) => [...l.children])
			.filter((li) => li.tagName === 'LI' && !li.parentElement?.closest('li'));
		return {
			count: heads.length,
			text: parts
				.map((p) => p.textContent ?? '')
				.join('')
				.trim(),
			items: items.length,
		};
	}, name);
}

describe.each(chapters)('chapter /%s', (path) => {
	test('opens with 学习目标, 重点 and 难点 as headings, each over a list', async () => {
		await w.page.goto(base + path);
		for (const name of ['学习目标', '重点', '难点']) {
			const heading = w.page.getByRole('heading', { name, exact: true, level: 2 });
			expect(await heading.count(), name).toBe(1);
			// The heading names the note it opens, and the note lists at least one item.
			const note = w.page.getByRole('note', { name, exact: true });
			expect(await note.getByRole('heading', { name, exact: true }).count(), name).toBe(1);
			const items = await note.getByRole('listitem').allTextContents();
			expect(items.length, name).toBeGreaterThan(0);
			for (const item of items) expect(item.trim().length, name).toBeGreaterThan(0);
			expect(await heading.isVisible(), name).toBe(true);
		}
		// They come before the chapter's first section.
		const order = await w.page.evaluate(() =>
			[...document.querySelectorAll('article h2')].map((h) => h.textContent?.trim() ?? ''),
		);
		expect(order.slice(0, 3)).toEqual(['学习目标', '重点', '难点']);
	});

	// On the load of the test above (tests in a file run in order).
	test('ends with 本章小结, at least five 思考题 and 参考文献, each a section of its own', async () => {
		expect(new URL(w.page.url()).pathname).toBe(`/${path}`);
		const summary = await section(w.page, '本章小结');
		const questions = await section(w.page, '思考题');
		const references = await section(w.page, '参考文献');
		expect([summary.count, questions.count, references.count]).toEqual([1, 1, 1]);
		expect(summary.text.length).toBeGreaterThan(20);
		expect(questions.items).toBeGreaterThanOrEqual(5);
		expect(references.items).toBeGreaterThan(0);
		// The table of contents lists them, so a reader can jump there.
		for (const name of ['本章小结', '思考题', '参考文献']) {
			expect(await w.page.locator('.page__toc a', { hasText: name }).count(), name).toBeGreaterThan(
				0,
			);
		}
		expect(w.errors).toEqual([]);
	});
});

const isNumberOrCode = (v: string | null) =>
	v !== null &&
	(Number.isFinite(Number(v)) ||
		(/^[a-z][a-z0-9-]*(,[a-z][a-z0-9-]*)*$/.test(v) && !/^(undefined|null)$/.test(v)) ||
		// Group counts of the segmentation calculator: "A:4,B:3,C:3".
		/^[A-Za-z][A-Za-z0-9-]*:\d+(,[A-Za-z][A-Za-z0-9-]*:\d+)*$/.test(v));

/** Islands in a built page's HTML: what the browser must find and hydrate. */
/** Calculators embedded on a page (each wrapper is a .calc-host around its island; exercises are not counted). */
const islandsIn = (path: string) =>
	(readFileSync(join(dist, path, 'index.html'), 'utf8').match(/class="calc-host"/g) ?? []).length;

test('the chapters and labs embed calculators (so the test below checks something)', () => {
	expect(withCalculators.reduce((n, p) => n + islandsIn(p), 0)).toBeGreaterThanOrEqual(5);
});

describe.each(withCalculators.filter((p) => islandsIn(p) > 0))('calculators on /%s', (path) => {
	test('each hydrates when scrolled into view and shows its result, without console errors', async () => {
		const errorsBefore = w.errors.length;
		await w.page.goto(base + path);
		const islands = w.page.locator('.calc-host > astro-island');
		expect(await islands.count()).toBe(islandsIn(path));
		for (let i = 0; i < islandsIn(path); i++) {
			const island = islands.nth(i);
			// client:visible: nothing hydrates before the reader scrolls there.
			await island.scrollIntoViewIfNeeded();
			await expect.poll(() => island.getAttribute('ssr'), { timeout: 10_000 }).toBeNull();
			const read = async () =>
				(
					await island.locator('[data-result]').evaluateAll((els) =>
						els.map((el) => ({
							text: el.textContent?.trim() ?? '',
							value: el.getAttribute('data-value'),
						})),
					)
				).filter((r) => r.text !== '' && r.text !== '—' && r.value);
			// Some calculators answer a moment after hydrating (the segmentation engine replies asynchronously).
			await expect
				.poll(async () => (await read()).length, { message: `island ${i}` })
				.toBeGreaterThan(0);
			const shown = await read();
			// A number is finite; a classification (the loyalty type, the lifecycle pattern) is a code.
			for (const { value } of shown) expect(value, `island ${i}`).toSatisfy(isNumberOrCode);
		}
		await w.page.waitForLoadState('networkidle');
		expect(w.errors.slice(errorsBefore)).toEqual([]);
		expect(w.foreign).toEqual([]);
	});
});

describe('links to glossary terms', () => {
	const glossary = readFileSync(join(dist, 'glossary/index.html'), 'utf8');
	const terms = new Set([...glossary.matchAll(/<h2 id="([^"]+)" data-term=/g)].map((m) => m[1]));
	const links = pages.flatMap((p) => {
		const html = readFileSync(join(dist, p.endsWith('.html') ? p : `${p}index.html`), 'utf8');
		return [...html.matchAll(/href="([^"]*glossary\/#[^"]*)"/g)].map((m) => ({
			page: `/${p}`,
			href: m[1]!,
		}));
	});

	test('every glossary file has a term heading on the glossary page', () => {
		const files = readdirSync(join(CONTENT, 'glossary')).filter((f) => f.endsWith('.yaml'));
		expect([...terms].sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, '')).sort());
	});

	test('every link to /glossary/#id on any page names a term on the glossary page', () => {
		expect(links.length).toBeGreaterThan(100);
		const broken = links.filter(({ href }) => {
			const id = decodeURIComponent(href.slice(href.indexOf('#') + 1));
			return !href.startsWith('/glossary/#') || !terms.has(id);
		});
		expect(broken).toEqual([]);
	});

	test('following a term link in the browser lands on that term', async () => {
		const chapter = chapters[0]!;
		await w.page.goto(base + chapter);
		const link = w.page.locator('.doc-terms a').first();
		const name = (await link.textContent())?.trim();
		await link.click();
		await w.page.waitForURL((u) => u.pathname === '/glossary/' && u.hash.length > 1);
		const id = decodeURIComponent(new URL(w.page.url()).hash.slice(1));
		await expect(w.page.locator(`[id="${id}"]`).getAttribute('data-term')).resolves.toBe(name);
	});
});
