import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { CHROMIUM_ARGS } from '../e2e/chromium';
import { median } from './median';

/**
 * What a fresh page costs the test browser, in CPU seconds of the whole machine (from /proc/stat,
 * so every Chromium process counts): a new context and page, a chapter loaded and a second of
 * rest, as most browser tests do. Chromium's own arguments against the tests' (CHROMIUM_ARGS with
 * DISABLED_FEATURES, from the e2e set-up). Prints the median of RUNS runs of PAGES pages each.
 */
const RUNS = 3;
const PAGES = 6;

function busySeconds(): number {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1);
	const [user, nice, system, , , irq, softirq] = fields.map(Number) as number[];
	return (user! + nice! + system! + irq! + softirq!) / 100;
}

async function perPage(args: string[]): Promise<number> {
	const browser = await chromium.launch({ executablePath: inject('chromiumPath'), args });
	const before = busySeconds();
	for (let i = 0; i < PAGES; i++) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.goto(`${inject('baseUrl')}chapters/01-crm-overview/`);
		await page.waitForTimeout(1000);
		await context.close();
	}
	const spent = busySeconds() - before;
	await browser.close();
	return spent / PAGES;
}

test('a fresh page costs less CPU with the features the tests turn off', async () => {
	const own: number[] = [];
	const tests: number[] = [];
	for (let run = 0; run < RUNS; run++) {
		own.push(await perPage(CHROMIUM_ARGS));
		tests.push(await perPage(inject('chromiumArgs')));
	}
	console.log(
		`CPU per fresh page (s, median of ${RUNS} × ${PAGES}): Chromium's features ${median(own).toFixed(2)} [${own.map((x) => x.toFixed(2)).join(', ')}], the tests' ${median(tests).toFixed(2)} [${tests.map((x) => x.toFixed(2)).join(', ')}]`,
	);
	expect(median(tests)).toBeLessThan(median(own));
}, 300_000);
