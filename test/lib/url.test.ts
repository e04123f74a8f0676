import { describe, expect, test } from 'vitest';
import { joinBase, url } from '../../src/lib/url';

describe('joinBase', () => {
	test.each([
		['/', '/', '/'],
		['/', 'chapters/01-crm-overview', '/chapters/01-crm-overview/'],
		['/', '/glossary/#crm', '/glossary/#crm'],
		['/crm/', '/', '/crm/'],
		['/crm/', 'chapters/01-crm-overview/', '/crm/chapters/01-crm-overview/'],
		['/crm', 'glossary#crm', '/crm/glossary/#crm'],
		['crm', 'search/?q=CLV', '/crm/search/?q=CLV'],
		['/a/b/', 'favicon.svg', '/a/b/favicon.svg'],
		['/crm/', '', '/crm/'],
		['/crm/', 'glossary/?q=x#y', '/crm/glossary/?q=x#y'],
	])('joinBase(%j, %j) → %j', (base, path, expected) => {
		expect(joinBase(base, path)).toBe(expected);
	});

	test('never produces a double slash', () => {
		for (const base of ['/', '/crm/', '/crm', 'crm/', '//crm//']) {
			for (const path of ['', '/', 'a', '/a/', '//a', 'a.css']) {
				expect(joinBase(base, path)).not.toMatch(/\/\//);
			}
		}
	});
});

test('url() uses the build base', () => {
	expect(url('tools/')).toBe(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/tools/`);
});
