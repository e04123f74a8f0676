import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, expect, test } from 'vitest';
import ExerciseSet, { EXERCISE_STRINGS } from '../../src/islands/ExerciseSet';
import { pickStrings } from '../../src/i18n';
import type { Exercise } from '../../src/content/schemas';
import { generate } from '../../src/lib/exercises/generators';
import { BACKUP_KEY, PROGRESS_KEY, UNREADABLE_KEY } from '../../src/lib/exercises/progress';

const strings = pickStrings(EXERCISE_STRINGS);
const bank: Exercise[] = [
	{
		id: 't-single',
		type: 'single',
		prompt: '哪一项是 A？',
		options: ['甲', 'A', '乙'],
		answer: 1,
		explanation: '因为 A 就是 A。',
	},
	{
		id: 't-multi',
		type: 'multiple',
		prompt: '选出元音',
		options: ['a', 'b', 'e'],
		answers: [0, 2],
		explanation: 'a 和 e。',
	},
	{
		id: 't-class',
		type: 'classify',
		scheme: 'loyalty-matrix',
		prompt: '满意度低但离不开',
		answer: 'hostage',
		explanation: '人质型。',
	},
	{
		id: 't-gen',
		type: 'generated',
		generator: 'nps',
		seed: 4,
		prompt: '共 {total} 人，推荐者 {promoters} 人，贬损者 {detractors} 人，NPS 是多少？',
		explanation: '推荐者百分比减贬损者百分比。',
	},
];
const card = (id: string) => document.querySelector<HTMLElement>(`[data-exercise="${id}"]`)!;
const check = (id: string) => fireEvent.click(card(id).querySelector('button')!);
const feedback = (id: string) => card(id).querySelector('.exercise__feedback')!.textContent;

beforeEach(() => localStorage.clear());
afterEach(cleanup);

test('every exercise is an element with data-exercise; the generated one shows its seeded numbers', () => {
	render(<ExerciseSet strings={strings} exercises={bank} />);
	expect(
		[...document.querySelectorAll('[data-exercise]')].map((e) => e.getAttribute('data-exercise')),
	).toEqual(bank.map((e) => e.id));
	const g = generate('nps', 4);
	expect(card('t-gen').textContent).toContain(
		`共 ${g.values.total} 人，推荐者 ${g.values.promoters} 人`,
	);
});

test('a wrong choice gets a second try first; the second wrong check shows the right answer and the explanation; nothing chosen asks for an answer', () => {
	render(<ExerciseSet strings={strings} exercises={bank} />);
	check('t-single');
	expect(feedback('t-single')).toBe('请先选择一个答案。');
	fireEvent.click(screen.getByLabelText('甲'));
	check('t-single');
	expect(feedback('t-single')).toBe('回答错误。 再想一想，改好后再核对一次。');
	expect(card('t-single').textContent).not.toContain('正确答案：A');
	expect(card('t-single').textContent).not.toContain('因为 A 就是 A。');
	fireEvent.click(screen.getByLabelText('乙'));
	check('t-single');
	expect(feedback('t-single')).toBe('回答错误。');
	expect(card('t-single').textContent).toContain('正确答案：A');
	expect(card('t-single').textContent).toContain('因为 A 就是 A。');
	fireEvent.click(screen.getByLabelText('a'));
	check('t-multi');
	expect(feedback('t-multi')).toBe('部分正确：漏选或多选了选项。 再想一想，改好后再核对一次。');
	// Asked for, the solution shows at once.
	fireEvent.click(within(card('t-multi')).getByRole('button', { name: '查看答案与解析' }));
	expect(card('t-multi').querySelector('.exercise__reveal')).not.toBeNull();
	fireEvent.click(screen.getByLabelText('人质型'));
	check('t-class');
	expect(feedback('t-class')).toBe('回答正确。');
});

test('a generated answer typed as a fraction gets the fraction hint; the right one is kept in localStorage', () => {
	render(<ExerciseSet strings={strings} exercises={bank} />);
	const g = generate('nps', 4);
	const input = card('t-gen').querySelector('input')!;
	fireEvent.input(input, { target: { value: String(Number(g.answer.value) / 100) } });
	check('t-gen');
	expect(feedback('t-gen')).toContain('小数形式');
	fireEvent.input(input, { target: { value: `${Number(g.answer.value).toFixed(1)}%` } });
	check('t-gen');
	expect(feedback('t-gen')).toBe('回答正确。');
	const stored = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
	expect(stored.attempts['t-gen']).toMatchObject({ correct: true, seed: 4 });
	expect(screen.getByText(/本章已答 1\/4 题，答对 1 题/)).toBeTruthy();
});

