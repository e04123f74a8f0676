import { expect, inject, test } from 'vitest';
import { checkLinks } from './links';

test.each([
	['the root build', 'distDir', '/'],
	['the sub-path build (BASE_PATH=/crm/)', 'subPathDistDir', '/crm/'],
] as const)('every internal href, src and CSS url() in %s resolves', (_name, dir, base) => {
	const { broken, checked, external } = checkLinks(inject(dir), base);
	expect(broken).toEqual([]);
	expect(checked).toBeGreaterThan(200);
	// Only namespace identifiers of inline SVG may name another host; nothing is loaded from one.
	expect(external.filter((u) => !u.startsWith('http://www.w3.org/'))).toEqual(
		external.filter((u) => u.startsWith('http://127.0.0.1')),
	);
});

test('the link checker catches a broken link, a bad fragment and a path outside the base', async () => {
	const { mkdtempSync, writeFileSync, mkdirSync } = await import('node:fs');
	const { join } = await import('node:path');
	const { tmpdir } = await import('node:os');
	const dir = mkdtempSync(join(tmpdir(), 'links-'));
	mkdirSync(join(dir, 'a'));
	writeFileSync(join(dir, 'a', 'index.html'), '<h2 id="x">x</h2>');
	writeFileSync(
		join(dir, 'index.html'),
		'<a href="/crm/a/#x">ok</a><a href="/crm/b/">missing</a><a href="/crm/a/#y">bad id</a><a href="/a/">outside</a><img src="a/index.html">',
	);
	const { broken } = checkLinks(dir, '/crm/');
	expect(broken.map((b) => b.ref)).toEqual(['/crm/b/', '/crm/a/#y', '/a/']);
});
