import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { inlineScriptHashes, policyFor, withPolicy } from '../../src/integrations/csp';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
const PAGE =
	'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8" /><script>var a = 1;</script><script type="module" src="/_astro/x.js"></script></head><body><script>\n\tb();\n</script><script>var a = 1;</script></body></html>';

describe('the Content-Security-Policy written into every page', () => {
	test('hashes each distinct inline script exactly as written, and skips scripts with src', () => {
		expect(inlineScriptHashes(PAGE)).toEqual([sha('var a = 1;'), sha('\n\tb();\n')]);
		// The well-known digest of the empty string, computed elsewhere.
		expect(inlineScriptHashes('<script></script>')).toEqual([
			"'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
		]);
	});

	test("scripts: self, WebAssembly for search, the page's hashes, never unsafe-inline; styles allow KaTeX's attributes", () => {
		const policy = policyFor(PAGE);
		const directive = (name: string) => policy.split('; ').find((d) => d.startsWith(`${name} `));
		expect(directive('script-src')).toBe(
			`script-src 'self' 'wasm-unsafe-eval' ${sha('var a = 1;')} ${sha('\n\tb();\n')}`,
		);
		expect(directive('default-src')).toBe("default-src 'self'");
		expect(directive('object-src')).toBe("object-src 'none'");
		expect(directive('base-uri')).toBe("base-uri 'self'");
		expect(directive('form-action')).toBe("form-action 'self'");
		expect(directive('style-src')).toBe("style-src 'self' 'unsafe-inline'");
		expect(policy).not.toMatch(/https?:|\*/);
	});

	test('the meta tag comes right after the charset, before any script', () => {
		const out = withPolicy(PAGE);
		const meta = out.indexOf('http-equiv="Content-Security-Policy"');
		expect(meta).toBeGreaterThan(out.indexOf('<meta charset="utf-8" />'));
		expect(meta).toBeLessThan(out.indexOf('<script'));
		expect(withPolicy(out)).toBe(out);
	});

	test('a page without a head is an error, not a page without a policy', () => {
		expect(() => withPolicy('<p>no head</p>')).toThrow(/no <head>/);
		expect(withPolicy('<html><head><title>x</title></head></html>')).toContain(
			'<head><meta http-equiv="Content-Security-Policy"',
		);
	});
});
