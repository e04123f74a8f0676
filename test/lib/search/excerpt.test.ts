import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { MAX_DROPPED_SHARE, tidyExcerpt, tidyResults } from '../../../src/lib/search/excerpt';

const text = (html: string) => html.replace(/<[^>]*>/g, '');

describe('tidyExcerpt', () => {
	test.each([
		// Opens on a sentence's tail: starts at the next sentence, the one with the match.
		[
			'的是谁得到的价值。本页统一使用“让渡<mark>价值</mark>”和“关系价值”两个名称，避免混淆，读者可以对照前后各节的定义来理解它们。',
			'…本页统一使用“让渡<mark>价值</mark>”和“关系价值”两个名称，避免混淆，读者可以对照前后各节的定义来理解它们。',
		],
		// Pagefind's block join (". ") counts as a sentence end.
		[
			'两个名称. 客户终身价值 · Customer Lifetime Value · <mark>CLV</mark> · LTV · CLTV · 客户终生价值',
			'…客户终身价值 · Customer Lifetime Value · <mark>CLV</mark> · LTV · CLTV · 客户终生价值',
		],
		// A matched word in the dropped tail is kept if the rest has it too.
		[
			'个<mark>客户</mark>的完整信息。<mark>客户</mark>满意度指数是一种衡量整体满意程度的方法，用于比较。',
			'…<mark>客户</mark>满意度指数是一种衡量整体满意程度的方法，用于比较。',
		],
		// Punctuation at the start goes (Pagefind starts just after a sentence end).
		['。教学大纲说感知<mark>满意</mark>', '教学大纲说感知<mark>满意</mark>'],
		['. <mark>客户</mark>正式的抱怨', '<mark>客户</mark>正式的抱怨'],
		// With no match, its first full sentence.
		['尾巴。第一句完整的话在这里，后面还有不少文字。', '…第一句完整的话在这里，后面还有不少文字。'],
	])('%s', (input, expected) => {
		expect(tidyExcerpt(input)).toBe(expected);
	});

	test.each([
		['no sentence end before the match', '没有句号的开头<mark>满意</mark>'],
		['the match is only in the first sentence', '<mark>满意</mark>在第一句。第二句'],
		[
			'the head is too long to drop',
			'很长的开头很长的开头很长的开头很长的开头很长的开头。短<mark>句</mark>',
		],
		['a decimal point is not a sentence end', '取 0.75 作为<mark>贴现率</mark>的近似'],
		['empty', ''],
	])('leaves it as it is: %s', (_name, input) => {
		expect(tidyExcerpt(input)).toBe(input);
	});

	test('for any excerpt: it keeps every matched word, drops at most the allowed head, and adds only an ellipsis', () => {
		const piece = fc.oneof(
			fc.constantFrom('。', '！', '. ', '；', '，', '客户', '满意', 'CLV', ' ', '0.5'),
			fc.string({ maxLength: 4 }).map((s) => s.replace(/[<>]/g, '')),
			fc.constantFrom('<mark>客户</mark>', '<mark>度</mark>'),
		);
		const words = (s: string) => new Set(s.match(/<mark>[^<]*<\/mark>/g) ?? []);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
				const input = pieces.join('');
				const output = tidyExcerpt(input);
				expect(words(output)).toEqual(words(input));
				const kept = output.startsWith('…') ? output.slice(1) : output;
				expect(input.endsWith(kept)).toBe(true);
				// What goes is punctuation, or a head within the allowed share.
				const dropped = text(input.slice(0, input.length - kept.length));
				const droppedWords = dropped.replace(/[\s。．.，,；;：:、！？!?]/g, '');
				expect(droppedWords.length).toBeLessThanOrEqual(text(input).length * MAX_DROPPED_SHARE);
			}),
		);
	});
});

test('tidyResults tidies each excerpt and its headings’ excerpts when its data loads, and keeps the rest of the result', async () => {
	const data = vi.fn(async () => ({
		url: '/ch/',
		excerpt: '尾巴。有<mark>客户</mark>的一句话，后面还有不少文字。',
		sub_results: [{ url: '/ch/#h', excerpt: '。<mark>客户</mark>的抱怨' }],
	}));
	const [result] = tidyResults([{ id: 'a', score: 2, data }]);
	expect(data).not.toHaveBeenCalled();
	expect(result?.id).toBe('a');
	expect(result?.score).toBe(2);
	expect(await result?.data()).toEqual({
		url: '/ch/',
		excerpt: '…有<mark>客户</mark>的一句话，后面还有不少文字。',
		sub_results: [{ url: '/ch/#h', excerpt: '<mark>客户</mark>的抱怨' }],
	});
});