test('换一组数字 draws the next seed and clears the answer', () => {
	render(<ExerciseSet strings={strings} exercises={bank} />);
	fireEvent.click(screen.getByText('换一组数字'));
	expect(card('t-gen').getAttribute('data-seed')).toBe('5');
	expect(card('t-gen').textContent).toContain(`共 ${generate('nps', 5).values.total} 人`);
});

test('a damaged record is restored from its backup, the damaged copy set aside, and the student told', () => {
	const good = JSON.stringify({
		version: 1,
		attempts: { 'old-1': { answer: '1', correct: true, at: '2026-11-01' } },
	});
	localStorage.setItem(PROGRESS_KEY, good);
	localStorage.setItem(BACKUP_KEY, good);
	localStorage.setItem(PROGRESS_KEY, '{"version":1,"attempts":{"old-1":{"ans');
	render(<ExerciseSet strings={strings} exercises={bank} />);
	expect(document.querySelector('[data-store-notice]')?.textContent).toContain(
		'已从备份恢复 1 条答题记录',
	);
	expect(localStorage.getItem(UNREADABLE_KEY)).toBe('{"version":1,"attempts":{"old-1":{"ans');
	fireEvent.click(screen.getByLabelText('A'));
	check('t-single');
	const stored = JSON.parse(localStorage.getItem(PROGRESS_KEY)!);
	expect(Object.keys(stored.attempts).sort()).toEqual(['old-1', 't-single']);
	expect(localStorage.getItem(BACKUP_KEY)).toBe(localStorage.getItem(PROGRESS_KEY));
	expect(document.querySelector('[data-store-notice]')).toBeNull();
});

test('a record written by a newer version is never overwritten by an answer here', () => {
	const newer = JSON.stringify({ version: 2, attempts: {}, quizzes: [{ score: 9 }] });
	localStorage.setItem(PROGRESS_KEY, newer);
	render(<ExerciseSet strings={strings} exercises={bank} />);
	expect(document.querySelector('[data-store-notice="newer"]')).not.toBeNull();
	fireEvent.click(screen.getByLabelText('A'));
	check('t-single');
	expect(localStorage.getItem(PROGRESS_KEY)).toBe(newer);
	expect(feedback('t-single')).toBe('回答正确。');
});

test('a full storage says the answer was not saved, and the answer still counts on the page', () => {
	render(<ExerciseSet strings={strings} exercises={bank} />);
	const real = window.localStorage;
	const full = {
		getItem: () => null,
		removeItem: () => undefined,
		setItem: () => {
			throw new DOMException('full', 'QuotaExceededError');
		},
	};
	Object.defineProperty(window, 'localStorage', { value: full, configurable: true });
	try {
		fireEvent.click(screen.getByLabelText('A'));
		check('t-single');
	} finally {
		Object.defineProperty(window, 'localStorage', { value: real, configurable: true });
	}
	expect(document.querySelector('[data-store-notice="save-failed"]')?.textContent).toContain(
		'没有保存成功',
	);
	expect(document.querySelector('.exercises__progress')!.textContent).toContain(
		'本章已答 1/4 题，答对 1 题',
	);
});

test("after a reload the student's answers are back, judged again, with the numbers they were given", async () => {
	const g = generate('nps', 77);
	localStorage.setItem(
		'crm-course-progress',
		JSON.stringify({
			version: 1,
			attempts: {
				't-single': { answer: '0', correct: false, at: '2026-12-01T08:00:00.000Z' },
				't-gen': {
					seed: 77,
					answer: String(g.answer.value),
					correct: true,
					at: '2026-12-01T08:01:00.000Z',
				},
			},
		}),
	);
	render(<ExerciseSet strings={strings} exercises={bank} />);
	await waitFor(() => expect(feedback('t-gen')).toBe('回答正确。'));
	expect(card('t-gen').textContent).toContain(
		`共 ${g.values.total} 人，推荐者 ${g.values.promoters} 人`,
	);
	expect(card('t-gen').querySelector<HTMLInputElement>('input[type="text"]')!.value).toBe(
		String(g.answer.value),
	);
	expect(screen.getByLabelText<HTMLInputElement>('甲').checked).toBe(true);
	// A wrong answer from before keeps its second try.
	expect(feedback('t-single')).toBe('回答错误。 再想一想，改好后再核对一次。');
	expect(card('t-class').querySelector('.exercise__feedback')!.textContent).toBe('');
});
