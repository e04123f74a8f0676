import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, inject, test } from 'vitest';
import { generate } from '../../src/lib/exercises/generators';
import { exerciseSeed } from '../../src/lib/share/assignment';
import { formatNumber } from '../../src/lib/format/number';
import { axeViolations, PHONE, useBrowser, watchedPage, type Watched } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();
const CHAPTER4 = `${base}chapters/04-customer-value/`;
type Bank = {
	exercises: {
		id: string;
		type: string;
		generator?: string;
		seed?: number;
		answer?: number;
		options?: string[];
	}[];
};
const ch4 = parse(
	readFileSync(join(import.meta.dirname, '../../content/exercises/04-customer-value.yaml'), 'utf8'),
) as Bank;
const discounted = ch4.exercises.find((e) => e.generator === 'clv-discounted')!;
const single = ch4.exercises.find((e) => e.type === 'single')!;
const card = (w: Watched, id: string) => w.page.locator(`[data-exercise="${id}"]`);

/** Scrolls to the chapter's exercises and waits until they are interactive. */
async function exercisesReady(w: Watched, id: string) {
	await card(w, id).scrollIntoViewIfNeeded();
	await w.page.locator('.chapter-exercises astro-island:not([ssr])').waitFor();
}

async function answerNumber(w: Watched, id: string, typed: string) {
	await card(w, id).getByLabel('你的答案').fill(typed);
	await card(w, id).getByRole('button', { name: '核对答案' }).click();
	return card(w, id).locator('.exercise__feedback').textContent();
}

