import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
	calculatorPath,
	decodeAssignment,
	encodeAssignment,
	exerciseSeed,
	MAX_EXERCISES,
	MAX_SHEETS,
	seedFor,
	studentNumbers,
	type Assignment,
} from '../../../src/lib/share/assignment';

test('an assignment survives its link exactly, Chinese title and note included', () => {
	const a: Assignment = {
		title: '第 4 章作业：客户终身价值',
		note: '周五前完成，写出公式。',
		ids: ['ch4-clv-discounted-1', 'ch4-payback-1'],
		seed: 'student',
		calculator: 'tools/clv/?model=discounted&co=500',
	};
	expect(decodeAssignment(encodeAssignment(a))).toEqual(a);
	fc.assert(
		fc.property(
			fc.string({ maxLength: 60 }),
			fc.array(fc.stringMatching(/^[a-z0-9]{1,5}(-[a-z0-9]{1,5}){0,2}$/), {
				minLength: 1,
				maxLength: 10,
			}),
			fc.integer({ min: 1, max: 999_999 }),
			(title, ids, seed) => {
				const b = { title: title.trim(), note: '', ids: [...new Set(ids)], seed, calculator: '' };
				expect(decodeAssignment(encodeAssignment(b))).toEqual(b);
			},
		),
	);
});

test('a hand-edited link is cleaned, not trusted: bad ids dropped, duplicates once, seed out of range → 1, too many exercises clipped', () => {
	const a = decodeAssignment('?t=x&e=ch1-a,<script>,ch1-a,,CH1-B,ch1-c&s=99999999&sol=yes')!;
	expect(a.ids).toEqual(['ch1-a', 'ch1-c']);
	expect(a.seed).toBe(1);
	expect(
		decodeAssignment(`?e=${Array.from({ length: 60 }, (_, i) => `e${i}`).join(',')}`)!.ids,
	).toHaveLength(MAX_EXERCISES);
	expect(decodeAssignment('?t=nothing')).toBeNull();
	expect(decodeAssignment('')).toBeNull();
});

test('each exercise of an assignment has its own seed, the same for the same student however typed', () => {
	expect(exerciseSeed('2023001', 'ch4-a')).toBe(exerciseSeed(' ２０２３００１', 'ch4-a'));
	expect(exerciseSeed('2023001', 'ch4-a')).not.toBe(exerciseSeed('2023001', 'ch4-b'));
	expect(exerciseSeed('2023001', 'ch4-a')).not.toBe(exerciseSeed('2023002', 'ch4-a'));
	expect(exerciseSeed(7, 'ch4-a')).toBe(exerciseSeed('7', 'ch4-a'));
});

test('a calculator link pasted from a tool page becomes a site path; anything else is refused', () => {
	expect(calculatorPath('https://example.edu/crm/tools/clv/?model=discounted&co=500')).toBe(
		'tools/clv/?model=discounted&co=500',
	);
	expect(calculatorPath(' http://127.0.0.1:4321/tools/segmentation/ ')).toBe('tools/segmentation/');
	for (const bad of [
		'',
		'https://evil.example/',
		'javascript:alert(1)',
		'tools/../../x',
		'https://x/tools/clv/?a=1#frag',
		'tools/clv',
	])
		expect(calculatorPath(bad)).toBeNull();
	expect(decodeAssignment('?e=ch1-a&c=javascript:alert(1)')!.calculator).toBe('');
});

test('bidi controls cannot reorder an assignment title or note; both stay within their limits', () => {
	const a = decodeAssignment(
		`?t=${encodeURIComponent('作业\u202E123 ecnO')}&n=${encodeURIComponent('\u2067注意\u2069' + '长'.repeat(600))}&e=ch4-a`,
	)!;
	expect(a.title).toBe('作业123 ecnO');
	expect(a.note.startsWith('注意')).toBe(true);
	expect(Array.from(a.note)).toHaveLength(500);
	expect(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/.test(a.title + a.note)).toBe(false);
});

test('no switch in a student link unlocks a key or solutions: sol= and key= are neither read nor written', () => {
	const a = decodeAssignment('?t=x&e=ch1-a&s=3&sol=1&key=1')!;
	expect(Object.keys(a).sort()).toEqual(['calculator', 'ids', 'note', 'seed', 'title']);
	const link = new URLSearchParams(encodeAssignment(a));
	expect(link.has('sol')).toBe(false);
	expect(link.has('key')).toBe(false);
});

test('student numbers are read from a column, a line or a class list with names, once each', () => {
	expect(studentNumbers('2023001\n2023002\r\n2023003')).toEqual({
		numbers: ['2023001', '2023002', '2023003'],
		skipped: [],
		dropped: 0,
	});
	expect(studentNumbers('２０２３００１，2023002、 B21-07;2023001\t张三 2023004 李四')).toEqual({
		numbers: ['2023001', '2023002', 'B21-07', '2023004'],
		skipped: ['张三', '李四'],
		dropped: 0,
	});
	expect(studentNumbers('  \n ,, ')).toEqual({ numbers: [], skipped: [], dropped: 0 });
	const many = Array.from({ length: MAX_SHEETS + 7 }, (_, i) => String(100000 + i)).join(' ');
	const read = studentNumbers(many);
	expect(read.numbers).toHaveLength(MAX_SHEETS);
	expect(read.dropped).toBe(7);
	// Whatever is pasted: distinct, each a number-like code, in the order first seen.
	fc.assert(
		fc.property(
			fc.array(fc.oneof(fc.stringMatching(/^[0-9]{4,10}$/), fc.string({ maxLength: 8 }))),
			(pieces) => {
				const { numbers } = studentNumbers(pieces.join('\n'));
				expect(new Set(numbers).size).toBe(numbers.length);
				for (const n of numbers) expect(n).toMatch(/^[A-Za-z0-9][A-Za-z0-9-]*$/);
			},
		),
	);
});

test('a generated exercise takes its own seed from the class seed or the student number; the others none', () => {
	expect(seedFor(5, { id: 'ch4-clv-1', type: 'generated' })).toBe(exerciseSeed(5, 'ch4-clv-1'));
	expect(seedFor('２０２３００１', { id: 'ch4-clv-1', type: 'generated' })).toBe(
		exerciseSeed('2023001', 'ch4-clv-1'),
	);
	expect(seedFor(5, { id: 'ch4-a', type: 'single' })).toBeUndefined();
});
