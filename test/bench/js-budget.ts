import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

/** A chapter page may load at most this much gzipped JavaScript before the reader opens search. */
export const CHAPTER_JS_BUDGET = 5 * 1024;

/** The CLV calculator page may load at most this much gzipped JavaScript with its chart drawn. */
export const CLV_PAGE_JS_BUDGET = 75 * 1024;
/**
 * The satisfaction and loyalty pages read every mode's tables in one form reader (src/lib, so the
 * build can check a chapter's defaults) and carry the kit's table editor: measured 77,276 B and
 * 75,576 B with the chart (2026-12-03, after the form logic moved to src/lib; 76,198 B and
 * 74,108 B before). The in-app browser check on every download (WeChat drops `blob:` downloads;
 * src/islands/kit/download.ts) added about 460 B: 78,185 B and 76,586 B (2026-12-03). The QR code
 * buttons (the footer's and the share link's, each a lazy import of the encoder) added about 590 B:
 * 78,778 B and 77,171 B (2026-12-04, after the on-demand styles moved into the page's CSS, which
 * took their file names out of the lazy imports' preload lists). The review of every page
 * (2026-12-04) added about 1.4 KB to the satisfaction page: worked steps that follow the chapter's
 * formulas symbol for symbol (s̄ then CSI; ACSI with × 100; SERVQUAL's weighted gap), the replay of
 * what was typed before hydration, and the one-click fix for a percent typed as 0.08: 80,160 B
 * and 78,131 B. Chart.js is
 * 50 KB of every figure here; the performance issue (Lighthouse 99+) is to bring every tool page
 * back under 75 KB.
 */
export const TABLE_PAGE_JS_BUDGET = 79 * 1024;
/**
 * The segmentation page does more on the page than the other calculators: the table reader and
 * engine, the worker client with its error paths, large-paste handling and the share link's data
 * option (measured 78,971 B with the chart, 2026-12-03; the decoder and encoding picker load only
 * once a file is opened). With the in-app browser check on downloads: 80,004 B; with the QR
 * button and the replay of early input: 81,496 B (2026-12-04). Printing (the print line's address,
 * the light theme for the print, and client:view, which 打印本章 can wake) added about 465 B on every
 * page with islands: 81,961 B (2026-12-04; satisfaction 80,659 B, chapter 4,701 B).
 */
export const SEGMENTATION_PAGE_JS_BUDGET = 81 * 1024;

export interface Transfer {
	url: string;
	kind: 'script' | 'inline' | 'wasm' | 'other';
	raw: number;
	gzip: number;
}

const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).byteLength;

function kindOf(response: Response): Transfer['kind'] {
	const type = response.headers()['content-type'] ?? '';
	if (response.request().resourceType() === 'script' || type.includes('javascript'))
		return 'script';
	if (type.includes('wasm') || /\.(wasm|pagefind)$/.test(response.url())) return 'wasm';
	return 'other';
}

/** Records every response of a page (body sizes raw and gzipped) from now on. */
export function recordTransfers(page: Page): {
	transfers: Transfer[];
	settle: () => Promise<void>;
} {
	const transfers: Transfer[] = [];
	const pending: Promise<void>[] = [];
	page.on('response', (response) => {
		pending.push(
			response
				.body()
				.then((body) => {
					transfers.push({
						url: response.url(),
						kind: kindOf(response),
						raw: body.byteLength,
						gzip: gz(body),
					});
				})
				.catch(() => undefined),
		);
	});
	return { transfers, settle: async () => void (await Promise.all(pending)) };
}

/**
 * Inline <script> elements of the current document that run, as one gzipped figure (a JSON data
 * block such as a page's calculator strings is part of the HTML, not JavaScript).
 */
export async function inlineScripts(page: Page): Promise<Transfer> {
	const text = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src]):not([type="application/json"])')]
			.map((s) => s.textContent ?? '')
			.join('\n'),
	);
	return {
		url: '(inline scripts)',
		kind: 'inline',
		raw: Buffer.byteLength(text),
		gzip: text ? gz(text) : 0,
	};
}

export const jsBytes = (list: Transfer[]) =>
	list
		.filter((t) => t.kind === 'script' || t.kind === 'inline')
		.reduce((sum, t) => sum + t.gzip, 0);

export function report(title: string, list: Transfer[]): string {
	const rows = list
		.filter((t) => t.kind !== 'other')
		.map(
			(t) =>
				`  ${t.kind.padEnd(6)} ${String(t.gzip).padStart(7)} B gz ${String(t.raw).padStart(8)} B raw  ${t.url}`,
		);
	return [`${title}: ${jsBytes(list)} B of gzipped JavaScript`, ...rows].join('\n');
}
