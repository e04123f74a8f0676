import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import AssignmentView, { ASSIGNMENT_STRINGS } from '../../src/islands/AssignmentView';
import { pickStrings } from '../../src/i18n';
import type { Exercise } from '../../src/content/schemas';

const strings = pickStrings(ASSIGNMENT_STRINGS);
const bank: Record<string, Exercise> = {
	't-single': {
		id: 't-single',
		type: 'single',
		prompt: '哪一项是 A？',
		options: ['甲', 'A', '乙'],
		answer: 1,
		explanation: '因为 A 就是 A。',
	},
};
const open = (search: string) => {
	window.history.replaceState(null, '', `/assignment/${search}`);
	render(<AssignmentView strings={strings} bank={bank} />);
};
afterEach(cleanup);

test.each(['constructor'])(
	'e=%s (a key every object inherits) next to a real id: the page shows the real exercise and counts the other as unknown',
	async (key) => {
		open(`?t=x&e=${key},t-single&s=1`);
		await waitFor(() =>
			expect(document.querySelector('[data-exercise="t-single"]')).not.toBeNull(),
		);
		expect(document.querySelectorAll('[data-exercise]')).toHaveLength(1);
		expect(screen.getByText(/有 1 道题在本站题库中找不到/)).toBeTruthy();
	},
);

test("the note reads as the instructor's, and a bidi override in the title does not reorder it", async () => {
	open(
		`?t=${encodeURIComponent('作业\u202E123 ecnO')}&n=${encodeURIComponent('周五前完成')}&e=t-single&s=1`,
	);
	await waitFor(() => expect(document.querySelector('.assignment__title')).not.toBeNull());
	expect(document.querySelector('.assignment__title')!.textContent).toBe('作业123 ecnO');
	expect(document.querySelector('[data-note]')!.textContent).toBe('老师的说明：周五前完成');
});