test('a student answers a CLV exercise wrong in a known way, then right, sees the worked steps and opens the calculator on the same numbers', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(CHAPTER4);
	await exercisesReady(w, discounted.id);
	const g = generate('clv-discounted', discounted.seed ?? 1);
	const undiscounted = g.mistakes.find((m) => m.code === 'no-discount')!.value as number;
	await expect(answerNumber(w, discounted.id, formatNumber(undiscounted, 2, 2))).resolves.toContain(
		'不折现时的结果',
	);
	await expect(card(w, discounted.id).getAttribute('data-status')).resolves.toBe('wrong');
	await expect(answerNumber(w, discounted.id, 'abc')).resolves.toMatch(/^无法读取你的答案/);
	await expect(
		answerNumber(w, discounted.id, `¥${formatNumber(Number(g.answer.value), 2, 2)}`),
	).resolves.toBe('回答正确。');
	await expect(
		card(w, discounted.id).locator('.steps__item').count(),
	).resolves.toBeGreaterThanOrEqual(3);
	expect(await axeViolations(w.page)).toEqual([]);
	const href = await card(w, discounted.id)
		.getByRole('link', { name: /在计算器中打开/ })
		.getAttribute('href');
	await w.page.goto(new URL(href!, base).href);
	await expect
		.poll(async () =>
			Math.abs(
				Number(await w.page.locator('output[data-result="clv"]').getAttribute('data-value')) -
					Number(g.answer.value),
			),
		)
		.toBeLessThan(1e-6);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test('progress survives a reload, shows on 学习进度, a corrupted store is discarded without breaking the page, and the record exports and resets', async () => {
	const w = await watchedPage(browser(), { acceptDownloads: true });
	await w.page.goto(CHAPTER4);
	await exercisesReady(w, single.id);
	const wrong = (single.answer! + 1) % single.options!.length;
	await card(w, single.id).locator(`input[value="${wrong}"]`).check();
	await card(w, single.id).getByRole('button', { name: '核对答案' }).click();
	await expect(card(w, single.id).locator('.exercise__feedback').textContent()).resolves.toBe(
		'回答错误。 再想一想，改好后再核对一次。',
	);
	// The student asks for the solution instead of a second try.
	await card(w, single.id).getByRole('button', { name: '查看答案与解析' }).click();
	await expect(card(w, single.id).locator('.exercise__answer').textContent()).resolves.toContain(
		single.options![single.answer!]!,
	);
	await card(w, single.id).locator(`input[value="${single.answer}"]`).check();
	await card(w, single.id).getByRole('button', { name: '核对答案' }).click();
	await expect(card(w, single.id).locator('.exercise__feedback').textContent()).resolves.toBe(
		'回答正确。',
	);
	await w.page.reload();
	await exercisesReady(w, single.id);
	await expect
		.poll(() => w.page.locator('.exercises__progress').textContent())
		.toMatch(/本章已答 1\/\d+ 题，答对 1 题/);
	await w.page.goto(`${base}progress/`);
	await expect
		.poll(() => w.page.locator('tr[data-chapter="4"]').getAttribute('data-right'))
		.toBe('1');

	// A damaged record is restored from its last good copy, and the student is told.
	await w.page.evaluate(() =>
		localStorage.setItem('crm-course-progress', '{"version":1,"attempts":[broken'),
	);
	await w.page.reload();
	await expect
		.poll(() => w.page.locator('[data-progress-done]').getAttribute('data-progress-done'))
		.toBe('1');
	await expect(w.page.locator('[data-store-notice="restored"]').textContent()).resolves.toContain(
		'已从备份恢复 1 条',
	);
	expect(await w.page.evaluate(() => localStorage.getItem('crm-course-progress.unreadable'))).toBe(
		'{"version":1,"attempts":[broken',
	);
	// With the copy damaged too, the page still works and starts again.
	await w.page.evaluate(() => {
		localStorage.setItem('crm-course-progress', '{"version":1,"attempts":[broken');
		localStorage.setItem('crm-course-progress.backup', 'also broken');
	});
	await w.page.reload();
	await expect
		.poll(() => w.page.locator('[data-progress-done]').getAttribute('data-progress-done'))
		.toBe('0');
	await expect(w.page.locator('[data-store-notice="lost"]').count()).resolves.toBe(1);
	await w.page.goto(CHAPTER4);
	await exercisesReady(w, single.id);
	await card(w, single.id).locator(`input[value="${single.answer}"]`).check();
	await card(w, single.id).getByRole('button', { name: '核对答案' }).click();
	await expect
		.poll(() => w.page.evaluate(() => localStorage.getItem('crm-course-progress')))
		.toContain('"version":1');
	const stored = await w.page.evaluate(() =>
		JSON.parse(localStorage.getItem('crm-course-progress')!),
	);
	expect(stored.attempts[single.id].correct).toBe(true);

	// Export gives the same record as a file; reset asks once more, then empties it.
	await w.page.goto(`${base}progress/`);
	await w.page.locator('astro-island:not([ssr])').waitFor();
	const [file] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '导出记录（JSON）' }).click(),
	]);
	expect(JSON.parse(readFileSync((await file.path())!, 'utf8'))).toEqual(stored);
	await w.page.getByRole('button', { name: '清除全部记录' }).click();
	await w.page.getByRole('button', { name: /确定清除/ }).click();
	await expect
		.poll(() => w.page.locator('[data-progress-done]').getAttribute('data-progress-done'))
		.toBe('0');
	expect(await w.page.evaluate(() => localStorage.getItem('crm-course-progress'))).toBeNull();
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('an instructor builds a per-student assignment; a student opens it, sees no solution until submitting, then the score, solutions and a result to hand in', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(`${base}instructor/`);
	await w.page.locator('astro-island:not([ssr])').waitFor();
	await w.page.getByLabel('作业标题').fill('第 4 章作业');
	await w.page.locator('summary', { hasText: '第 4 章' }).click();
	await w.page.locator(`input[value="${single.id}"]`).check();
	await w.page.locator(`input[value="${discounted.id}"]`).check();
	await w.page.getByLabel('每位学生按学号生成不同数字').check();
	await w.page.getByLabel('配套计算器链接（可选）').fill('https://evil.example/');
	await expect(w.page.locator('[data-assignment-link]').count()).resolves.toBe(0);
	await w.page
		.getByLabel('配套计算器链接（可选）')
		.fill(`${base}tools/clv/?model=discounted&co=500`);
	const link = (await w.page
		.locator('[data-assignment-link]')
		.getAttribute('data-assignment-link'))!;
	expect(new URL(link).searchParams.get('s')).toBe('student');

	const s = await watchedPage(browser());
	await s.page.goto(link);
	await s.page.locator('astro-island:not([ssr])').waitFor();
	await expect(s.page.locator('.assignment__title').textContent()).resolves.toBe('第 4 章作业');
	await expect(s.page.getByText(/请先填写学号/).count()).resolves.toBe(1);
	await expect(
		s.page.getByRole('link', { name: /配套计算器/ }).getAttribute('href'),
	).resolves.toMatch(/tools\/clv\/\?model=discounted&co=500$/);
	await s.page.getByLabel('姓名').fill('张三');
	await s.page.getByLabel('学号').fill('2023001');
	const g = generate('clv-discounted', exerciseSeed('2023001', discounted.id));
	await expect
		.poll(() => s.page.locator(`[data-exercise="${discounted.id}"]`).getAttribute('data-seed'))
		.toBe(String(g.seed));
	await s.page.locator(`[data-exercise="${single.id}"] input[value="${single.answer}"]`).check();
	await s.page
		.locator(`[data-exercise="${discounted.id}"]`)
		.getByLabel('你的答案')
		.fill(formatNumber(Number(g.answer.value), 2, 2));
	// Nothing is judged or revealed before submitting.
	await expect(s.page.locator('.exercise__reveal').count()).resolves.toBe(0);
	await expect(s.page.locator('.exercise__feedback').first().textContent()).resolves.toBe('');
	await s.page.getByRole('button', { name: '提交作业' }).click();
	await expect(s.page.locator('.assignment__score').getAttribute('data-score')).resolves.toBe('2');
	await expect(s.page.locator('.exercise__reveal').count()).resolves.toBe(2);
	const result = await s.page.locator('#asg-result').inputValue();
	expect(result).toContain('姓名：张三');
	expect(result).toContain('学号：2023001');
	expect(result).toContain('得分：2/2');
	// Another student number gives other numbers.
	expect(exerciseSeed('2023002', discounted.id)).not.toBe(g.seed);
	expect(await axeViolations(s.page)).toEqual([]);
	expect(s.errors).toEqual([]);
	await s.page.context().close();
	await w.page.context().close();
});

