import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readCustomers } from '../../../src/lib/crm/customers';
import { bomEncoding, decodeText, isEncodingChoice } from '../../../src/lib/files/decode';

// The fixtures were written by Python's own codecs (a second implementation, not TextDecoder).
const fixture = (name: string) =>
	new Uint8Array(readFileSync(new URL(`../../fixtures/encodings/${name}`, import.meta.url)));
const TABLE =
	'客户编号,最近购买天数,购买次数,购买金额\r\n张三,5,12,￥3600\r\n李四,40,3,880\r\n王五（VIP）,2,20,"12,500"\r\n';
const RARE = '客户编号,最近购买天数,购买次数,购买金额\r\n𠮷野家,5,12,3600\r\n€先生,40,3,880\r\n';

describe('decodeText: every encoding a Chinese spreadsheet saves', () => {
	test.each([
		['utf8.csv', TABLE, 'utf-8', 'valid-utf8'],
		['utf8-bom.csv', TABLE, 'utf-8', 'bom'],
		['gbk.csv', TABLE, 'gb18030', 'fallback'],
		['gb18030.csv', RARE, 'gb18030', 'fallback'],
		['utf16le-bom.csv', TABLE, 'utf-16le', 'bom'],
		['utf16be-bom.csv', TABLE, 'utf-16be', 'bom'],
		['utf16le.csv', TABLE, 'utf-16le', 'utf16-pattern'],
	] as const)(
		'%s → the same text, read as %s (%s), nothing replaced',
		(file, text, encoding, reason) => {
			const decoded = decodeText(fixture(file));
			expect(decoded).toEqual({ text, encoding, reason, replaced: 0 });
		},
	);

	test('a GBK customer table keeps its Chinese ids and its header is recognised', () => {
		const read = readCustomers(decodeText(fixture('gbk.csv')).text);
		if ('tooMany' in read) throw new Error('unexpected');
		expect(read.header).toBe(true);
		expect(read.columns.ids).toEqual(['张三', '李四', '王五（VIP）']);
		expect(Array.from(read.columns.monetary)).toEqual([3600, 880, 12500]);
	});

	test('the same GBK bytes read as UTF-8 (the old behaviour) are mojibake and say so by count', () => {
		const wrong = decodeText(fixture('gbk.csv'), 'utf-8');
		expect(wrong.reason).toBe('chosen');
		expect(wrong.text).not.toContain('张三');
		expect(wrong.replaced).toBeGreaterThan(10);
	});

	test('a person can choose the encoding: UTF-8 bytes forced to GB18030 change, back to UTF-8 restores', () => {
		const bytes = fixture('utf8.csv');
		expect(decodeText(bytes, 'gb18030').text).not.toBe(TABLE);
		expect(decodeText(bytes, 'utf-8').text).toBe(TABLE);
	});

	test('an empty file is empty UTF-8 text', () => {
		expect(decodeText(new Uint8Array())).toEqual({
			text: '',
			encoding: 'utf-8',
			reason: 'valid-utf8',
			replaced: 0,
		});
	});

	test('byte-order marks', () => {
		expect(bomEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
		expect(bomEncoding(new Uint8Array([0xff, 0xfe]))).toBe('utf-16le');
		expect(bomEncoding(new Uint8Array([0xfe, 0xff]))).toBe('utf-16be');
		expect(bomEncoding(new Uint8Array([0xef, 0xbb]))).toBeNull();
	});

	test('encoding choices from outside are checked', () => {
		expect(isEncodingChoice('gb18030')).toBe(true);
		expect(isEncodingChoice('auto')).toBe(true);
		expect(isEncodingChoice('latin1')).toBe(false);
		expect(isEncodingChoice('constructor')).toBe(false);
	});

	test('property: any text encoded as UTF-8 decodes back to itself', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme' }), (s) => {
				// A text starting with U+FEFF would lose it as a mark; that is what a BOM means.
				fc.pre(!s.startsWith('\uFEFF') && !s.includes('\0'));
				const decoded = decodeText(new TextEncoder().encode(s));
				expect(decoded.text).toBe(s);
				expect(decoded.encoding).toBe('utf-8');
			}),
		);
	});

	test('property: arbitrary bytes never throw and always name an encoding', () => {
		fc.assert(
			fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
				const decoded = decodeText(bytes);
				expect(typeof decoded.text).toBe('string');
				expect(decoded.replaced).toBeGreaterThanOrEqual(0);
			}),
		);
	});
});
