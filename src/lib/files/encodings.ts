/**
 * The encodings an opened file can be read in, apart from the decoder itself (which loads only
 * when a file is opened; see decode.ts).
 */

/** The encodings a person can choose between; 'gb18030' also reads GBK and GB2312. */
export const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];
/** What the person asked for: one encoding, or 'auto' to let the bytes decide. */
export type EncodingChoice = Encoding | 'auto';

/** How the encoding was settled: a byte-order mark, valid UTF-8, the GB18030 fallback, a UTF-16 pattern of zero bytes, or the person's choice. */
export type EncodingReason = 'bom' | 'valid-utf8' | 'fallback' | 'utf16-pattern' | 'chosen';

/** How a file was read, without its text. */
export interface DecodeInfo {
	encoding: Encoding;
	reason: EncodingReason;
	/** Characters that could not be decoded and came out as U+FFFD. */
	replaced: number;
}

/** True for a value a link or a stored setting may carry as an encoding choice. */
export function isEncodingChoice(value: unknown): value is EncodingChoice {
	return value === 'auto' || (ENCODINGS as readonly unknown[]).includes(value);
}
