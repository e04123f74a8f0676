/**
 * An assignment as a link: its title, a note for students, the exercise ids, how numbers are
 * seeded (one seed for the class, or each student's own from their student number). Nothing in it
 * switches on solutions or an answer key: an assignment is a self-check, showing right and wrong
 * with worked solutions once submitted; the key is printed from 教师's worksheet page.
 * decode(encode(a)) returns a.
 */
import { isCalculatorId } from '../calculators/ids';
import { MAX_SEED, seedFromText } from '../exercises/seed';

export interface Assignment {
	title: string;
	note: string;
	ids: string[];
	/** A seed for everyone, or 'student' for a variant per student number. */
	seed: number | 'student';
	/** A calculator with fixed numbers, as a site path: 'tools/clv/?model=discounted&co=500' ('' for none). */
	calculator: string;
}

export const MAX_TITLE = 60;
export const MAX_NOTE = 500;
export const MAX_EXERCISES = 40;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const TOOL = /^tools\/[a-z]+\/(\?[^#\s]{0,2000})?$/;

/**
 * The site path of a calculator link an instructor pasted (copied from a tool page, under any base
 * path), or null when it is not one of this site's calculators.
 * @example calculatorPath('https://example.edu/crm/tools/clv/?model=discounted') // 'tools/clv/?model=discounted'
 */
export function calculatorPath(pasted: string): string | null {
	const at = pasted.trim().indexOf('tools/');
	if (at < 0) return null;
	const path = pasted.trim().slice(at);
	return TOOL.test(path) && isCalculatorId(path.split('/')[1]!) ? path : null;
}

/** Bidirectional controls (LRE…RLO, LRI…PDI, marks): in a title they can make "作业\u202E123 ecnO" read "作业Once 321". */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** Text from a link, clipped to `max` characters, bidi controls removed, trimmed. */
export function cleanText(text: string, max: number): string {
	return Array.from(text.replace(BIDI_CONTROLS, '')).slice(0, max).join('').trim();
}

/** ?t=…&n=…&e=id,id&s=12|student[&c=tools/…] (links from before carried sol= and key=; both are ignored). */
export function encodeAssignment(a: Assignment): string {
	const p = new URLSearchParams({ t: a.title, n: a.note, e: a.ids.join(','), s: String(a.seed) });
	if (a.calculator) p.set('c', a.calculator);
	return `?${p.toString()}`;
}

/**
 * Reads an assignment link; anything malformed is clipped or dropped rather than trusted (a link
 * can be edited by hand). Returns null when no exercise id is usable.
 * @example decodeAssignment('?t=第4章作业&e=ch4-a,ch4-b&s=7&sol=1')?.seed // 7
 */
export function decodeAssignment(search: string): Assignment | null {
	const p = new URLSearchParams(search);
	const ids = [
		...new Set(
			(p.get('e') ?? '')
				.split(',')
				.map((s) => s.trim())
				.filter((s) => ID.test(s)),
		),
	].slice(0, MAX_EXERCISES);
	if (ids.length === 0) return null;
	const s = p.get('s') ?? '1';
	const n = Number(s);
	return {
		title: cleanText(p.get('t') ?? '', MAX_TITLE),
		note: cleanText(p.get('n') ?? '', MAX_NOTE),
		ids,
		seed: s === 'student' ? 'student' : Number.isInteger(n) && n >= 1 && n <= MAX_SEED ? n : 1,
		calculator: calculatorPath(p.get('c') ?? '') ?? '',
	};
}

/**
 * The seed of one exercise in an assignment: from the class seed or the student's number, and the
 * exercise id, so that two exercises of one generator get different numbers.
 * @example exerciseSeed('2023001', 'ch4-clv-1') === exerciseSeed('２０２３００１', 'ch4-clv-1') // true
 */
export function exerciseSeed(base: number | string, id: string): number {
	return seedFromText(`${String(base).normalize('NFKC').trim()}:${id}`);
}

/** The most worksheets one page makes at once (a large lecture class). */
export const MAX_SHEETS = 300;

export interface StudentList {
	/** Distinct student numbers in the order pasted, as read (full-width digits made plain). */
	numbers: string[];
	/** Pieces that are not student numbers (a name pasted with its number), in order. */
	skipped: string[];
	/** Numbers beyond MAX_SHEETS, not included. */
	dropped: number;
}

const STUDENT_NUMBER = /^[A-Za-z0-9][A-Za-z0-9-]{0,31}$/;

/**
 * The student numbers in what an instructor pasted: a spreadsheet column, a comma-separated line,
 * a class list with names beside the numbers. Split at spaces, commas, 、 and semicolons (either
 * width); repeats kept once; what is not a number-like code (letters, digits, hyphens) is skipped.
 * @example studentNumbers('２０２３００１\n2023002, 张三 2023001').numbers // ['2023001', '2023002']
 */
export function studentNumbers(text: string): StudentList {
	const numbers: string[] = [];
	const skipped: string[] = [];
	let dropped = 0;
	for (const piece of text.normalize('NFKC').split(/[\s,;、]+/)) {
		if (piece === '') continue;
		if (!STUDENT_NUMBER.test(piece)) skipped.push(piece);
		else if (numbers.includes(piece)) continue;
		else if (numbers.length >= MAX_SHEETS) dropped++;
		else numbers.push(piece);
	}
	return { numbers, skipped, dropped };
}

/**
 * The seed of an exercise in an assignment for a class seed or a student number: its own for a
 * generated exercise, none for the others (their text is fixed).
 */
export const seedFor = (base: number | string, exercise: { id: string; type: string }) =>
	exercise.type === 'generated' ? exerciseSeed(base, exercise.id) : undefined;
