import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { useBrowser, watchedPage, type Watched } from './browser';

const base = inject('baseUrl');
const LAB1 = 'labs/01-satisfaction-survey/';
const LAB3 = 'labs/03-customer-database/';
const LAB4 = 'labs/04-data-mining/';
const LAB5 = 'labs/05-crm-marketing-strategy/';

const browser = useBrowser();
let w: Watched;
beforeAll(async () => {
	w = await watchedPage(browser(), { acceptDownloads: true });
});

/** Clicks the download link named `name` and returns the file's name and its text as downloaded. */
async function download(page: Page, name: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name }).click(),
	]);
	return { filename: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** RFC 4180 rows (quoted cells may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	const endCell = () => {
		row.push(cell);
		cell = '';
	};
	const endRow = () => {
		endCell();
		rows.push(row);
		row = [];
	};
	for (let i = 0; i < text.length; i++) {
		const c = text[i]!;
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') {
				cell += '"';
				i++;
			} else if (c === '"') quoted = false;
			else cell += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') endCell();
		else if (c === '\r' && text[i + 1] === '\n') {
			endRow();
			i++;
		} else cell += c;
	}
	if (cell !== '' || row.length > 0) endRow();
	return rows;
}

/** A BOM (so Excel, WPS and old Notepad read UTF-8, not GBK) and CRLF line ends throughout. */
function expectWindowsText(text: string): void {
	expect(text.startsWith('\uFEFF')).toBe(true);
	expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
}

/** What Excel and WPS need to open a CSV as intended: Windows text, a rectangle, no formulas. */
function expectSpreadsheetSafe(text: string): string[][] {
	expectWindowsText(text);
	const rows = parseCsv(text.slice(1));
	const width = rows[0]!.length;
	for (const row of rows) expect(row.length, row.join('|')).toBe(width);
	for (const cell of rows.flat()) expect(cell, cell).not.toMatch(/^[=+\-@\t]/);
	return rows;
}

/** The cells of the page table whose header row starts with `first`, as rows of text. */
const tableRows = (page: Page, first: string) =>
	page
		.locator('article table', { has: page.locator(`thead th:first-child:text-is("${first}")`) })
		.first()
		.locator('tbody tr')
		.evaluateAll((trs) =>
			trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
		);

describe('lab 1: the questionnaire templates', () => {
	async function indicatorRows() {
		await w.page.goto(base + LAB1);
		const file = await download(w.page, '满意度与忠诚度指标体系模板');
		expect(file.filename).toBe('lab1-satisfaction-indicators.csv');
		return expectSpreadsheetSafe(file.text);
	}

	test('the page offers the indicator system as a CSV that Excel opens: one row per question', async () => {
		const indicators = await indicatorRows();
		expect(indicators[0]).toEqual([
			'编号',
			'一级指标',
			'二级指标',
			'问卷题目',
			'作答方式',
			'期望题',
			'用于',
			'依据',
		]);
		const body = indicators.slice(1);
		expect(body.length).toBeGreaterThanOrEqual(20);
		// Every first-level indicator the page lists has its questions in the file.
		const groups = await tableRows(w.page, '编号');
		expect(groups.map((g) => g[0])).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I']);
		for (const [letter, name] of groups) {
			expect(
				body.filter((r) => r[0]!.startsWith(letter!) && r[1] === name).length,
				name,
			).toBeGreaterThan(0);
		}
		// The recommendation question is on 0–10 and feeds NPS; paired questions name their P item.
		expect(body.find((r) => r[6]!.includes('NPS'))?.[4]).toBe('0–10 分');
		expect(body.filter((r) => /^P\d：/.test(r[5]!)).length).toBe(3);
	});

	test('the printable questionnaire asks every question of the indicator system under the same number', async () => {
		const indicators = await indicatorRows();
		const file = await download(w.page, '可打印的调查问卷模板');
		expect(file.filename).toBe('lab1-satisfaction-questionnaire.txt');
		expectWindowsText(file.text);
		for (const [id, , , question, , paired] of indicators.slice(1)) {
			// The file puts "who answers" after the question; the table puts it first.
			const asked = question!.replace(/^（[^）]*回答）/, '');
			expect(file.text, id).toContain(`${id}. ${asked}`);
			if (paired) expect(file.text, id).toContain(`${paired.slice(0, 2)}. ${paired.slice(3)}`);
		}
		expect(file.text).toMatch(/□0 {2}□1 {2}□2 {2}□3 {2}□4 {2}□5 {2}□6 {2}□7 {2}□8 {2}□9 {2}□10/);
	});
});

