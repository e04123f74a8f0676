import { expect, test } from 'vitest';
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
