import { expect, inject, test } from 'vitest';
import { useBrowser } from './browser';
import { DISABLED_FEATURES } from './chromium';

const browser = useBrowser();

test("the tests' Chromium keeps Playwright's disabled features and adds its own, once", () => {
	const lists = inject('chromiumArgs').filter((a) => a.startsWith('--disable-features='));
	expect(lists).toHaveLength(1);
	const features = lists[0]!.slice('--disable-features='.length).split(',');
	expect(features).toEqual(expect.arrayContaining(DISABLED_FEATURES));
	// Playwright's own (it disables PaintHolding, among others, so first paints are not held back).
	expect(features).toContain('PaintHolding');
});

test('a new page opens no omnibox popup renderer beside it', async () => {
	const context = await browser().newContext();
	const page = await context.newPage();
	await page.goto('about:blank');
	const session = await browser().newBrowserCDPSession();
	const { targetInfos } = await session.send('Target.getTargets', { filter: [{}] });
	await session.detach();
	expect(targetInfos.map((t) => t.type)).toContain('page');
	expect(targetInfos.filter((t) => t.url.includes('omnibox-popup'))).toEqual([]);
	await context.close();
});
