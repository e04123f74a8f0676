import fc from 'fast-check';
import { expect, test } from 'vitest';
import { BOM, csvCell, toCsv } from '../../../src/lib/export/csv';

test('a schedule becomes CSV with a BOM and CRLF line ends', () => {
	expect(
		toCsv(
			['年', '现值（元）'],
			[
				[0, 2500],
				[1, 833.3333333333334],
			],
		),
	).toBe(`${BOM}年,现值（元）\r\n0,2500\r\n1,833.3333333333334\r\n`);
});

test.each([
	['=SUM(A1:A9)', "'=SUM(A1:A9)"],
	['+86 10 1234', "'+86 10 1234"],
	['-1', "'-1"],
	['@cmd', "'@cmd"],
	['\tx', "'\tx"],
	['a,b', '"a,b"'],
	['say "hi"', '"say ""hi"""'],
	['=a,"b"', '"\'=a,""b"""'],
	['line\nbreak', '"line\nbreak"'],
	['客户', '客户'],
])('text cell %j → %j', (raw, cell) => {
	expect(csvCell(raw)).toBe(cell);
});

test('numbers stay numbers, including negatives; non-finite and null become empty', () => {
	expect(csvCell(-500)).toBe('-500');
	expect(csvCell(Number.NaN)).toBe('');
	expect(csvCell(null)).toBe('');
});

test("a value that starts with an apostrophe keeps it: \"'-\" is written ''- (found by fast-check)", () => {
	expect(csvCell("'-")).toBe("''-");
	expect(csvCell("'abc")).toBe("''abc");
});

test('no text cell can start a formula, and quoting round-trips', () => {
	fc.assert(
		fc.property(fc.string(), (s) => {
			const cell = csvCell(s);
			const unquoted = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
			expect(/^[=+\-@\t\r]/.test(unquoted)).toBe(false);
			expect(unquoted.replace(/^'(?=[=+\-@\t\r'])/, '')).toBe(s);
		}),
	);
});

test('full-width ＝＋－＠ and a formula behind zero-width characters are neutralised too', () => {
	expect(csvCell('＝1+1')).toBe("'＝1+1");
	expect(csvCell('＋86 138')).toBe("'＋86 138");
	expect(csvCell('－5')).toBe("'－5");
	expect(csvCell('＠SUM(A1)')).toBe("'＠SUM(A1)");
	expect(csvCell('\u200B=HYPERLINK("x")')).toBe(`"'\u200B=HYPERLINK(""x"")"`);
	expect(csvCell('\uFEFF\u2060+1')).toBe("'\uFEFF\u2060+1");
	expect(csvCell('张三')).toBe('张三');
	expect(csvCell('１２３')).toBe('１２３');
});
