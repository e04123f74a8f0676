import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('chart.js', () => import('./fakeChart'));
const saved: { name: string; content: string }[] = [];
vi.mock('../../src/islands/kit/download', () => ({
	downloadFile: (name: string, content: string) => saved.push({ name, content }),
}));
import Calculator, { SEGMENTATION_STRINGS } from '../../src/islands/SegmentationCalculator';
import { WORKER_THRESHOLD } from '../../src/islands/segmentation/client';
import { SegmentEngine } from '../../src/islands/segmentation/engine';
import { pickStrings } from '../../src/i18n';

const strings = pickStrings(SEGMENTATION_STRINGS);
const SegmentationCalculator = (props: Omit<Parameters<typeof Calculator>[0], 'strings'>) => (
	<Calculator strings={strings} {...props} />
);
/** Group counts as { key: count }, once the calculator has answered. */
const groups = () => {
	const table = document.querySelector<HTMLElement>('[data-result="groups"]');
	return table
		? Object.fromEntries<number>(
				table.dataset
					.value!.split(',')
					.map((p) => [p.split(':')[0] ?? '', Number(p.split(':')[1])]),
			)
		: null;
};
const table = () => screen.getByLabelText('客户数据') as HTMLTextAreaElement;
const type = (text: string) => fireEvent.input(table(), { target: { value: text } });
const choose = (label: string) => fireEvent.click(screen.getByLabelText(label));

// 例题 6-2: eight members, one in each of the eight groups.
const EXAMPLE_6_2 = [
	'会员,R,F,M',
	'C1,5,12,6800',
	'C2,70,9,5200',
	'C3,12,3,4500',
	'C4,90,2,3900',
	'C5,8,10,1200',
	'C6,60,6,900',
	'C7,20,2,700',
	'C8,150,1,300',
].join('\n');

beforeEach(() => {
	window.history.replaceState(null, '', '/tools/segmentation/');
	saved.length = 0;
});
afterEach(cleanup);

test('the built-in sample of 200 customers is segmented on arrival; every customer is in one RFM group', async () => {
	render(<SegmentationCalculator syncUrl={false} />);
	await waitFor(() => expect(groups()).not.toBeNull());
	const counts = groups()!;
	expect(Object.keys(counts)).toHaveLength(8);
	expect(Object.values(counts).reduce((s, n) => s + n, 0)).toBe(200);
	expect(document.querySelector('[data-result="customers"]')!.getAttribute('data-value')).toBe(
		'200',
	);
});

test('the pyramid of 200 customers: 1 % → 2 顶尖, next 4 % → 8 主要, next 15 % → 30 普通, 160 小客户', async () => {
	render(<SegmentationCalculator syncUrl={false} defaults={{ method: 'pyramid' }} />);
	await waitFor(() => expect(groups()).toEqual({ top: 2, major: 8, ordinary: 30, small: 160 }));
	fireEvent.input(screen.getByLabelText('顶尖、主要、普通客户的比例'), {
		target: { value: '5, 15, 30' },
	});
	// Count share before each customer below 5 %, 20 %, 50 %: 10, 30, 60 and the remaining 100.
	await waitFor(() => expect(groups()).toEqual({ top: 10, major: 30, ordinary: 60, small: 100 }));
});

test('例题 6-2 typed in: codes 555 245 434 224 553 342 422 111 and one member in each of the eight groups', async () => {
	render(<SegmentationCalculator syncUrl={false} />);
	type(EXAMPLE_6_2);
	await waitFor(() => expect(groups()!['important-keep']).toBe(1));
	expect(Object.values(groups()!)).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
	const codes = [...document.querySelectorAll('[data-code]')].map((c) => c.textContent);
	expect(codes).toEqual(['555', '245', '434', '224', '553', '342', '422', '111']);
	expect(screen.getByText(/平均值：R 51.88 天，F 5.63 次，M 2,937.5 元/)).toBeTruthy();
});

