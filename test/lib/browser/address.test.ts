import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { printableAddress } from '../../../src/lib/browser/address';

const at = (href: string) => {
	const u = new URL(href);
	return { hostname: u.hostname, origin: u.origin, pathname: u.pathname };
};

describe('printableAddress', () => {
	test('a school server or a public host: its address without query or fragment', () => {
		expect(printableAddress(at('https://crm.example.edu.cn/crm/chapters/02/?mode=acsi#x'))).toBe(
			'https://crm.example.edu.cn/crm/chapters/02/',
		);
		expect(printableAddress(at('http://10.1.2.3:8080/tools/clv/'))).toBe(
			'http://10.1.2.3:8080/tools/clv/',
		);
		expect(printableAddress(at('http://192.168.0.5/'))).toBe('http://192.168.0.5/');
	});

	test('a local server has no address a reader could open', () => {
		for (const href of [
			'http://127.0.0.1:4321/chapters/01-crm-overview/',
			'http://127.8.0.1/',
			'http://localhost:4321/',
			'http://LOCALHOST/',
			'http://[::1]:8000/',
			'http://0.0.0.0:4321/',
		])
			expect(printableAddress(at(href)), href).toBe('');
	});

	test('a page opened from a file has none either', () => {
		expect(printableAddress(at('file:///home/me/dist/index.html'))).toBe('');
	});

	test('any other http(s) host prints as origin + path', () => {
		fc.assert(
			fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
				const u = new URL(href);
				fc.pre(!/^(localhost|127\.|\[::1\]|0\.0\.0\.0$)/i.test(u.hostname));
				expect(printableAddress(at(href))).toBe(u.origin + u.pathname);
			}),
		);
	});
});
