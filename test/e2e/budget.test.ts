import { expect, inject, test } from 'vitest';
import {
	CHAPTER_JS_BUDGET,
	CLV_PAGE_JS_BUDGET,
	SEGMENTATION_PAGE_JS_BUDGET,
	TABLE_PAGE_JS_BUDGET,
	inlineScripts,
	jsBytes,
	recordTransfers,
	report,
} from '../bench/js-budget';
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

/** Total gzipped JS from a list, in KB to one decimal, for the printed report. */
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

test(`the CLV page loads at most ${CLV_PAGE_JS_BUDGET / 1024} KB of gzipped JavaScript once the chart is visible`, async () => {
	const w = await watchedPage(browser());
	const { transfers, settle } = recordTransfers(w.page);
	await w.page.goto(`${inject('baseUrl')}tools/clv/`, { waitUntil: 'networkidle' });
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	await w.page.waitForLoadState('networkidle');
	await settle();
	const all = [...transfers, await inlineScripts(w.page)];
	console.log(report(`CLV page with the chart drawn (${kb(jsBytes(all))})`, all));
	expect(jsBytes(all)).toBeLessThanOrEqual(CLV_PAGE_JS_BUDGET);
	await w.page.context().close();
});

test('a calculator below the fold loads no JavaScript until it scrolls into view', async () => {
	const w = await watchedPage(browser());
	const { transfers, settle } = recordTransfers(w.page);
	await w.page.goto(`${inject('baseUrl')}labs/02-customer-value-classification/`, {
		waitUntil: 'networkidle',
	});
	await settle();
	const island = () =>
		transfers.filter((t) => /ClvCalculator|chart\.|client\.|hooks\.module|signals/.test(t.url));
	const before = [...transfers, await inlineScripts(w.page)];
	console.log(report('lab page before scrolling to the calculator', before));
	expect(island()).toEqual([]);
	await w.page.locator('[data-calculator="clv"]').scrollIntoViewIfNeeded();
	await w.page.locator('[data-calculator="clv"] canvas[data-chart-ready="true"]').waitFor();
	await settle();
	expect(island().length).toBeGreaterThan(0);
	// The lab's own example: 60 − 20 + (150 − 30) × (P/A, 8%, 3), with (1 − 1.08⁻³) / 0.08 = 2.577097.
	const value = await w.page.locator('output[data-result="clv"]').getAttribute('data-value');
	expect(Number(value)).toBeCloseTo(40 + 120 * 2.5770969, 4);
	expect(new URL(w.page.url()).search).toBe('');
	await w.page.context().close();
});

test.each([
	['satisfaction/?mode=servqual', TABLE_PAGE_JS_BUDGET],
	['satisfaction/?mode=nps', TABLE_PAGE_JS_BUDGET],
	['loyalty/?scheme=matrix', TABLE_PAGE_JS_BUDGET],
	['lifecycle/', CLV_PAGE_JS_BUDGET],
	['segmentation/?method=abc', SEGMENTATION_PAGE_JS_BUDGET],
])(
	'the tool page %s stays within %i B of gzipped JavaScript with its chart',
	async (mode, budget) => {
		const w = await watchedPage(browser());
		const { transfers, settle } = recordTransfers(w.page);
		await w.page.goto(`${inject('baseUrl')}tools/${mode}`, { waitUntil: 'networkidle' });
		await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
		await w.page.waitForLoadState('networkidle');
		await settle();
		const all = [...transfers, await inlineScripts(w.page)];
		console.log(report(`tools/${mode} with the chart drawn (${kb(jsBytes(all))})`, all));
		expect(jsBytes(all)).toBeLessThanOrEqual(budget);
		await w.page.context().close();
	},
);
