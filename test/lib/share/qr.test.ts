import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, test } from 'vitest';
import { QR_QUIET_ZONE, qrCode, qrPath, qrSvg, type QrCode } from '../../../src/lib/share/qr';

const made = (text: string): QrCode => {
	const r = qrCode(text);
	if (!r.ok) throw new Error(`no code for ${text}: ${r.issues.join()}`);
	return r.value;
};

/** The matrix as an RGBA image, `scale` pixels per module, for a decoder to read. */
function image(code: QrCode, scale = 4) {
	const side = code.size * scale;
	const pixels = new Uint8ClampedArray(side * side * 4);
	for (let y = 0; y < side; y++)
		for (let x = 0; x < side; x++) {
			const v = code.dark[Math.floor(y / scale)]![Math.floor(x / scale)] ? 0 : 255;
			pixels.set([v, v, v, 255], (y * side + x) * 4);
		}
	return { pixels, side };
}

/** What an independent decoder (jsQR) reads back, as bytes. */
function decodedBytes(code: QrCode): number[] | null {
	const { pixels, side } = image(code);
	return jsQR(pixels, side, side)?.binaryData ?? null;
}

const utf8 = (text: string) => [...new TextEncoder().encode(text)];

describe('qrCode', () => {
	test.each([
		'https://example.edu.cn/tools/clv/?model=discounted&m=300&r=0.8&d=0.1',
		'https://example.edu.cn/assignment/?t=%E7%AC%AC%E5%9B%9B%E7%AB%A0%E4%BD%9C%E4%B8%9A&e=ch4-1',
		'第四章作业：客户终身价值',
		'x',
	])('decodes back to the same bytes: %s', (text) => {
		expect(decodedBytes(made(text))).toEqual(utf8(text));
	});

	test('any link-like text up to 300 characters decodes back to itself', () => {
		fc.assert(
			fc.property(fc.string({ minLength: 1, maxLength: 300, unit: 'grapheme' }), (tail) => {
				const text = `https://example.edu.cn/?q=${tail}`;
				expect(decodedBytes(made(text))).toEqual(utf8(text));
			}),
			{ numRuns: 40 },
		);
	});

	test('a short link is the smallest code (version 1: 21 modules) inside its quiet zone', () => {
		// 13 bytes fit version 1 at level M (14 bytes), so the side is 21 + 2 × 4.
		const code = made('https://x.cn/');
		expect(code.size).toBe(21 + 2 * QR_QUIET_ZONE);
		expect(code.dark).toHaveLength(code.size);
		for (const row of code.dark) expect(row).toHaveLength(code.size);
		const edge = [
			...code.dark.slice(0, QR_QUIET_ZONE).flat(),
			...code.dark.slice(-QR_QUIET_ZONE).flat(),
			...code.dark.flatMap((row) => [...row.slice(0, QR_QUIET_ZONE), ...row.slice(-QR_QUIET_ZONE)]),
		];
		expect(edge.every((dark) => !dark)).toBe(true);
		// The top-left finder pattern starts right inside the quiet zone: a 7-module dark row.
		expect(code.dark[QR_QUIET_ZONE]!.slice(QR_QUIET_ZONE, QR_QUIET_ZONE + 8)).toEqual([
			...Array<boolean>(7).fill(true),
			false,
		]);
	});

	test('holds up to 2,331 bytes (version 40 at level M, the standard’s table) and refuses more', () => {
		expect(decodedBytes(made('a'.repeat(2331)))).toEqual(utf8('a'.repeat(2331)));
		expect(qrCode('a'.repeat(2332))).toEqual({ ok: false, issues: ['tooLong'] });
		// Chinese is three bytes a character in UTF-8: 777 characters fit, 778 do not.
		expect(qrCode('码'.repeat(777)).ok).toBe(true);
		expect(qrCode('码'.repeat(778))).toEqual({ ok: false, issues: ['tooLong'] });
	});

	test.each(['', '   ', '\n\t'])('refuses empty text %j', (text) => {
		expect(qrCode(text)).toEqual({ ok: false, issues: ['empty'] });
	});
});

/** Fills a grid from the path's commands, read independently of how qrPath wrote them. */
function fromPath(d: string, size: number): boolean[][] {
	const grid = Array.from({ length: size }, () => Array<boolean>(size).fill(false));
	const rects = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
	expect(rects.map((m) => m[0]).join('')).toBe(d);
	for (const [, x, y, run, back] of rects) {
		expect(back).toBe(run);
		for (let i = 0; i < Number(run); i++) {
			expect(grid[Number(y)]![Number(x) + i], 'modules drawn twice').toBe(false);
			grid[Number(y)]![Number(x) + i] = true;
		}
	}
	return grid;
}

describe('qrPath and qrSvg', () => {
	test('the path draws exactly the dark modules, each once', () => {
		for (const text of ['https://x.cn/', 'https://example.edu.cn/tools/lifecycle/?stage=2']) {
			const code = made(text);
			expect(fromPath(qrPath(code), code.size)).toEqual(code.dark);
		}
	});

	test('a row of runs becomes one rectangle per run', () => {
		const code: QrCode = {
			size: 5,
			dark: [
				[false, true, true, false, true],
				[false, false, false, false, false],
				[true, true, true, true, true],
				[false, false, false, false, false],
				[false, false, false, false, false],
			],
		};
		expect(qrPath(code)).toBe('M1 0h2v1h-2zM4 0h1v1h-1zM0 2h5v1h-5z');
	});

	test('the SVG is black on white, one unit per module, named by its label (escaped)', () => {
		const code = made('https://x.cn/');
		const svg = qrSvg(code, '本页二维码 <script>"&\'');
		expect(svg).toContain(`viewBox="0 0 ${code.size} ${code.size}"`);
		expect(svg).toContain('role="img"');
		expect(svg).toContain('aria-label="本页二维码 &lt;script&gt;&quot;&amp;&#39;"');
		expect(svg).not.toContain('<script>');
		expect(svg).toMatch(/<rect width="29" height="29" fill="#fff"\/>/);
		expect(svg).toContain(`<path fill="#000" d="${qrPath(code)}"/>`);
	});
});
