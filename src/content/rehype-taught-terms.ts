import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { parse } from 'yaml';

/** What a glossary entry says about the heading that teaches it (content/glossary/*.yaml). */
interface Entry {
	term?: unknown;
	en?: unknown;
	aliases?: unknown;
	taught?: { collection?: unknown; id?: unknown; heading?: unknown };
}

/** Pagefind weight of a heading that teaches a glossary term (its default for an h2 is 6). */
export const TAUGHT_WEIGHT = 10;

/**
 * The words each teaching heading stands for: for every `collection/id` page, heading id → the
 * term, its English name and aliases of each glossary entry taught under that heading.
 */
export function taughtHeadings(glossaryDir: string): Map<string, Map<string, string[]>> {
	const pages = new Map<string, Map<string, string[]>>();
	for (const file of readdirSync(glossaryDir)
		.filter((f) => f.endsWith('.yaml'))
		.sort()) {
		const entry = parse(readFileSync(join(glossaryDir, file), 'utf8')) as Entry | null;
		const { collection, id, heading } = entry?.taught ?? {};
		if (typeof collection !== 'string' || typeof id !== 'string' || typeof heading !== 'string') {
			continue;
		}
		const words = [entry?.term, entry?.en, ...(Array.isArray(entry?.aliases) ? entry.aliases : [])]
			.filter((w): w is string => typeof w === 'string' && w.trim() !== '')
			.map((w) => w.trim());
		const page = pages.get(`${collection}/${id}`) ?? new Map<string, string[]>();
		page.set(heading, [...(page.get(heading) ?? []), ...words]);
		pages.set(`${collection}/${id}`, page);
	}
	return pages;
}

/**
 * Search lands on the paragraph that teaches a term: the heading a glossary entry names as where it
 * is taught gets a higher Pagefind weight and carries the term's Chinese and English names and
 * aliases as indexed (not shown) words, so a search for the term ranks the defining page first and
 * its heading link goes to that section, even where the heading's own words differ from the term
 * (满意度的计算公式 teaches 客户满意度). Runs after the heading ids are set; the glossary's check that
 * every such heading exists lives in src/content/checks.ts.
 */
export default function rehypeTaughtTerms({
	contentDir,
	glossaryDir = join(contentDir, 'glossary'),
}: {
	contentDir: string;
	glossaryDir?: string;
}) {
	return (tree: Root, file: { history: string[] }) => {
		const path = file.history[0];
		if (!path) return;
		const page = relative(contentDir, path)
			.split(sep)
			.join('/')
			.replace(/\.mdx?$/, '');
		// Read per page, so that a glossary edit shows under `astro dev` too (a few dozen small files).
		const headings = taughtHeadings(glossaryDir).get(page);
		if (!headings) return;
		const visit = (node: Root | RootContent) => {
			if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) mark(node, headings);
			if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
	};
}

function mark(heading: Element, headings: Map<string, string[]>): void {
	const id = heading.properties.id;
	const words = typeof id === 'string' ? headings.get(id) : undefined;
	if (!words) return;
	heading.properties.dataPagefindWeight = String(TAUGHT_WEIGHT);
	heading.properties.dataTerms = [...new Set(words)].join(' · ');
	heading.properties.dataPagefindIndexAttrs = 'data-terms';
}
