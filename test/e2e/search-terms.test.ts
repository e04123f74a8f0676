import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage, type Watched } from './browser';

const base = inject('baseUrl');
const TOP = 3;

interface Term {
	id: string;
	term: string;
	en: string;
	/** Path of the page that teaches the term (the glossary entry's 讲授于 link, without the #heading). */
	page: string;
}

interface Miss {
	id: string;
	query: string;
	page: string;
	top: string[];
}

const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'");

const browser = useBrowser();
let w: Watched;
let terms: Term[];
beforeAll(async () => {
	w = await watchedPage(browser());
	await w.page.goto(`${base}glossary/`);
	terms = await w.page.locator('section.term').evaluateAll((sections) =>
		sections.map((s) => {
			const heading = s.querySelector('h2[data-term]');
			const links = s.querySelectorAll<HTMLAnchorElement>('.term__meta a');
			return {
				id: heading?.id ?? '',
				term: heading?.getAttribute('data-term') ?? '',
				en: s.querySelector('.term__en')?.textContent?.trim() ?? '',
				page: links.length > 0 ? new URL(links[links.length - 1]!.href).pathname : '',
			};
		}),
	);
});

/**
 * Runs every query through the search the site's UI uses (Pagefind's, with a term's teaching page
 * brought first: src/scripts/search.ts), in one evaluate call, and returns the page paths and
 * excerpts of the first results of each. The code goes in as a string: Vite would rewrite a
 * dynamic import() inside a function body.
 */
async function topResults(queries: string[]): Promise<{ path: string; excerpt: string }[][]> {
	await w.page.goto(`${base}chapters/01-crm-overview/`);
	await w.page.click('[data-search-open]');
	await w.page.locator('pagefind-modal input[type="search"]').waitFor({ state: 'visible' });
	return w.page.evaluate(`(async () => {
		const instance = window.PagefindComponents.getInstanceManager().getInstance('default');
		await instance.triggerLoad();
		const out = [];
		for (const query of ${JSON.stringify(queries)}) {
			const search = await instance.__pagefind__.search(query);
			const data = await Promise.all(search.results.slice(0, ${TOP}).map((r) => r.data()));
			out.push(data.map((d) => ({ path: new URL(d.url, location.href).pathname, excerpt: d.excerpt })));
		}
		return out;
	})()`);
}

test('the glossary page lists every term in content/glossary with its English name and teaching page', () => {
	const files = readdirSync(resolve(import.meta.dirname, '../../content/glossary')).filter((f) =>
		f.endsWith('.yaml'),
	);
	expect(terms.map((t) => t.id).sort()).toEqual(files.map((f) => f.replace(/\.yaml$/, '')).sort());
	for (const t of terms) {
		expect(t.term, t.id).not.toBe('');
		expect(t.en, t.id).not.toBe('');
		expect(t.page, t.id).toMatch(/^\/(chapters|topics|labs)\/[^/]+\/$/);
	}
});

test.each([
	['Chinese term', (t: Term) => t.term],
	['English term', (t: Term) => t.en],
	['English term as typed in lower case', (t: Term) => t.en.toLowerCase()],
])(
	'searching each glossary term by its %s lists the page that teaches it first',
	async (_name, query) => {
		const queries = terms.map(query);
		const tops = await topResults(queries);
		const misses: Miss[] = terms
			.map((t, i) => ({
				id: t.id,
				query: queries[i]!,
				page: t.page,
				top: tops[i]!.map((r) => r.path),
			}))
			.filter((m) => m.top[0] !== m.page);
		expect(misses).toEqual([]);
		expect(w.errors).toEqual([]);
		expect(w.foreign).toEqual([]);
	},
	120_000,
);

test('excerpts carry no formula debris: KaTeX text stays out of the index', async () => {
	const queries = ['客户终身价值', 'CLV', '满意度', 'ACSI', '贴现率', '关系水平', '忠诚度', 'RFM'];
	const excerpts = (await topResults(queries)).flat().map((r) => r.excerpt.replace(/<[^>]*>/g, ''));
	expect(excerpts.length).toBeGreaterThan(queries.length);
	// KaTeX's drawn copy puts big operators, zero-width spaces and run-together symbols in as text
	// (CLV=Po−Co+t=1∑n(); the prose itself has none of these.
	for (const excerpt of excerpts) expect(excerpt).not.toMatch(/[∑∏√\u200b]|Po−Co|\\frac/);
});

test('the keywords at the foot of every page are in its search record (Pagefind skips <footer>)', async () => {
	const records: Record<string, string> = await w.page.evaluate(`(async () => {
		const pagefind = await import('${base}pagefind/pagefind.js');
		const all = await pagefind.search(null);
		const data = await Promise.all(all.results.map((r) => r.data()));
		return Object.fromEntries(data.map((d) => [new URL(d.url, location.href).pathname, d.content]));
	})()`);
	const dist = inject('distDir');
	let checked = 0;
	for (const path of Object.keys(records)) {
		const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
		const list = /<ul class="keywords"[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
		const keywords = [...list.matchAll(/<li[^>]*>([^<]*)<\/li>/g)].map((m) => decode(m[1]!));
		for (const keyword of keywords) expect(records[path], `${path}: ${keyword}`).toContain(keyword);
		checked += keywords.length;
	}
	expect(checked).toBeGreaterThan(100);
});

test('an English keyword that is only in the keyword list finds its page: Glossary', async () => {
	const [top] = await topResults(['Glossary']);
	expect(top?.[0]?.path).toBe('/glossary/');
});