describe('labs 3 and 4: the fields of the customer table', () => {
	test('lab 3 lists each field with its type, an example and why it is kept; the CSV template has them as columns', async () => {
		await w.page.goto(base + LAB3);
		const fields = await tableRows(w.page, '字段');
		expect(fields.length).toBeGreaterThanOrEqual(12);
		for (const row of fields) {
			expect(row.length).toBe(4);
			for (const cell of row) expect(cell.length, row.join('|')).toBeGreaterThan(0);
		}
		const names = fields.map((r) => r[0]);
		for (const needed of ['客户编号', '最近一次购买日期', '累计购买次数', '累计消费金额（元）'])
			expect(names).toContain(needed);
		const file = await download(w.page, '客户表模板（含三行虚构示例）');
		const [header, ...examples] = expectSpreadsheetSafe(file.text);
		expect(header).toEqual(names);
		// The page's example column is the first example row of the template.
		expect(examples[0]).toEqual(fields.map((r) => r[2]));
		// Phone numbers are masked in the examples, as the privacy step asks.
		const phone = header!.indexOf('手机号');
		for (const row of examples) expect(row[phone]).toMatch(/^1\d{2}\*{4}\d{4}$/);
	});

	test('lab 4 lists the fields the mining uses: R, F and M per customer and the order fields', async () => {
		await w.page.goto(base + LAB4);
		const fields = (await tableRows(w.page, '字段')).map((r) => r[0]);
		for (const needed of [
			'客户编号',
			'最近一次购买距今天数（R）',
			'购买次数（F）',
			'消费金额（M，元）',
			'订单编号',
			'下单时间',
		]) {
			expect(fields).toContain(needed);
		}
	});

	test("lab 4 states its exercise on the segmentation calculator's built-in 200-customer sample", async () => {
		await w.page.goto(base + LAB4);
		const heading = w.page.getByRole('heading', { name: /200 位客户的样本/ });
		expect(await heading.count()).toBe(1);
		const name = '打开客户细分计算器（内置 200 位客户样本）';
		const link = w.page.getByRole('link', { name });
		expect(await link.getAttribute('href')).toMatch(/\/tools\/segmentation\/\?sample=1$/);
		// Five questions, each with a row in the answer table.
		const asked = (
			await w.page.locator('article p strong', { hasText: /^第 \d 问/ }).allTextContents()
		).map((q) => /^第 \d 问/.exec(q)![0]);
		expect(asked).toEqual(['第 1 问', '第 2 问', '第 3 问', '第 4 问', '第 5 问']);
		expect((await tableRows(w.page, '问题')).map((r) => r[0])).toEqual(asked);
	});
});

test('lab 5 shows the strategy-brief outline and offers the same outline as a file', async () => {
	await w.page.goto(base + LAB5);
	const outline = await w.page
		.locator('h2:text-is("策划书模板") ~ ol')
		.first()
		.locator(':scope > li > strong')
		.allTextContents();
	expect(outline.length).toBe(8);
	const file = await download(w.page, '营销策略策划书模板');
	expect(file.filename).toBe('lab5-strategy-brief.txt');
	expectWindowsText(file.text);
	const sections = [...file.text.matchAll(/^[一二三四五六七八]、(.+)$/gm)].map((m) => m[1]!.trim());
	expect(sections).toEqual(outline);
});

test('under a sub-path (/crm/) the templates download from /crm/templates/', async () => {
	const sub = inject('subPathUrl');
	await w.page.goto(`${sub}${LAB1}`);
	const href = await w.page
		.getByRole('link', { name: '满意度与忠诚度指标体系模板' })
		.getAttribute('href');
	expect(href).toBe('/crm/templates/lab1-satisfaction-indicators.csv');
	const response = await w.page.request.get(new URL(href!, sub).href);
	expect(response.status()).toBe(200);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
});
