import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';

/**
 * Chinese segmentation for every page. Formulas stay out of the index and so out of excerpts: a
 * display formula entirely (its text reads as debris, "CLV=Po−Co+t=1∑n("), an inline one except
 * its MathML letters (so "第 t 期" keeps its t), never KaTeX's drawn copy or its TeX source.
 */
export const INDEX_OPTIONS = {
	forceLanguage: 'zh-cn',
	excludeSelectors: ['.katex-display', '.katex-html', '.katex-mathml annotation'],
};

type PagefindApi = Pick<typeof pagefindApi, 'createIndex' | 'close'>;

/**
 * Builds the Pagefind index of `outDir` and writes the bundle to `outDir/pagefind`.
 * Only `data-pagefind-body` regions are indexed (the pages mark their article with it).
 * Any error Pagefind reports fails the build, so a site without working search never ships.
 * @returns the number of pages indexed
 */
export async function indexSite(
	outDir: string,
	logger: Pick<AstroIntegrationLogger, 'info'>,
	api: PagefindApi = pagefindApi,
): Promise<number> {
	try {
		const { index, errors } = await api.createIndex(INDEX_OPTIONS);
		if (!index || errors.length > 0) throw new PagefindError('createIndex', errors);
		const added = await index.addDirectory({ path: outDir });
		if (added.errors.length > 0) throw new PagefindError('addDirectory', added.errors);
		if (added.page_count === 0) throw new PagefindError('addDirectory', ['no pages were indexed']);
		const written = await index.writeFiles({ outputPath: `${outDir.replace(/\/$/, '')}/pagefind` });
		if (written.errors.length > 0) throw new PagefindError('writeFiles', written.errors);
		logger.info(`indexed ${added.page_count} pages into ${written.outputPath}`);
		return added.page_count;
	} finally {
		await api.close();
	}
}

export class PagefindError extends Error {
	constructor(step: string, errors: string[]) {
		super(`Pagefind ${step} failed: ${errors.join('; ')}`);
		this.name = 'PagefindError';
	}
}

/** Astro integration: index the static build with Pagefind when the build finishes. */
export default function pagefind(): AstroIntegration {
	return {
		name: 'crm-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await indexSite(fileURLToPath(dir), logger);
			},
		},
	};
}