test('例题 6-1 as two columns (dealer, amount): ABC gives A 4, B 3, C 3; RFM says it needs four columns', async () => {
	render(<SegmentationCalculator syncUrl={false} defaults={{ method: 'abc' }} />);
	type('K01,90\nK02,15\nK03,380\nK04,40\nK05,8\nK06,220\nK07,60\nK08,25\nK09,150\nK10,12');
	await waitFor(() => expect(groups()).toEqual({ A: 4, B: 3, C: 3 }));
	expect(
		[...document.querySelectorAll('tr[data-customer]')]
			.map((r) => `${r.getAttribute('data-customer')}${r.getAttribute('data-group')}`)
			.slice(0, 5),
	).toEqual(['K03A', 'K06A', 'K09A', 'K01A', 'K07B']);
	// Cut-offs 70 / 90 %: K01 has 75 % before it → B; K04 has 90 % before it → C.
	fireEvent.input(screen.getByLabelText('A 类界限'), { target: { value: '70' } });
	fireEvent.input(screen.getByLabelText('B 类界限'), { target: { value: '90%' } });
	await waitFor(() => expect(groups()).toEqual({ A: 3, B: 2, C: 5 }));
	choose('RFM 模型');
	await waitFor(() => expect(screen.getByText(/RFM 还需要最近购买天数和购买次数/)).toBeTruthy());
	expect(groups()).toBeNull();
});

test('bad cells are named by line and column; the other rows are analysed and the options keep their values', async () => {
	render(<SegmentationCalculator syncUrl={false} defaults={{ method: 'abc', a: '75' }} />);
	type('C1,5,12,6800\nC2,abc,9,5200\nC3,12,3,4500\nC4,9,1.5,100\nC5,9,1');
	await waitFor(() =>
		expect(screen.getByText('第 2 行“最近购买天数”：请输入一个数字，例如 10。')).toBeTruthy(),
	);
	expect(screen.getByText('第 4 行“购买次数”：请输入整数。')).toBeTruthy();
	expect(screen.getByText('第 5 行“消费金额”：缺少这一列。')).toBeTruthy();
	expect(screen.getByText('3 行有问题，没有计入分析：')).toBeTruthy();
	expect(document.querySelector('[data-result="customers"]')!.getAttribute('data-value')).toBe('2');
	// C1 6800 (0 % before it) and C3 4500 (60.2 % before it) are both A at a 75 % cut-off.
	expect(groups()).toEqual({ A: 2, B: 0, C: 0 });
	expect((screen.getByLabelText('A 类界限') as HTMLInputElement).value).toBe('75');
});

test('an empty table, a table where nobody spent anything, and cut-offs out of order get Chinese messages, never NaN', async () => {
	render(<SegmentationCalculator syncUrl={false} defaults={{ method: 'abc' }} />);
	type('');
	await waitFor(() => expect(screen.getByText(/还没有可分析的客户/)).toBeTruthy());
	type('a,1,1,0\nb,2,2,0');
	await waitFor(() => expect(screen.getByText(/所有客户的消费金额都是 0/)).toBeTruthy());
	type('a,1,1,10\nb,2,2,20');
	fireEvent.input(screen.getByLabelText('A 类界限'), { target: { value: '96' } });
	await waitFor(() => expect(screen.getByText(/0 < A 类界限 ≤ B 类界限/)).toBeTruthy());
	expect(document.body.textContent).not.toMatch(/NaN|undefined|Infinity/);
});

test('RFM by bounds: the seed-style R table scores days; a bad bound is named and nothing else is lost', async () => {
	render(<SegmentationCalculator syncUrl={false} />);
	type(EXAMPLE_6_2);
	choose('自定界限');
	// R ≤ 7 → 5, ≤ 30 → 4, ≤ 60 → 3, ≤ 120 → 2, else 1: days 5 70 12 90 8 60 20 150 → 5 2 4 2 4 3 4 1.
	// F ≥ 16 → 5, ≥ 8 → 4, ≥ 4 → 3, ≥ 2 → 2, else 1: 12 9 3 2 10 6 2 1 → 4 4 2 2 4 3 2 1.
	// M ≥ 3000 → 5, ≥ 1000 → 4, ≥ 500 → 3, ≥ 200 → 2: 6800 5200 4500 3900 1200 900 700 300 → 5 5 5 5 4 3 3 2.
	await waitFor(() =>
		expect([...document.querySelectorAll('[data-code]')].map((c) => c.textContent)).toEqual([
			'545',
			'245',
			'425',
			'225',
			'444',
			'333',
			'423',
			'112',
		]),
	);
	fireEvent.input(screen.getByLabelText('R 的界限'), { target: { value: '7, 30, x, 120' } });
	await waitFor(() => expect(screen.getByText(/请输入一个数字/)).toBeTruthy());
	fireEvent.input(screen.getByLabelText('R 的界限'), { target: { value: '30, 7, 60, 120' } });
	await waitFor(() => expect(screen.getByText(/请填写 4 个从小到大的数/)).toBeTruthy());
	expect((screen.getByLabelText('F 的界限') as HTMLInputElement).value).toBe('2, 4, 8, 16');
});

