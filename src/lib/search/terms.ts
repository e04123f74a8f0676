/**
 * Search that puts the page teaching a term first. Pagefind splits a Chinese query into words and
 * ranks pages word by word (大客户 → 大 + 客户, and 客户 is on every page), so the chapter that
 * defines a term can lose to one that merely uses its parts. Each page therefore carries a
 * Pagefind filter `term` with the normalised names of the glossary terms it teaches (Chinese,
 * English and aliases; src/components/Article.astro), and a query that is exactly one of those
 * names brings that page to the top. Every other query keeps Pagefind's order.
 */

/** The filter every teaching page carries. */
export const TERM_FILTER = 'term';

/** The page metadata naming, for each term key, the heading that teaches it (JSON). */
export const HEADINGS_META = 'teaches';

/** A glossary term as a teaching page lists it. */
export interface TaughtTerm {
	term: string;
	en: string;
	aliases: readonly string[];
	taught?: { heading?: string | undefined };
}

/**
 * The form a term and a query are compared in: NFKC (full-width letters and digits become
 * half-width), lower case, whitespace trimmed and collapsed, and no spaces next to a Chinese
 * character (a reader may type 客户 满意度).
 */
export function termKey(text: string): string {
	return text
		.normalize('NFKC')
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/ ?([\p{Script=Han}]) ?/gu, '$1');
}

/** The filter values of a page teaching these terms: each name once, commas dropped (Pagefind splits on them). */
export function termKeys(terms: readonly TaughtTerm[]): string[] {
	return [...new Set(terms.flatMap(names))];
}

const names = (t: TaughtTerm) =>
	[t.term, t.en, ...t.aliases].map((n) => termKey(n.replace(/,/g, ' '))).filter((k) => k !== '');

/** Term key → id of the heading teaching it, for the terms that name one (as JSON, for the page's metadata). */
export function teachingHeadings(terms: readonly TaughtTerm[]): string {
	const map: Record<string, string> = {};
	for (const t of terms) {
		const heading = t.taught?.heading;
		if (heading) for (const key of names(t)) map[key] ??= heading;
	}
	return JSON.stringify(map);
}

/** A heading of a result, as Pagefind gives it. */
export interface SubResult {
	url: string;
	locations?: readonly number[];
}

/**
 * The sub-results to show for a page found by a term: the page's own entry (if Pagefind put one
 * first), the teaching heading, then the headings with most matches up to `max` headings, in that
 * order. Pagefind's UI shows at most three, picked by match count, and would often leave the
 * teaching heading out. Unchanged when the heading is not among them.
 */
export function teachingHeadingFirst<S extends SubResult>(
	subResults: readonly S[],
	pageUrl: string,
	heading: string,
	max = 3,
): S[] {
	const own = subResults[0]?.url === pageUrl ? [subResults[0]] : [];
	const headings = subResults.slice(own.length);
	const hash = `#${heading}`;
	const teaching = headings.find((s) => {
		const at = s.url.indexOf('#');
		return at !== -1 && safeDecode(s.url.slice(at)) === hash;
	});
	if (!teaching) return [...subResults];
	const others = headings
		.filter((s) => s !== teaching)
		.map((s, i) => ({ s, i }))
		.sort((a, b) => (b.s.locations?.length ?? 0) - (a.s.locations?.length ?? 0) || a.i - b.i)
		.slice(0, Math.max(0, max - 1))
		.map(({ s }) => s);
	return [...own, teaching, ...others];
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

/** A Pagefind result as far as ordering goes. */
export interface Ranked {
	id: string;
}

/**
 * `results` with the teaching pages first, in `teaching`'s order (a result in both keeps its own
 * object, which knows the query's words for excerpts), then the rest in their order, each once.
 */
export function promote<R extends Ranked>(results: readonly R[], teaching: readonly R[]): R[] {
	if (teaching.length === 0) return [...results];
	const byId = new Map(results.map((r) => [r.id, r]));
	const first = teaching.map((t) => byId.get(t.id) ?? t);
	const ids = new Set(first.map((r) => r.id));
	return [...first, ...results.filter((r) => !ids.has(r.id))];
}

/** What the search function is given and returns, as far as this module is concerned. */
interface SearchResponse<R> {
	results: R[];
	unfilteredResultCount?: number;
}
type SearchOptions = { filters?: Record<string, unknown> } & Record<string, unknown>;
export type SearchFn<R, S extends SearchResponse<R>> = (
	query: string | null,
	options?: SearchOptions,
) => Promise<S | null>;

/**
 * Wraps Pagefind's `search` so that a query naming a term lists its teaching page first. A search
 * that already filters, or is empty, goes through unchanged; if the second lookup fails, the
 * plain results stand.
 */
export function withTeachingPagesFirst<R extends Ranked, S extends SearchResponse<R>>(
	search: SearchFn<R, S>,
): SearchFn<R, S> {
	return async (query, options) => {
		const plain = await search(query, options);
		const key = typeof query === 'string' ? termKey(query) : '';
		if (!plain || key === '' || (options?.filters && Object.keys(options.filters).length > 0)) {
			return plain;
		}
		let teaching: R[] = [];
		try {
			teaching = (await search(null, { filters: { [TERM_FILTER]: key } }))?.results ?? [];
		} catch {
			return plain;
		}
		return teaching.length === 0 ? plain : { ...plain, results: promote(plain.results, teaching) };
	};
}

/** What a result's data carries, as far as its headings go. */
interface ResultData<S extends SubResult> {
	url: string;
	meta?: Record<string, string | undefined>;
	sub_results?: S[];
}

/** The heading teaching `key` according to a page's metadata; undefined if none or unreadable. */
export function teachingHeadingFor(meta: string | undefined, key: string): string | undefined {
	if (!meta) return undefined;
	try {
		const map: unknown = JSON.parse(meta);
		const heading =
			map && typeof map === 'object' ? (map as Record<string, unknown>)[key] : undefined;
		return typeof heading === 'string' && heading !== '' ? heading : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The same results; when `query` names a term, the page teaching it shows the teaching heading
 * among its heading links ({@link teachingHeadingFirst}) once its data loads.
 */
export function withTeachingHeadings<
	S extends SubResult,
	D extends ResultData<S>,
	R extends { data: () => Promise<D> },
>(results: R[], query: string | null): R[] {
	const key = typeof query === 'string' ? termKey(query) : '';
	if (key === '') return results;
	return results.map((result) => ({
		...result,
		data: async () => {
			const data = await result.data();
			const heading = teachingHeadingFor(data.meta?.[HEADINGS_META], key);
			return heading && data.sub_results
				? { ...data, sub_results: teachingHeadingFirst(data.sub_results, data.url, heading) }
				: data;
		},
	}));
}