test('a student link shows no answer key, whatever it says; the instructor\u2019s worksheet page prints on A4 with the key on its own pages', async () => {
	const ids = `${single.id},${discounted.id}`;
	const s = await watchedPage(browser());
	await s.page.goto(`${base}assignment/?t=${encodeURIComponent('练习')}&e=${ids}&s=5&sol=1&key=1`);
	await s.page.locator('astro-island:not([ssr])').waitFor();
	await expect(s.page.locator('.assignment__key').count()).resolves.toBe(0);
	await expect(s.page.locator('.exercise__reveal').count()).resolves.toBe(0);
	await s.page.locator(`[data-exercise="${single.id}"] input[value="${single.answer}"]`).check();
	await s.page.getByRole('button', { name: '提交作业' }).click();
	await expect(s.page.locator('.assignment__score').getAttribute('data-score')).resolves.toBe('1');
	await expect(s.page.locator('.assignment__key').count()).resolves.toBe(0);
	await s.page.context().close();

	const w = await watchedPage(browser());
	await w.page.goto(`${base}instructor/`);
	await w.page.locator('astro-island:not([ssr])').waitFor();
	await w.page.locator('summary', { hasText: '第 4 章' }).click();
	await w.page.locator(`input[value="${single.id}"]`).check();
	const sheet = await w.page.locator('[data-worksheet-link]').getAttribute('href');
	expect(sheet).toMatch(/instructor\/worksheet\/\?/);
	await w.page.goto(`${base}instructor/worksheet/?t=${encodeURIComponent('练习纸')}&e=${ids}&s=5`);
	const g = generate('clv-discounted', exerciseSeed(5, discounted.id));
	await expect
		.poll(() => w.page.locator(`[data-key="${discounted.id}"]`).textContent())
		.toBe(`¥${formatNumber(Number(g.answer.value), 2, 2)}`);
	const pages = async () => {
		const pdf = (await w.page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
		return (pdf.match(/\/Type\s*\/Page\b/g) ?? []).length;
	};
	const withKey = await pages();
	await w.page.evaluate(() => document.querySelector('.assignment__key')!.remove());
	expect(withKey).toBeGreaterThan(await pages());
	await w.page.emulateMedia({ media: 'print' });
	await expect(w.page.locator('.exercise__space').first().isVisible()).resolves.toBe(true);
	await expect(w.page.getByRole('button', { name: '提交作业' }).isVisible()).resolves.toBe(false);
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('on a phone in dark mode the instructor page and an assignment fit the screen and pass axe', async () => {
	for (const path of ['instructor/', `assignment/?t=x&e=${single.id},${discounted.id}&s=2`]) {
		const w = await watchedPage(browser(), {
			viewport: PHONE,
			isMobile: true,
			hasTouch: true,
			colorScheme: 'dark',
		});
		await w.page.goto(base + path);
		await w.page.locator('astro-island:not([ssr])').waitFor();
		expect(await axeViolations(w.page)).toEqual([]);
		const { scroll, client } = await w.page.evaluate(() => ({
			scroll: document.documentElement.scrollWidth,
			client: document.documentElement.clientWidth,
		}));
		expect(scroll).toBeLessThanOrEqual(client);
		await w.page.context().close();
	}
});

test('a per-student worksheet prints one sheet per pasted student number, each with its own numbers, and the keys at the end', async () => {
	const w = await watchedPage(browser());
	const ids = `${single.id},${discounted.id}`;
	await w.page.goto(
		`${base}instructor/worksheet/?t=${encodeURIComponent('第 4 章作业')}&e=${ids}&s=student`,
	);
	const numbers = w.page.getByLabel('全班学号');
	await numbers.waitFor();
	// Before any number there is no sheet and nothing that says 请先填写学号 as if that were the page.
	await expect(w.page.locator('.student-sheet').count()).resolves.toBe(0);
	await expect(w.page.getByText('请先填写学号').count()).resolves.toBe(0);
	await numbers.fill('2023001\n２０２３００２，张三 2023001');
	await expect.poll(() => w.page.locator('.student-sheet').count()).toBe(2);
	await expect(w.page.locator('#asg-numbers-status').textContent()).resolves.toContain(
		'已跳过：张三',
	);
	for (const number of ['2023001', '2023002']) {
		const g = generate('clv-discounted', exerciseSeed(number, discounted.id));
		await expect(
			w.page.locator(`[data-key-for="${number}"] [data-key="${discounted.id}"]`).textContent(),
		).resolves.toBe(`¥${formatNumber(Number(g.answer.value), 2, 2)}`);
	}
	// The two sheets' questions differ, as the two students' links would.
	const prompt = (n: string) =>
		w.page
			.locator(`[data-student="${n}"] [data-exercise="${discounted.id}"] .exercise__prompt`)
			.textContent();
	expect(await prompt('2023001')).not.toBe(await prompt('2023002'));
	// No element id repeats across the sheets.
	expect(
		await w.page.evaluate(() => {
			const seen = [...document.querySelectorAll('[id]')].map((e) => e.id);
			return seen.filter((id, i) => seen.indexOf(id) !== i);
		}),
	).toEqual([]);
	// Printed: each sheet from the top of a page, then the keys: at least three A4 pages.
	const pdf = (await w.page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
	expect((pdf.match(/\/Type\s*\/Page\b/g) ?? []).length).toBeGreaterThanOrEqual(3);
	await w.page.emulateMedia({ media: 'print' });
	await expect(numbers.isVisible()).resolves.toBe(false);
	await expect(
		w.page.locator('[data-student="2023002"]').evaluate((e) => getComputedStyle(e).breakBefore),
	).resolves.toBe('page');
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});

test('a wrong answer gets its hint and a second try before the solution; after a reload the answer is still there', async () => {
	const w = await watchedPage(browser());
	await w.page.goto(CHAPTER4);
	await exercisesReady(w, single.id);
	const c = card(w, single.id);
	const wrong = c.locator(`input[type="radio"]:not([value="${String(single.answer)}"])`);
	await wrong.first().check();
	await c.getByRole('button', { name: '核对答案' }).click();
	await expect(c.locator('.exercise__feedback').textContent()).resolves.toContain('再想一想');
	await expect(c.locator('.exercise__reveal').count()).resolves.toBe(0);
	await wrong.nth(1).check();
	await c.getByRole('button', { name: '核对答案' }).click();
	await expect.poll(() => c.locator('.exercise__reveal').count()).toBe(1);
	const chosen = await wrong.nth(1).getAttribute('value');
	await w.page.reload();
	await exercisesReady(w, single.id);
	await expect
		.poll(() => card(w, single.id).locator(`input[value="${chosen}"]`).isChecked())
		.toBe(true);
	await expect(card(w, single.id).getAttribute('data-status')).resolves.toBe('wrong');
	expect(w.errors).toEqual([]);
	await w.page.context().close();
});
