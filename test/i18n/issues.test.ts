import fc from 'fast-check';
import { expect, test } from 'vitest';
import { parseNumber, percentFix } from '../../src/lib/crm/parse';
import { pickStrings } from '../../src/i18n';
import { installStrings } from '../../src/i18n/client';
import { issueMessage } from '../../src/i18n/issues';

installStrings(pickStrings(['issue.']));

test('issue codes become Chinese messages with limits in the units a person types', () => {
	expect(issueMessage(['empty'], { kind: 'money' })).toBe('请填写这一项。');
	expect(issueMessage(['below-min', 'not-integer'], { kind: 'integer', min: 1 })).toBe(
		'不能小于 1。',
	);
	expect(issueMessage(['above-max'], { kind: 'percent', max: 1 })).toBe('不能大于 100%。');
	expect(issueMessage(['above-max'], { kind: 'money', max: 1e12 })).toBe(
		'不能大于 1,000,000,000,000。',
	);
	expect(issueMessage(['too-many-decimals'], { kind: 'money' })).toBe('最多保留 2 位小数。');
	expect(issueMessage(['not-a-number'], { kind: 'money' })).toBe(
		'请输入一个数字，例如 1000、1,000 或 ¥1,000。',
	);
	expect(issueMessage(['not-a-number'], { kind: 'integer' })).toBe('请输入一个数字，例如 10。');
	expect(issueMessage(['not-a-number'], { kind: 'percent' })).toBe(
		'请输入一个数字，例如 8 或 8%。',
	);
	expect(issueMessage(['unexpected-percent'], { kind: 'money' })).toContain('%');
});

test('a percent typed as a fraction is asked about, quoting what was typed, with the fix it offers', () => {
	const percent = { kind: 'percent' } as const;
	expect(issueMessage(['fraction-as-percent'], percent, '0.08')).toBe(
		'0.08 是 8% 吗？这里按百分数填写：8% 填 8 或 8%。如果确实是 0.08%，请带上 % 输入。',
	);
	// Full-width input is quoted as read.
	expect(issueMessage(['fraction-as-percent'], percent, '０.０８')).toContain('0.08 是 8% 吗');
	expect(issueMessage(['fraction-as-percent'], percent)).toContain('请带上 % 输入');
	expect(percentFix(['fraction-as-percent'], '0.08')).toBe('8%');
	expect(percentFix(['fraction-as-percent'], '0.085')).toBe('8.5%');
	expect(percentFix(['fraction-as-percent'], '.5')).toBe('50%');
	expect(percentFix(['fraction-as-percent'], '0.0005')).toBe('0.05%');
	expect(percentFix(['fraction-as-percent'], '-0.25')).toBe('-25%');
	expect(percentFix(['above-max'], '0.08')).toBeUndefined();
});

test('the fix, typed back, is the fraction that was typed: 0.d… becomes d…% = 0.d…', () => {
	fc.assert(
		fc.property(
			fc.integer({ min: 1, max: 999_999 }),
			fc.integer({ min: 1, max: 6 }),
			(n, places) => {
				const raw = `0.${String(n % 10 ** places).padStart(places, '0')}`;
				if (Number(raw) === 0) return;
				const fix = percentFix(['fraction-as-percent'], raw)!;
				const back = parseNumber(fix, { kind: 'percent', maxDecimals: 6 });
				expect(back).toEqual({ ok: true, value: Number(raw) });
			},
		),
	);
});
