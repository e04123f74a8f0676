/**
 * A QR code of a link, made on the page (no outside service): the module matrix from `uqr`, drawn
 * as one SVG path. A link on a projector or a printed worksheet reaches a phone this way.
 */
import { encode } from 'uqr';
import { fail, ok, type Result } from '../result';

/** Light modules around the code; the standard asks for four, and phones scan best with them. */
export const QR_QUIET_ZONE = 4;

/** Why no code: nothing to encode, or more than the largest QR code holds (about 2.3 KB at level M). */
export type QrIssue = 'empty' | 'tooLong';

export interface QrCode {
	/** Modules per side, the quiet zone included. */
	size: number;
	/** `dark[y][x]`: whether the module in row y, column x is dark. */
	dark: boolean[][];
}

/**
 * Encodes text (as UTF-8) at error correction level M, raised where the size allows it: a
 * printout with a fold or a smudge still scans.
 */
export function qrCode(text: string): Result<QrCode, QrIssue> {
	if (text.trim() === '') return fail('empty');
	try {
		const { size, data } = encode(text, { ecc: 'M', boostEcc: true, border: QR_QUIET_ZONE });
		return ok({ size, dark: data });
	} catch (error) {
		// uqr says "Data too long" (and nothing else it throws can come from a string) with a RangeError.
		if (error instanceof RangeError) return fail('tooLong');
		throw error;
	}
}

const escapeXml = (text: string) =>
	text.replace(
		/[<>&"']/g,
		(c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
	);

/** The dark modules as path commands, one run of modules in a row per rectangle. */
export function qrPath(code: QrCode): string {
	const parts: string[] = [];
	code.dark.forEach((row, y) => {
		for (let x = 0; x < row.length;) {
			if (!row[x]) {
				x++;
				continue;
			}
			let run = 1;
			while (row[x + run]) run++;
			parts.push(`M${x} ${y}h${run}v1h-${run}z`);
			x += run;
		}
	});
	return parts.join('');
}

/**
 * The code as SVG markup, one unit per module: black on a white square in either theme (scanners
 * need dark on light), scaled by its container, named by `label` for screen readers.
 */
export function qrSvg(code: QrCode, label: string): string {
	const n = code.size;
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" role="img" ` +
		`aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
		`<rect width="${n}" height="${n}" fill="#fff"/>` +
		`<path fill="#000" d="${qrPath(code)}"/></svg>`
	);
}
