import { expect, inject, test } from 'vitest';
import { CHAPTER_JS_BUDGET, inlineScripts, jsBytes, recordTransfers, report } from '../bench/js-budget';
import { useBrowser, watchedPage } from './browser';

const browser = useBrowser();

test(`a chapter page loads at most ${CHAPTER_JS_BUDGET} B of gzipped JavaScript before search is opened`, async () => {
	const w = await watchedPage(browser());
	const { transfers, settle } = recordTransfers(w.page);
	await w.page.goto(`${inject('baseUrl')}chapters/01-crm-overview/`, { waitUntil: 'networkidle' });
	await settle();
	const before = [...transfers, await inlineScripts(w.page)];
	console.log(report('chapter page before search', before));
	expect(jsBytes(before)).toBeLessThanOrEqual(CHAPTER_JS_BUDGET);
	expect(transfers.some((t) => t.url.includes('/pagefind/'))).toBe(false);

	await w.page.click('[data-search-open]');
	await w.page.locator('pagefind-modal input[type="search"]').fill('客户终身价值');
	await w.page.locator('pagefind-modal .pf-result').first().waitFor();
	await w.page.waitForLoadState('networkidle');
	await settle();
	const after = [...transfers, await inlineScripts(w.page)];
	console.log(report('after opening search and running one query', after));
	expect(jsBytes(after)).toBeGreaterThan(jsBytes(before));
	await w.page.context().close();
});
