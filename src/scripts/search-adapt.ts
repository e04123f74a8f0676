/**
 * Fitted to Pagefind's Component UI once its script has run (loaded with the search bundle, so a
 * page ships none of this until search is opened): a query that names a glossary term lists the
 * page teaching it first with its teaching heading among the heading links
 * (src/lib/search/terms.ts), and excerpts start at a sentence (src/lib/search/excerpt.ts). The
 * modal and the search page both use the UI's default instance.
 */
import { tidyResults } from '../lib/search/excerpt';
import { type SearchFn, withTeachingHeadings, withTeachingPagesFirst } from '../lib/search/terms';

interface PagefindResult {
	id: string;
	data: () => Promise<{
		url: string;
		excerpt: string;
		meta?: Record<string, string | undefined>;
		sub_results?: { url: string; excerpt: string; locations?: number[] }[];
	}>;
}

/** The parts of the Component UI's instance that the site touches (Pagefind 1.6). */
interface PagefindInstance {
	triggerLoad(): Promise<void>;
	__pagefind__?: { search: SearchFn<PagefindResult, { results: PagefindResult[] }> } | null;
}
declare global {
	interface Window {
		PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
	}
}

export async function adaptSearch(): Promise<void> {
	const instance = window.PagefindComponents?.getInstanceManager().getInstance('default');
	if (!instance) throw new Error('the Pagefind Component UI has no instance manager');
	await instance.triggerLoad();
	const pagefind = instance.__pagefind__;
	if (!pagefind) throw new Error('the Pagefind Component UI did not load its search');
	const search = withTeachingPagesFirst(pagefind.search.bind(pagefind));
	pagefind.search = async (query, options) => {
		const response = await search(query, options);
		return (
			response && {
				...response,
				results: tidyResults(withTeachingHeadings(response.results, query)),
			}
		);
	};
}
