import { describe, expect, test, vi } from 'vitest';
import { indexSite, PagefindError } from '../../src/integrations/pagefind';

function fakeApi(
	overrides: { create?: string[]; add?: string[]; pages?: number; write?: string[] } = {},
) {
	const index = {
		addDirectory: vi.fn(async () => ({
			errors: overrides.add ?? [],
			page_count: overrides.pages ?? 3,
		})),
		writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => ({
			errors: overrides.write ?? [],
			outputPath,
		})),
	};
	const api = {
		createIndex: vi.fn(async () => ({ errors: overrides.create ?? [], index })),
		close: vi.fn(async () => null),
	};
	return { api, index };
}

const logger = { info: vi.fn() };

describe('indexSite', () => {
	test('indexes the build directory and writes the bundle into dist/pagefind', async () => {
		const { api, index } = fakeApi({ pages: 12 });
		await expect(indexSite('/site/dist/', logger, api as never)).resolves.toBe(12);
		expect(api.createIndex).toHaveBeenCalledWith({
			forceLanguage: 'zh-cn',
			excludeSelectors: ['.katex-display', '.katex-html', '.katex-mathml annotation'],
		});
		expect(index.addDirectory).toHaveBeenCalledWith({ path: '/site/dist/' });
		expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: '/site/dist/pagefind' });
		expect(logger.info).toHaveBeenCalledWith('indexed 12 pages into /site/dist/pagefind');
		expect(api.close).toHaveBeenCalledOnce();
	});

	test.each([
		['createIndex', { create: ['bad config'] }, 'Pagefind createIndex failed: bad config'],
		[
			'addDirectory',
			{ add: ['cannot read a.html', 'cannot read b.html'] },
			'Pagefind addDirectory failed: cannot read a.html; cannot read b.html',
		],
		['an empty site', { pages: 0 }, 'Pagefind addDirectory failed: no pages were indexed'],
		['writeFiles', { write: ['disk full'] }, 'Pagefind writeFiles failed: disk full'],
	])('reports errors from %s and fails the build', async (_step, overrides, message) => {
		const { api } = fakeApi(overrides);
		const run = indexSite('/dist', logger, api as never);
		await expect(run).rejects.toBeInstanceOf(PagefindError);
		await expect(run).rejects.toThrow(message);
		expect(api.close).toHaveBeenCalledOnce();
	});

	test('closes the Pagefind service even when it throws', async () => {
		const { api } = fakeApi();
		api.createIndex.mockRejectedValueOnce(new Error('binary missing'));
		await expect(indexSite('/dist', logger, api as never)).rejects.toThrow('binary missing');
		expect(api.close).toHaveBeenCalledOnce();
	});
});

const mocked = vi.hoisted(() => ({
	addDirectory: vi.fn(async () => ({ errors: ['broken.html: unparseable'], page_count: 1 })),
}));
vi.mock('pagefind', () => ({
	createIndex: vi.fn(async () => ({
		errors: [],
		index: { addDirectory: mocked.addDirectory, writeFiles: vi.fn() },
	})),
	close: vi.fn(async () => null),
}));

test('the Astro integration indexes the output directory when the build is done', async () => {
	const { default: pagefind } = await import('../../src/integrations/pagefind');
	const integration = pagefind();
	const hook = integration.hooks['astro:build:done'];
	expect(hook).toBeTypeOf('function');
	const run = hook?.({ dir: new URL('file:///tmp/site/dist/'), logger } as never);
	await expect(run).rejects.toThrow('Pagefind addDirectory failed: broken.html: unparseable');
	expect(mocked.addDirectory).toHaveBeenCalledWith({ path: '/tmp/site/dist/' });
});
