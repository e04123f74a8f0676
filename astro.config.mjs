// @ts-check
import { defineConfig, passthroughImageService } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import buildProblems from './src/integrations/build-problems.ts';
import clientView from './src/integrations/client-view.ts';
import csp from './src/integrations/csp.ts';
import pagefind from './src/integrations/pagefind.ts';
import { rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeMathFocus from './src/content/rehype-math-focus.ts';
import rehypeTaughtTerms from './src/content/rehype-taught-terms.ts';

/** Instructors deploy under a sub-path (school servers, GitHub Pages): BASE_PATH=/crm/ npm run build. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
	// The public address, where the build knows it: printed at the foot of a page. Without it the
	// printed address is the one the page was opened at (never a local server's).
	...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
	base,
	trailingSlash: 'always',
	outDir: process.env.OUT_DIR || './dist',
	integrations: [buildProblems(), clientView(), mdx(), preact(), csp(), pagefind()],
	image: { service: passthroughImageService() },
	markdown: {
		remarkPlugins: [remarkMath],
		// Heading ids first (Astro would add them after these plugins), so that the glossary's teaching
		// headings can be found by id and weighted for search.
		rehypePlugins: [
			[rehypeKatex, { strict: 'ignore' }],
			rehypeMathFocus,
			rehypeHeadingIds,
			[rehypeTaughtTerms, { contentDir: fileURLToPath(new URL('./content', import.meta.url)) }],
		],
	},
	build: { inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	server: { host: '127.0.0.1', port: 4321 },
});
