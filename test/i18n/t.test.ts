import { expect, test } from 'vitest';
import { t, type MessageKey } from '../../src/i18n';
import strings from '../../src/i18n/zh-CN.json';

test('t() returns the Chinese string and fills placeholders', () => {
	expect(t('toc.title')).toBe('本页目录');
	expect(t('chapter.label', { n: 3 })).toBe('第 3 章');
	expect(t('home.chapterCount', { n: 7, hours: 26 })).toBe('共 7 章，26 学时');
});

test('t() throws on a key that is not in zh-CN.json', () => {
	expect(() => t('no.such.key' as MessageKey)).toThrowErrorMatchingInlineSnapshot(
		`[Error: i18n: missing key "no.such.key" in zh-CN.json]`,
	);
});

test('t() throws when a placeholder has no value', () => {
	expect(() => t('chapter.label')).toThrowErrorMatchingInlineSnapshot(
		`[Error: i18n: "chapter.label" needs a value for {n}]`,
	);
});

test('keys are flat "area.key" names and every value is non-empty', () => {
	for (const [key, value] of Object.entries(strings)) {
		expect(key).toMatch(/^[a-z][A-Za-z0-9]*(\.[A-Za-z0-9-]+)+$/);
		expect(value.length).toBeGreaterThan(0);
	}
});
