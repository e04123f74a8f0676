/**
 * Printing a chapter (issue 21.6): the teaching prints, the tools do not; calculators print their
 * inputs and results; exercises only when asked; charts even if never scrolled to; dark mode prints
 * light; the foot names the page's public address, never a local server's.
 */
import { expect, inject, test } from 'vitest';
import type { Page } from 'playwright-core';
import { useBrowser, watchedPage } from './browser';
import { SUB_SITE } from './global-setup';

const base = inject('baseUrl');
const CHAPTER = 'chapters/02-customer-satisfaction/';
const browser = useBrowser();

async function pdfPages(page: Page): Promise<number> {
	const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
	return (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
}

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

/** Relative luminance (0 black – 1 white) of a CSS rgb() colour. */
function luminance(rgb: string): number {
	const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).map(Number);
	return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
}

test('a chapter prints its teaching: calculators as their inputs and results, no exercises unless asked, no term lists', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(base + CHAPTER);
	// Chapter 2 printed to 36 A4 pages before (calculators in full, 20 exercises, term lists).
	const plain = await pdfPages(w.page);
	expect(plain).toBeLessThanOrEqual(24);

	await w.page.emulateMedia({ media: 'print' });
	for (const gone of [
		'.chapter-exercises',
		'.doc-terms',
		'.doc-keywords',
		'.print-bar',
		'.calc .steps',
		'.calc .btn',
		'.calc .share',
		'.calc__models .chip:not(.chip--on)',
		'.calc__model-desc',
	])
		expect(await visible(w.page, gone), gone).toBe(false);
	for (const kept of [
		'article h1',
		'.katex-display',
		'.prose table',
		'.callout--example',
		'.calc__print-note',
		'.calc__models .chip--on',
		'.calc .field input',
		'.calc [data-result]',
	])
		expect(await visible(w.page, kept), kept).toBe(true);
	// The site's own links are not written out after the text (the glossary's are many).
	const after = await w.page
		.locator('.prose a[href*="glossary/"]')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(after).toBe('none');
	// A calculator's field prints as "label value" on one line, not a box under its label.
	const field = await w.page
		.locator('.calc .field')
		.first()
		.evaluate((f) => {
			const label = f.querySelector('.field__label')!.getBoundingClientRect();
			const input = f.querySelector('input')!.getBoundingClientRect();
			return {
				sameLine: Math.abs(label.top - input.top) < label.height,
				border: getComputedStyle(f.querySelector('input')!).borderTopStyle,
			};
		});
	expect(field).toEqual({ sameLine: true, border: 'none' });

	// Asked for, the exercises print too, without their answers.
	await w.page.emulateMedia({ media: 'screen' });
	await w.page.getByLabel('连同章末练习一起打印').check();
	expect(await pdfPages(w.page)).toBeGreaterThan(plain + 3);
	await w.page.emulateMedia({ media: 'print' });
	expect(await visible(w.page, '.chapter-exercises .exercise')).toBe(true);
	expect(await visible(w.page, '.exercise__feedback')).toBe(false);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('printed with Ctrl+P before scrolling, a chart not yet drawn says so instead of printing an empty box', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(base + CHAPTER);
	await w.page.emulateMedia({ media: 'print' });
	const chart = w.page.locator('astro-island[ssr] .chart').first();
	await expect(chart.locator('.chart__print-note').isVisible()).resolves.toBe(true);
	await expect(chart.locator('.chart__canvas').isVisible()).resolves.toBe(false);
	await w.page.context().close();
});

test('打印本章 from dark mode: every calculator and chart is ready before the print, and prints light', async () => {
	const w = await watchedPage(browser(), { colorScheme: 'dark' });
	await w.page.addInitScript(() => {
		window.print = () => {
			(window as unknown as { printed: unknown }).printed = {
				waiting: document.querySelectorAll('astro-island[ssr]').length,
				undrawn: document.querySelectorAll('canvas[data-chart-ready="false"]').length,
			};
		};
	});
	await w.page.goto(base + CHAPTER);
	await w.page.waitForLoadState('networkidle');
	// Below the fold nothing has hydrated, and its charts are not drawn.
	expect(await w.page.locator('astro-island[ssr]').count()).toBeGreaterThan(2);
	const charts = await w.page.locator('canvas').count();
	expect(charts).toBeGreaterThan(0);
	await w.page.getByRole('button', { name: '打印本章' }).click();
	await expect
		.poll(() => w.page.evaluate(() => (window as unknown as { printed?: unknown }).printed), {
			timeout: 20_000,
		})
		.toEqual({ waiting: 0, undrawn: 0 });

	// The print switches the page (and so every chart, drawn from the theme's colours) to light,
	// and back after.
	const corner = () =>
		w.page.evaluate(() =>
			[...document.querySelectorAll('canvas')].map((c) => {
				const [r, g, b] = c.getContext('2d')!.getImageData(2, 2, 1, 1).data;
				return Math.round((0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 2.55);
			}),
		);
	expect(Math.max(...(await corner()))).toBeLessThan(30);
	await w.page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect(w.page.getAttribute('html', 'data-theme')).resolves.toBe('light');
	await expect.poll(async () => Math.min(...(await corner()))).toBeGreaterThan(90);
	await w.page.emulateMedia({ media: 'print' });
	const colours = await w.page.evaluate(() => {
		const style = (s: string) => getComputedStyle(document.querySelector(s)!);
		return {
			scheme: style('html').colorScheme,
			page: style('body').backgroundColor,
			text: style('.prose p').color,
			example: style('.callout--example').backgroundColor,
		};
	});
	expect(colours.scheme).toBe('light');
	expect(luminance(colours.page)).toBeGreaterThan(0.95);
	expect(luminance(colours.text)).toBeLessThan(0.2);
	expect(luminance(colours.example)).toBeGreaterThan(0.85);
	await w.page.emulateMedia({ media: 'screen' });
	await w.page.evaluate(() => dispatchEvent(new Event('afterprint')));
	await expect(w.page.getAttribute('html', 'data-theme')).resolves.toBe('dark');
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('the printed foot names the public address a deployment was built with, not the server it came from', async () => {
	const w = await watchedPage(browser());
	const sub = inject('subPathUrl');
	await w.page.goto(`${sub}${CHAPTER}`);
	await w.page.emulateMedia({ media: 'print' });
	const source = w.page.locator('.print-source');
	await expect(source.isVisible()).resolves.toBe(true);
	await expect(source.textContent().then((t) => t?.trim())).resolves.toBe(
		`本页网址：${SUB_SITE}${new URL(sub).pathname}${CHAPTER}`,
	);
	// Served from 127.0.0.1 with no public address known, nothing is printed there.
	await w.page.goto(base + CHAPTER);
	await expect(w.page.locator('.print-source').count()).resolves.toBe(0);
	await w.page.context().close();
});
