import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage, type Watched } from './browser';

const base = inject('baseUrl');
const CHAPTER_1 = '/chapters/01-crm-overview/';

const browser = useBrowser();
let w: Watched;
beforeAll(async () => {
	w = await watchedPage(browser());
});

/** Opens the header search on a chapter page, types a query and returns the result page links. */
async function searchFromHeader(page: Page, query: string, open: () => Promise<void>) {
	await page.goto(`${base}chapters/01-crm-overview/`);
	await open();
	const input = page.locator('pagefind-modal input[type="search"]');
	await input.waitFor({ state: 'visible' });
	await input.fill(query);
	return settledResults(page, 'pagefind-modal', query);
}

/**
 * Waits until Pagefind has answered `query` and rendered the first results' links (it loads each
 * result's data lazily), then returns the linked page paths in rank order.
 */
async function settledResults(page: Page, scope: string, query: string): Promise<string[]> {
	// While searching the summary names the query without a count; the final one has the count.
	const escaped = query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	const summary = page
		.locator(`${scope} .pf-summary`)
		.filter({ hasText: new RegExp(`\\d+.*${escaped}`) });
	await summary.waitFor();
	const found = Number(/(\d+)/.exec((await summary.textContent()) ?? '')?.[1] ?? 0);
	expect(found).toBeGreaterThan(0);
	// Each result is a skeleton item until its data loads, and they load in any order: wait until
	// the first three items (not any three) have their links.
	const first = Math.min(found, 3);
	const items = page.locator(`${scope} .pf-result`);
	const loaded = () =>
		items.evaluateAll(
			(lis, n) => lis.slice(0, n).filter((li) => li.querySelector('.pf-result-link')).length,
			first,
		);
	await expect.poll(loaded, { timeout: 15_000 }).toBe(first);
	return page
		.locator(`${scope} .pf-result-link`)
		.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * The pages Pagefind ranks first for `query`, read through its JS API in the page (the ranking
 * itself, not how far the UI has rendered it).
 */
async function ranked(page: Page, query: string, count = 3): Promise<string[]> {
	if (!page.url().startsWith(base)) await page.goto(base);
	// A string, not a function: the test runner would rewrite a function's `import()`.
	const script = `(async () => {
		const pagefind = await import(${JSON.stringify(`${base}pagefind/pagefind.js`)});
		await pagefind.options({ baseUrl: '/' });
		const search = await pagefind.search(${JSON.stringify(query)});
		const data = await Promise.all(search.results.slice(0, ${count}).map((r) => r.data()));
		return data.map((d) => new URL(d.url, location.href).pathname);
	})()`;
	return page.evaluate(script) as Promise<string[]>;
}

describe.each(['客户关系管理', '铁三角', 'CRM'])('searching %s', (query) => {
	test('Pagefind ranks chapter 1 among the first three results, and the header search lists it', async () => {
		expect(await ranked(w.page, query)).toContain(CHAPTER_1);
		const pages = await searchFromHeader(w.page, query, () => w.page.click('[data-search-open]'));
		expect(pages).toContain(CHAPTER_1);
	});

	test('the heading link of the chapter 1 result lands on a heading that teaches the term', async () => {
		await searchFromHeader(w.page, query, () => w.page.click('[data-search-open]'));
		const result = w.page.locator('pagefind-modal .pf-result', {
			has: w.page.locator(`.pf-result-link[href$="${CHAPTER_1}"]`),
		});
		// Pagefind orders a page's heading links by its own scoring; the test needs one of them to
		// teach the query, and clicking it to land there.
		const links = result.locator('.pf-heading-link');
		const chips = result.locator('.pf-heading-chip');
		// The result's heading excerpts render after its data loads: wait for a marked word.
		await chips.locator('mark').first().waitFor({ state: 'attached', timeout: 10_000 });
		const excerpts = (await chips.allTextContents()).map((x) => x.toLowerCase());
		// Prefer a heading whose excerpt has the whole query; otherwise the first, checked below
		// against the words Pagefind marked as matching (a Chinese query is matched word by word).
		const whole = excerpts.findIndex((x) => x.includes(query.toLowerCase()));
		const pick = Math.max(whole, 0);
		const marked = (await chips.nth(pick).locator('mark').allTextContents())
			.map((m) => m.trim().toLowerCase())
			.filter(Boolean);
		expect(marked.length).toBeGreaterThan(0);
		const headingLink = links.nth(pick);
		const href = await headingLink.getAttribute('href');
		expect(href).toMatch(/#.+/);
		await headingLink.click();
		await w.page.waitForURL((u) => u.pathname === CHAPTER_1 && u.hash.length > 1);
		const id = decodeURIComponent(new URL(w.page.url()).hash.slice(1));
		const heading = w.page.locator(`[id="${id}"]`);
		expect(await heading.evaluate((el) => /^H[1-6]$/.test(el.tagName))).toBe(true);
		// The heading, or the section it opens, contains the query (case-insensitive for CRM).
		// A heading that teaches a glossary term carries the term's names (data-terms, indexed for
		// search): 客户关系管理的定义 teaches CRM without the section spelling it out.
		const sectionText = await heading.evaluate((el) => {
			let text = `${el.textContent ?? ''} ${el.getAttribute('data-terms') ?? ''}`;
			for (
				let n = el.nextElementSibling;
				n && !/^H[1-3]$/.test(n.tagName);
				n = n.nextElementSibling
			) {
				text += n.textContent ?? '';
			}
			return text;
		});
		if (whole >= 0) expect(sectionText.toLowerCase()).toContain(query.toLowerCase());
		for (const word of marked) expect(sectionText.toLowerCase()).toContain(word);
		expect(await heading.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(200);
	});
});

describe.each([
	['客户满意度', '/chapters/02-customer-satisfaction/', '满意度的计算公式'],
	['大客户', '/chapters/06-customer-data/', '大客户的含义'],
	['key account', '/chapters/06-customer-data/', '大客户的含义'],
])('searching the term %s', (query, page, heading) => {
	test('lists the chapter that teaches it first, its teaching heading among the heading links, with excerpts of several lines', async () => {
		const pages = await searchFromHeader(w.page, query, () => w.page.click('[data-search-open]'));
		expect(pages[0]).toBe(page);
		const first = w.page.locator('pagefind-modal .pf-result').first();
		await expect
			.poll(() =>
				first
					.locator('.pf-heading-link')
					.evaluateAll((as) =>
						as.map((a) => decodeURIComponent(new URL((a as HTMLAnchorElement).href).hash)),
					),
			)
			.toContain(`#${heading}`);
		// Pagefind shows one line of excerpt; the site shows up to three.
		const excerpt = first.locator('.pf-result-excerpt');
		const lines = await excerpt.evaluate(
			(el) => el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
		);
		expect(lines).toBeGreaterThan(1.5);
		expect(lines).toBeLessThan(3.5);
		expect(w.errors).toEqual([]);
	});
});

test.each([
	['/', async (p: Page) => p.keyboard.press('/')],
	['Ctrl+K', async (p: Page) => p.keyboard.press('Control+k')],
])('the %s shortcut opens search and the UI speaks Chinese', async (_name, press) => {
	await w.page.goto(`${base}chapters/01-crm-overview/`);
	await w.page.locator('main').click({ position: { x: 5, y: 5 } });
	await press(w.page);
	const input = w.page.locator('pagefind-modal input[type="search"]');
	await input.waitFor({ state: 'visible' });
	await expect(input.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
	await input.fill('客户');
	const summary = w.page.locator('pagefind-modal .pf-summary');
	await summary.filter({ hasText: '结果' }).waitFor();
	expect(await summary.textContent()).toMatch(/找到 \d+ 个/);
	expect(await w.page.locator('pagefind-modal .pf-modal-close').getAttribute('aria-label')).toBe(
		'关闭',
	);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});

test('the full English name (Customer Relationship Management) finds chapter 1', async () => {
	expect(await ranked(w.page, 'Customer Relationship Management')).toContain(CHAPTER_1);
});

test('/search/?q= runs the query and lists chapter 1', async () => {
	expect((await ranked(w.page, '铁三角', 1))[0]).toBe(CHAPTER_1);
	await w.page.goto(`${base}search/?q=${encodeURIComponent('铁三角')}`);
	await settledResults(w.page, '#search-page', '铁三角');
	// The UI fills in results as their data arrives: wait for the first link, then read it.
	await expect
		.poll(() =>
			w.page
				.locator('#search-page .pf-result-link')
				.first()
				.evaluate((a) => new URL((a as HTMLAnchorElement).href).pathname),
		)
		.toBe(CHAPTER_1);
});

test('when the search bundle cannot load, the header search lands on /search/, which says so in Chinese', async () => {
	const failing = await watchedPage(browser());
	await failing.page.route('**/pagefind/**', (route) => route.abort());
	await failing.page.goto(`${base}chapters/01-crm-overview/`);
	await failing.page.click('[data-search-open]');
	await failing.page.waitForURL(`${base}search/`);
	const message = failing.page.locator('[data-unavailable]');
	await message.waitFor({ state: 'visible' });
	expect(await message.textContent()).toContain('搜索暂时无法使用');
	expect(failing.errors.join('\n')).toContain('the Pagefind bundle did not load');
	await failing.page.context().close();
});

test('only the article is indexed: navigation, table of contents, pager and footer are not', async () => {
	await w.page.goto(`${base}chapters/01-crm-overview/`);
	// A string, not a function: Vite would rewrite a dynamic import() inside a function body.
	const content: string = await w.page.evaluate(`(async () => {
		const pagefind = await import('${base}pagefind/pagefind.js');
		const search = await pagefind.search('客户关系管理');
		for (const result of search.results) {
			const data = await result.data();
			if (data.url.endsWith('/chapters/01-crm-overview/')) return data.content;
		}
		return '';
	})()`);
	expect(content).toContain('铁三角');
	for (const chrome of [
		'本页目录',
		'跳到正文',
		'回到顶部',
		'上一章',
		'下一章',
		'本站不使用任何统计',
		'本页网址',
	]) {
		expect(content).not.toContain(chrome);
	}
});

test('under a sub-path (/crm/) search loads its bundle there and links stay under /crm/', async () => {
	const sub = inject('subPathUrl');
	await w.page.goto(`${sub}chapters/01-crm-overview/`);
	await w.page.click('[data-search-open]');
	await w.page.locator('pagefind-modal input[type="search"]').fill('铁三角');
	// Results render as they load, in no fixed order: wait for chapter 1's heading link.
	const link = w.page
		.locator('pagefind-modal .pf-heading-link[href^="/crm/chapters/01-crm-overview/#"]')
		.first();
	await link.waitFor();
	const hrefs = await w.page
		.locator('pagefind-modal .pf-result-link, pagefind-modal .pf-heading-link')
		.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(hrefs.length).toBeGreaterThan(1);
	for (const href of hrefs) expect(href).toMatch(/^\/crm\//);
	await link.click();
	await w.page.waitForURL(
		(u) => u.pathname === '/crm/chapters/01-crm-overview/' && u.hash.length > 1,
	);
	expect(w.foreign).toEqual([]);
});
