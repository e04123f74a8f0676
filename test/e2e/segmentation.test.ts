import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, inject, test } from 'vitest';
import { customersText } from '../../src/lib/crm/customers';
import { sampleCustomers } from '../../src/lib/crm/sample';
import { segmentCustomers } from '../../src/lib/crm/segment';
import { axeViolations, PHONE, useBrowser, watchedPage } from './browser';

const base = inject('baseUrl');
const browser = useBrowser();

async function open(query: string, options = {}) {
	const w = await watchedPage(browser(), { acceptDownloads: true, ...options });
	await w.page.goto(`${base}tools/segmentation/${query}`);
	await w.page.locator('[data-result="groups"]').waitFor();
	return w;
}
type Opened = Awaited<ReturnType<typeof open>>;
const groups = async (w: Opened) => {
	const value = await w.page.locator('[data-result="groups"]').getAttribute('data-value');
	return Object.fromEntries(
		value!.split(',').map((p) => [p.split(':')[0], Number(p.split(':')[1])]),
	);
};

test('the sample opens segmented; ABC draws the Pareto curve, the pyramid its tiers; the documented link works', async () => {
	const w = await open('?method=abc&sample=1');
	const abc = await groups(w);
	expect(abc.A! + abc.B! + abc.C!).toBe(200);
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	await w.page.getByLabel('客户金字塔').check();
	await expect.poll(() => groups(w)).toEqual({ top: 2, major: 8, ordinary: 30, small: 160 });
	await expect.poll(() => new URL(w.page.url()).searchParams.get('method')).toBe('pyramid');
	await w.page.getByLabel('RFM 模型').check();
	await expect.poll(async () => Object.keys(await groups(w)).length).toBe(8);
	expect(await axeViolations(w.page)).toEqual([]);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test('a pasted table with bad cells: each is named by line and column, the rest is analysed; it travels only in a share link\u2019s fragment', async () => {
	const w = await open('', { permissions: ['clipboard-read', 'clipboard-write'] });
	await w.page
		.getByLabel('客户数据')
		.fill(
			'编号\t天数\t次数\t金额\nC1\t5\t12\t6800\nC2\t七十\t9\t5200\nC3\t12\t3\t¥4,500\nC4\t90\t2',
		);
	await expect
		.poll(() => w.page.locator('[data-result="customers"]').getAttribute('data-value'))
		.toBe('2');
	await expect(w.page.locator('li[data-line="3"][data-column="1"]').textContent()).resolves.toMatch(
		/^第 3 行“最近购买天数”：请输入一个数字/,
	);
	await expect(w.page.locator('li[data-line="5"][data-column="3"]').textContent()).resolves.toBe(
		'第 5 行“消费金额”：缺少这一列。',
	);
	await expect.poll(() => new URL(w.page.url()).searchParams.get('sample')).toBe('');
	expect(w.page.url()).not.toContain('C3');
	await w.page.getByLabel(/在链接中附上我输入的表格/).check();
	await w.page.bringToFront();
	await w.page.getByRole('button', { name: '复制分享链接' }).click();
	await expect.poll(() => w.page.getByRole('status').filter({ hasText: '已复制' }).count()).toBe(1);
	await w.page.bringToFront();
	const link = await w.page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).search).not.toContain('C3');
	expect(new URLSearchParams(new URL(link).hash.slice(1)).get('data')).toContain(
		'C3\t12\t3\t¥4,500',
	);
	const again = await watchedPage(browser());
	await again.page.goto(link);
	await expect
		.poll(() => again.page.locator('[data-result="customers"]').getAttribute('data-value'))
		.toBe('2');
	await again.page.context().close();
	await w.page.context().close();
});

test('a 30,000-customer CSV file is segmented in a worker with the same counts as the formulas; the CSV export has every customer', async () => {
	const customers = sampleCustomers(30_000, 9);
	const file = join(tmpdir(), 'crm-seg-30k.csv');
	writeFileSync(file, customersText(customers));
	const expected = segmentCustomers(customers);
	if (!expected.ok) throw new Error('sample rejected');
	const w = await open('?method=abc');
	await w.page.locator('input[type="file"]').setInputFiles(file);
	await expect
		.poll(() => w.page.locator('[data-result="customers"]').getAttribute('data-value'), {
			timeout: 20_000,
		})
		.toBe('30000');
	await expect
		.poll(() => groups(w))
		.toEqual(Object.fromEntries(expected.value.abcGroups.map((g) => [g.key, g.count])));
	await expect(w.page.getByText(/已打开文件 crm-seg-30k\.csv/).count()).resolves.toBe(1);
	expect(w.page.url()).not.toContain('data=');
	const workers = w.page.workers();
	expect(workers.length).toBeGreaterThan(0);
	const [csv] = await Promise.all([
		w.page.waitForEvent('download'),
		w.page.getByRole('button', { name: '下载 CSV' }).click(),
	]);
	const lines = readFileSync((await csv.path())!, 'utf8')
		.trimEnd()
		.split('\r\n');
	expect(lines[0]).toBe('\uFEFF排名,客户编号,消费金额,累计金额占比,类别');
	expect(lines).toHaveLength(30_001);
	expect(w.errors).toEqual([]);
	expect(w.foreign).toEqual([]);
	await w.page.context().close();
});

test.each([
	['gbk.csv', 'gb18030', '张三'],
	['gb18030.csv', 'gb18030', '𠮷野家'],
	['utf8-bom.csv', 'utf-8', '张三'],
	['utf16le-bom.csv', 'utf-16le', '张三'],
])(
	'a customer table saved as %s opens with its Chinese intact, the page says it read %s, and the person can switch',
	async (name, encoding, id) => {
		const w = await open('?method=abc');
		await w.page
			.locator('input[type="file"]')
			.setInputFiles(join(import.meta.dirname, '../fixtures/encodings', name));
		await expect
			.poll(() => w.page.locator('[data-encoding]').getAttribute('data-encoding'))
			.toBe(encoding);
		expect(await w.page.getByLabel('客户数据').inputValue()).toContain(id);
		await expect(
			w.page.locator('[data-result="customers"]').getAttribute('data-value'),
		).resolves.not.toBe('0');
		await w.page.getByLabel('文件编码').selectOption(encoding === 'utf-8' ? 'gb18030' : 'utf-8');
		await expect.poll(() => w.page.getByLabel('客户数据').inputValue()).not.toContain(id);
		await w.page.getByLabel('文件编码').selectOption('auto');
		await expect.poll(() => w.page.getByLabel('客户数据').inputValue()).toContain(id);
		expect(w.errors).toEqual([]);
		await w.page.context().close();
	},
);

test('on a phone in dark mode the calculator fits the screen and passes axe', async () => {
	const w = await open('?sample=1', {
		viewport: PHONE,
		isMobile: true,
		hasTouch: true,
		colorScheme: 'dark',
	});
	await w.page.locator('canvas[data-chart-ready="true"]').waitFor();
	expect(await axeViolations(w.page)).toEqual([]);
	const { scroll, client } = await w.page.evaluate(() => ({
		scroll: document.documentElement.scrollWidth,
		client: document.documentElement.clientWidth,
	}));
	expect(scroll).toBeLessThanOrEqual(client);
	await w.page.context().close();
});
