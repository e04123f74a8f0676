/**
 * Turning the bytes of an opened file into text. Excel and WPS on a Chinese Windows machine save
 * CSV as GBK unless told otherwise, so a reader that assumes UTF-8 shows their Chinese as `����`.
 * Every file input on the site reads through here: a byte-order mark decides first, then strict
 * UTF-8, then GB18030 (a superset of GBK and GB2312). The person can override the guess.
 * Pure: TextDecoder exists in browsers, workers and Node alike.
 */

import type { DecodeInfo, Encoding, EncodingChoice, EncodingReason } from './encodings';

export {
	ENCODINGS,
	isEncodingChoice,
	type Encoding,
	type EncodingChoice,
	type EncodingReason,
} from './encodings';

/** The text of a file and how it was read. */
export interface DecodedText extends DecodeInfo {
	text: string;
}

const BOMS: readonly { encoding: Encoding; bytes: readonly number[] }[] = [
	{ encoding: 'utf-8', bytes: [0xef, 0xbb, 0xbf] },
	{ encoding: 'utf-16le', bytes: [0xff, 0xfe] },
	{ encoding: 'utf-16be', bytes: [0xfe, 0xff] },
];

/** The encoding a byte-order mark at the start announces, or null. */
export function bomEncoding(bytes: Uint8Array): Encoding | null {
	for (const { encoding, bytes: mark } of BOMS) {
		if (mark.every((b, i) => bytes[i] === b)) return encoding;
	}
	return null;
}

/**
 * UTF-16 without a mark: text that is mostly ASCII has a zero in every other byte. Looks at the
 * first 4,096 bytes; needs zeros in at least 40 % of one parity and almost none in the other.
 */
function utf16Pattern(bytes: Uint8Array): Encoding | null {
	const n = Math.min(bytes.length, 4096) & ~1;
	if (n < 4) return null;
	let even = 0;
	let odd = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	const pairs = n / 2;
	if (odd >= pairs * 0.4 && even <= pairs * 0.05) return 'utf-16le';
	if (even >= pairs * 0.4 && odd <= pairs * 0.05) return 'utf-16be';
	return null;
}

function countReplaced(text: string): number {
	let n = 0;
	for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
	return n;
}

function decodeAs(bytes: Uint8Array, encoding: Encoding, reason: EncodingReason): DecodedText {
	// ignoreBOM: false (the default) drops a mark that matches the encoding, so the text starts clean.
	const text = new TextDecoder(encoding).decode(bytes);
	return { text, encoding, reason, replaced: countReplaced(text) };
}

/**
 * Decodes a file's bytes: with `choice` 'auto', a BOM wins, then strict UTF-8, then a UTF-16 zero
 * pattern, then GB18030; with a named encoding, that one (a BOM of another encoding is then
 * decoded as characters, as the person asked).
 * @example decodeText(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7])).text // '客户' (GBK bytes)
 * @example decodeText(new Uint8Array([0xbf, 0xcd, 0xbb, 0xa7])).encoding // 'gb18030'
 */
export function decodeText(bytes: Uint8Array, choice: EncodingChoice = 'auto'): DecodedText {
	if (choice !== 'auto') return decodeAs(bytes, choice, 'chosen');
	const bom = bomEncoding(bytes);
	if (bom) return decodeAs(bytes, bom, 'bom');
	const utf16 = utf16Pattern(bytes);
	if (utf16) return decodeAs(bytes, utf16, 'utf16-pattern');
	try {
		const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		return { text, encoding: 'utf-8', reason: 'valid-utf8', replaced: 0 };
	} catch {
		return decodeAs(bytes, 'gb18030', 'fallback');
	}
}
