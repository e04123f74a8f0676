import { expect, inject, test } from 'vitest';
import { CLV_MODELS, computeClv, type ClvInput } from '../../src/lib/crm/clv';
import { useBrowser, watchedPage } from '../e2e/browser';
import { median } from './median';

const browser = useBrowser();

test('pure computation: all four CLV models for n = 100', () => {
	const input: ClvInput = {
		acquisitionCost: 500,
		firstPurchase: 3000,
		yearlyRevenue: 1000,
		yearlyCost: 100,
		years: 100,
		discountRate: 0.08,
		retentionRate: 0.8,
		timing: 'end',
		factors: 'exact',
	};
	const times: number[] = [];
	for (let run = 0; run < 200; run++) {
		const start = performance.now();
		for (const model of CLV_MODELS) computeClv(model, { ...input, yearlyRevenue: 1000 + run });
		times.push(performance.now() - start);
	}
	console.log(
		`computeClv × 4 models, n = 100: median ${median(times).toFixed(3)} ms over 200 runs`,
	);
	expect(times).toHaveLength(200);
});

test.each([100, 20])(
	'in Chromium: keystroke → results on screen, n = 100 (target < 4 ms), keystrokes %d ms apart',
	async (gap) => {
		const w = await watchedPage(browser());
		await w.page.goto(
			`${inject('baseUrl')}tools/clv/?model=retention&n=${process.env.BENCH_N ?? 100}&p=90`,
		);
		await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
		const times: number[] = await w.page.evaluate(async (gap: number) => {
			const input = document.getElementById('clv-in') as HTMLInputElement;
			const output = document.querySelector('output[data-result="clv"]')!;
			const out: number[] = [];
			for (let i = 0; i < 121; i++) {
				out.push(
					await new Promise<number>((resolve) => {
						const start = performance.now();
						const observer = new MutationObserver(() => {
							observer.disconnect();
							resolve(performance.now() - start);
						});
						observer.observe(output, {
							subtree: true,
							childList: true,
							characterData: true,
							attributes: true,
						});
						input.value = String(1000 + i + 1);
						input.dispatchEvent(new Event('input', { bubbles: true }));
					}),
				);
				await new Promise((r) => setTimeout(r, gap));
			}
			return out;
		}, gap);
		// The first 20 keystrokes warm up the JIT; the figure is the median of the next 101.
		const measured = times.slice(20);
		// 100 ms apart is fast typing; at 20 ms apart the previous keystroke's chart redraw is still running.
		console.log(
			`keystroke → results, n = ${process.env.BENCH_N ?? 100}, ${gap} ms apart: median ${median(measured).toFixed(2)} ms, max ${Math.max(...measured).toFixed(2)} ms over ${measured.length} keystrokes`,
		);
		expect(measured).toHaveLength(101);
		await w.page.context().close();
	},
);