test('filtering to one group and paging through it', async () => {
	render(<SegmentationCalculator syncUrl={false} />);
	await waitFor(() => expect(groups()).not.toBeNull());
	const n = groups()!['general-develop']!;
	fireEvent.change(screen.getByLabelText('显示'), { target: { value: 'general-develop' } });
	await waitFor(() => expect(screen.getByText(`第 1–20 位，共 ${n} 位`)).toBeTruthy());
	expect(
		new Set(
			[...document.querySelectorAll('tr[data-customer]')].map((r) => r.getAttribute('data-group')),
		),
	).toEqual(new Set(['general-develop']));
	fireEvent.click(screen.getByText('下一页'));
	await waitFor(() => expect(screen.getByText(`第 21–40 位，共 ${n} 位`)).toBeTruthy());
	expect(screen.getByText('上一页').hasAttribute('disabled')).toBe(false);
});

test('CSV of every customer with scores and groups, in Chinese', async () => {
	render(<SegmentationCalculator syncUrl={false} />);
	type(EXAMPLE_6_2);
	await waitFor(() => expect(groups()!['important-keep']).toBe(1));
	fireEvent.click(screen.getByText('下载 CSV'));
	await waitFor(() => expect(saved).toHaveLength(1));
	const lines = saved[0]!.content
		.replace(/^\uFEFF/, '')
		.trim()
		.split('\r\n');
	expect(lines[0]).toBe('客户编号,最近购买天数,购买次数,消费金额,R 分,F 分,M 分,RFM 代码,分组');
	expect(lines[2]).toBe('C2,70,9,5200,2,4,5,245,重要保持客户');
	expect(lines).toHaveLength(9);
});

