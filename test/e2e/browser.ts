import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

export const PHONE = { width: 360, height: 740 };
export const DESKTOP = { width: 1366, height: 900 };

export function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: inject('chromiumPath'), args: inject('chromiumArgs') });
}

// One Chromium per test worker: the e2e project runs without isolation, so this module (and the
// browser) outlives a file and the next file in the same worker reuses it. Playwright kills it when
// the worker exits.
let shared: Promise<Browser> | undefined;

/**
 * The worker's Chromium, launched before the file's first test. After the file's last test every
 * context the file opened is closed, so no page of one file runs on into the next.
 */
export function useBrowser(): () => Browser {
	let browser: Browser | undefined;
	beforeAll(async () => {
		shared ??= launch();
		browser = await shared.catch((error: unknown) => {
			shared = undefined;
			throw error;
		});
		if (!browser.isConnected()) {
			shared = launch();
			browser = await shared;
		}
	});
	afterAll(async () => {
		await Promise.all(browser?.contexts().map((c) => c.close()) ?? []);
	});
	return () => {
		if (!browser) throw new Error('the browser is not running yet');
		return browser;
	};
}

export interface Watched {
	page: Page;
	/** Console errors and uncaught exceptions seen so far. */
	errors: string[];
	/** Requests to any host other than 127.0.0.1. */
	foreign: string[];
	/** Content-Security-Policy violations (`securitypolicyviolation` events), also counted in `errors`. */
	csp: string[];
}

/** Opens a page that records console errors, page errors and requests leaving 127.0.0.1. */
export async function watchedPage(
	browser: Browser,
	options: BrowserContextOptions = {},
): Promise<Watched> {
	const context = await browser.newContext({ viewport: DESKTOP, ...options });
	const page = await context.newPage();
	const errors: string[] = [];
	const foreign: string[] = [];
	const csp: string[] = [];
	await context.exposeBinding('__cspViolation', ({ frame }, text: string) => {
		csp.push(`${frame.url()}: ${text}`);
	});
	// Init scripts run through the DevTools protocol, so the page's own policy does not block this listener.
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			(window as unknown as { __cspViolation: (s: string) => void }).__cspViolation(
				`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`,
			);
		});
	});
	page.on('console', (m) => m.type() === 'error' && errors.push(`${page.url()}: ${m.text()}`));
	page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
	page.on('request', (r) => {
		const { protocol, hostname } = new URL(r.url());
		if (protocol.startsWith('http') && hostname !== '127.0.0.1') foreign.push(r.url());
	});
	return { page, errors, foreign, csp };
}

/** Every built HTML page as a site-relative path ('', 'chapters/x/', '404.html'). */
export function sitePages(dist: string): string[] {
	const out: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) {
				if (entry.name !== 'pagefind' && entry.name !== '_astro') walk(full);
			} else if (entry.name.endsWith('.html')) {
				const rel = relative(dist, full).split('\\').join('/');
				out.push(rel === 'index.html' ? '' : rel.replace(/index\.html$/, ''));
			}
		}
	};
	walk(dist);
	return out.sort();
}

const axeSource = readFileSync(
	createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
	'utf8',
);

interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: { target: string[] }[];
}

/**
 * The axe rules that read colours. A theme changes colours only, so a page checked in full in one
 * theme is checked in the other with these alone.
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page (every rule, or only `rules`) and lists its violations, one readable
 * line each.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	// Evaluated through the DevTools protocol: an injected <script> tag would be refused by the
	// page's CSP. Once per document: a second run on the same load reuses it.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
	const violations = await page.evaluate(async (only) => {
		const axe = (
			window as unknown as { axe: { run: (o: object) => Promise<{ violations: unknown[] }> } }
		).axe;
		const options = only ? { runOnly: { type: 'rule', values: only } } : {};
		return (await axe.run({ resultTypes: ['violations'], ...options })).violations;
	}, rules);
	return (violations as AxeViolation[]).map(
		(v) =>
			`${v.id} (${v.impact}): ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
	);
}
