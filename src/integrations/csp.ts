import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A Content-Security-Policy for every built page, in a `<meta>` tag so that it holds on any static
 * server. Scripts: the site's own files and the exact inline scripts of that page (by SHA-256; no
 * 'unsafe-inline'). 'wasm-unsafe-eval' because Pagefind's search, open from every page's header,
 * runs WebAssembly.
 *
 * Why not Astro's `experimental.csp`: it always adds hashes to `style-src` (its island styles and
 * every stylesheet), and a hash in a directive switches 'unsafe-inline' off. KaTeX sets sizes and
 * offsets in thousands of `style` attributes, which only 'unsafe-inline' allows, so every formula
 * broke under it. Styles cannot run code; scripts stay strict.
 */
export const BASE_DIRECTIVES = [
	"default-src 'self'",
	"style-src 'self' 'unsafe-inline'",
	"img-src 'self' data: blob:",
	"font-src 'self' data:",
	"connect-src 'self'",
	"worker-src 'self' blob:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The SHA-256 source expression of each distinct inline script in the page, in order of appearance. */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const match of html.matchAll(INLINE_SCRIPT)) {
		hashes.add(`'sha256-${createHash('sha256').update(match[1]!, 'utf8').digest('base64')}'`);
	}
	return [...hashes];
}

/** The policy of one page. */
export function policyFor(html: string): string {
	const script = ["script-src 'self' 'wasm-unsafe-eval'", ...inlineScriptHashes(html)].join(' ');
	return [BASE_DIRECTIVES[0], script, ...BASE_DIRECTIVES.slice(1)].join('; ');
}

/**
 * The page with its policy as the first element after `<meta charset>` (a meta policy only governs
 * what comes after it). A page that already has one is returned as it is.
 * @throws when the page has no `<head>`: a page without a policy must not ship silently.
 */
export function withPolicy(html: string): string {
	if (/http-equiv="Content-Security-Policy"/i.test(html)) return html;
	const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
	const charset = /<meta charset="utf-8"\s*\/?>/i.exec(html);
	if (charset)
		return (
			html.slice(0, charset.index + charset[0].length) +
			meta +
			html.slice(charset.index + charset[0].length)
		);
	const head = /<head[^>]*>/i.exec(html);
	if (!head) throw new Error('no <head> to put the Content-Security-Policy in');
	return (
		html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length)
	);
}

async function htmlFiles(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await htmlFiles(full)));
		else if (entry.name.endsWith('.html')) out.push(full);
	}
	return out;
}

/** Writes a policy into every HTML page of the build (listed before Pagefind, which then indexes the final pages). */
export default function csp(): AstroIntegration {
	return {
		name: 'crm-csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const files = await htmlFiles(fileURLToPath(dir));
				for (const file of files) {
					try {
						await writeFile(file, withPolicy(await readFile(file, 'utf8')));
					} catch (error) {
						throw new Error(`${file}: ${(error as Error).message}`);
					}
				}
				logger.info(`Content-Security-Policy written into ${files.length} pages`);
			},
		},
	};
}