test('a typed table never reaches the address bar; a share link carries it in the fragment only when asked; a link restores it', async () => {
	const copied: string[] = [];
	Object.defineProperty(window, 'isSecureContext', { value: true, configurable: true });
	Object.defineProperty(navigator, 'clipboard', {
		value: { writeText: async (s: string) => void copied.push(s) },
		configurable: true,
	});
	render(<SegmentationCalculator />);
	await waitFor(() => expect(groups()).not.toBeNull());
	type('a,13800138000,1,10\nb,2,2,20');
	await waitFor(() => expect(new URLSearchParams(window.location.search).get('sample')).toBe(''));
	expect(window.location.href).not.toContain('13800138000');
	expect(screen.getByText(/不包含你输入的客户数据/)).toBeTruthy();
	fireEvent.click(screen.getByRole('button', { name: '复制分享链接' }));
	await waitFor(() => expect(copied).toHaveLength(1));
	expect(copied[0]).not.toContain('13800138000');
	fireEvent.click(await screen.findByLabelText(/在链接中附上我输入的表格（共 2 行/));
	expect(screen.getByText(/写在链接的 # 之后/)).toBeTruthy();
	fireEvent.click(screen.getByRole('button', { name: '复制分享链接' }));
	await waitFor(() => expect(copied).toHaveLength(2));
	const shared = new URL(copied[1]!);
	expect(shared.search).not.toContain('13800138000');
	expect(new URLSearchParams(shared.hash.slice(1)).get('data')).toBe(
		'a,13800138000,1,10\nb,2,2,20',
	);
	type(Array.from({ length: 60 }, (_, i) => `c${i},${i},1,${i + 1}`).join('\n'));
	await waitFor(() => expect(screen.getByText(/表格超过 50 行/)).toBeTruthy());
	expect(screen.queryByLabelText(/在链接中附上/)).toBeNull();
	cleanup();
	window.history.replaceState(
		null,
		'',
		`/tools/segmentation/?method=abc${shared.hash.replace('a%2C13800138000%2C1%2C10', 'K1%2C0%2C0%2C90').replace('b%2C2%2C2%2C20', 'K2%2C0%2C0%2C10')}`,
	);
	render(<SegmentationCalculator />);
	await waitFor(() => expect(groups()).toEqual({ A: 1, B: 1, C: 0 }));
	expect(table().value).toBe('K1,0,0,90\nK2,0,0,10');
	// Once on the page, the data is not left in the address bar.
	await waitFor(() => expect(window.location.hash).toBe(''));
});

test('the address bar follows typing once it pauses, not on every keystroke', async () => {
	const spy = vi.spyOn(window.history, 'replaceState');
	render(<SegmentationCalculator defaults={{ method: 'abc' }} />);
	await waitFor(() => expect(groups()).not.toBeNull());
	spy.mockClear();
	for (let a = 50; a < 80; a++)
		fireEvent.input(screen.getByLabelText(/A 类/), { target: { value: String(a) } });
	await waitFor(() => expect(new URLSearchParams(window.location.search).get('a')).toBe('79'));
	expect(spy.mock.calls.length).toBeLessThanOrEqual(2);
	spy.mockRestore();
});

test('a paste too large for the text box is kept out of it (laying out megabytes freezes the tab) and still analysed', async () => {
	render(<SegmentationCalculator syncUrl={false} />);
	await waitFor(() => expect(groups()).not.toBeNull());
	const rows = Array.from(
		{ length: 12_000 },
		(_, i) => `C${i},${i % 300},${1 + (i % 9)},${100 + i}`,
	);
	const big = rows.join('\n');
	expect(big.length).toBeGreaterThan(WORKER_THRESHOLD);
	const event = new Event('paste', { bubbles: true, cancelable: true });
	Object.defineProperty(event, 'clipboardData', { value: { getData: () => big } });
	table().dispatchEvent(event);
	expect(event.defaultPrevented).toBe(true);
	await waitFor(() =>
		expect(screen.getByText(/已粘贴 .* 的数据，内容较多，不在文本框中显示/)).toBeTruthy(),
	);
	expect(screen.queryByRole('textbox', { name: '客户数据' })).toBeNull();
	await waitFor(
		() =>
			expect(document.querySelector('[data-result="customers"]')?.getAttribute('data-value')).toBe(
				'12000',
			),
		{ timeout: 10_000 },
	);
	fireEvent.click(screen.getByRole('button', { name: '改为手动输入' }));
	expect(table().value).toBe('');
});

test('a small paste goes into the text box as usual', async () => {
	render(<SegmentationCalculator syncUrl={false} />);
	const event = new Event('paste', { bubbles: true, cancelable: true });
	Object.defineProperty(event, 'clipboardData', { value: { getData: () => 'a,1,1,10' } });
	table().dispatchEvent(event);
	expect(event.defaultPrevented).toBe(false);
});

test('option issues in Chinese: tiers over 100 % keep the 1 / 4 / 15 % pyramid; a bounds message gives the page’s own bounds as its example', async () => {
	render(<SegmentationCalculator syncUrl={false} defaults={{ method: 'pyramid' }} />);
	await waitFor(() => expect(groups()).toEqual({ top: 2, major: 8, ordinary: 30, small: 160 }));
	fireEvent.input(screen.getByLabelText('顶尖、主要、普通客户的比例'), {
		target: { value: '50, 40, 20' },
	});
	expect(
		screen.getByText('请填写 3 个百分比，用逗号分开，合计不超过 100，例如 1, 4, 15。'),
	).toBeTruthy();
	expect(groups()).toEqual({ top: 2, major: 8, ordinary: 30, small: 160 });
	cleanup();
	render(
		<SegmentationCalculator
			syncUrl={false}
			defaults={{ score: 'threshold', rb: '3, 10, 30, 90' }}
		/>,
	);
	fireEvent.input(screen.getByLabelText('R 的界限'), { target: { value: '90, 30' } });
	expect(
		screen.getByText('请填写 4 个从小到大的数，用逗号分开，例如 3, 10, 30, 90。'),
	).toBeTruthy();
	fireEvent.input(screen.getByLabelText('M 的界限'), {
		target: { value: '200, 500, 1000, 3000%' },
	});
	expect(screen.getByText('这一项不是百分比，请去掉 %。')).toBeTruthy();
});

describe('a failure is said on the page, logged, and ends the busy state', () => {
	const FAILED = /处理数据时出错/;
	const busy = () => document.querySelector('[data-busy]')!;
	let logged: ReturnType<typeof vi.spyOn>;
	beforeEach(() => {
		logged = vi.spyOn(console, 'error').mockImplementation(() => {});
	});
	afterEach(() => {
		vi.restoreAllMocks();
		vi.unstubAllGlobals();
	});

	test('the engine throws on the page: the message replaces 正在计算, and the next table is analysed again', async () => {
		const view = vi.spyOn(SegmentEngine.prototype, 'view').mockImplementation(() => {
			throw new RangeError('boom');
		});
		render(<SegmentationCalculator syncUrl={false} />);
		expect(await screen.findByRole('alert')).toHaveProperty(
			'textContent',
			'处理数据时出错：这一步没有完成，页面上的结果可能不是最新的。请刷新页面重试。',
		);
		expect(busy().getAttribute('data-busy')).toBe('false');
		expect(busy().textContent).not.toContain('正在计算');
		expect(groups()).toBeNull();
		expect(logged).toHaveBeenCalledWith(expect.objectContaining({ message: 'boom' }));
		view.mockRestore();
		type(EXAMPLE_6_2);
		await waitFor(() => expect(groups()!['important-keep']).toBe(1));
		expect(screen.queryByText(FAILED)).toBeNull();
	});

	/** A worker that answers every request as `behaviour` says. */
	const fakeWorker = (behaviour: (worker: FakeWorker, seq: number) => void) => {
		class Fake implements FakeWorker {
			onmessage: ((event: { data: unknown }) => void) | null = null;
			onerror: ((event: { message: string }) => void) | null = null;
			onmessageerror: (() => void) | null = null;
			terminated = false;
			postMessage(request: { seq: number }) {
				setTimeout(() => behaviour(this, request.seq), 0);
			}
			terminate() {
				this.terminated = true;
			}
		}
		vi.stubGlobal('Worker', Fake);
	};
	interface FakeWorker {
		onmessage: ((event: { data: unknown }) => void) | null;
		onerror: ((event: { message: string }) => void) | null;
		onmessageerror: (() => void) | null;
	}
	const pasteLarge = () => {
		const big = Array.from({ length: 12_000 }, (_, i) => `C${i},${i % 300},1,${100 + i}`).join(
			'\n',
		);
		expect(big.length).toBeGreaterThan(WORKER_THRESHOLD);
		const event = new Event('paste', { bubbles: true, cancelable: true });
		Object.defineProperty(event, 'clipboardData', { value: { getData: () => big } });
		table().dispatchEvent(event);
	};

	test.each([
		[
			'crashes (its script fails to load or throws outside a request)',
			(w: FakeWorker) => w.onerror?.({ message: 'Script error.' }),
		],
		[
			'throws inside a request and says so',
			(w: FakeWorker, seq: number) =>
				w.onmessage?.({ data: { seq, error: 'RangeError: Invalid array length' } }),
		],
		['sends a reply that cannot be read', (w: FakeWorker) => w.onmessageerror?.()],
	])('the worker %s: the message appears and 正在计算 goes away', async (_, behaviour) => {
		fakeWorker(behaviour);
		render(<SegmentationCalculator syncUrl={false} />);
		await waitFor(() => expect(groups()).not.toBeNull());
		pasteLarge();
		await waitFor(() => expect(screen.getByText(FAILED)).toBeTruthy());
		expect(busy().getAttribute('data-busy')).toBe('false');
		expect(busy().textContent).toBe('');
		expect(groups()).toBeNull();
		expect(logged).toHaveBeenCalledTimes(1);
	});

	test('the worker posts what went wrong, rather than leaving the page waiting', async () => {
		const posted: unknown[] = [];
		const scope: {
			onmessage?: (event: { data: unknown }) => Promise<void>;
			postMessage: (m: unknown) => void;
		} = {
			postMessage: (m) => posted.push(m),
		};
		vi.stubGlobal('self', scope);
		await import('../../src/islands/segmentation/worker');
		const query = { method: 'rfm', options: {}, group: '', page: 0 };
		await scope.onmessage!({ data: { type: 'view', query, seq: 1 } });
		expect(posted[0]).toMatchObject({ seq: 1, reply: { problem: 'no-customers' } });
		vi.spyOn(SegmentEngine.prototype, 'view').mockImplementation(() => {
			throw new RangeError('Invalid array length');
		});
		await scope.onmessage!({ data: { type: 'view', query, seq: 2 } });
		expect(posted[1]).toEqual({ seq: 2, error: 'RangeError: Invalid array length' });
	});

	test('an encoding picker that fails to load (a chunk lost on a flaky network) is said on the page', async () => {
		vi.doMock('../../src/islands/kit/EncodingPicker', () => {
			throw new Error('Failed to fetch dynamically imported module');
		});
		render(<SegmentationCalculator syncUrl={false} defaults={{ method: 'abc' }} />);
		const input = screen.getByLabelText('打开 CSV 文件') as HTMLInputElement;
		const file = new File(['K1,90\nK2,10'], 'dealers.csv', { type: 'text/csv' });
		Object.defineProperty(input, 'files', { value: [file], configurable: true });
		fireEvent.change(input);
		await waitFor(() => expect(groups()).toEqual({ A: 1, B: 1, C: 0 }));
		await waitFor(() => expect(screen.getByText(FAILED)).toBeTruthy());
		expect(logged).toHaveBeenCalled();
		vi.doUnmock('../../src/islands/kit/EncodingPicker');
	});
});
