import { describe, expect, test } from 'vitest';
import { inAppBrowser } from '../../../src/lib/browser/inapp';
import { FULL_BROWSERS, IN_APP } from './agents';

describe.each(Object.entries(IN_APP))('%s', (name, agents) => {
	test.each(agents)('is recognised: %s', (ua) => {
		expect(inAppBrowser(ua)).toBe(name);
	});
});

test.each(FULL_BROWSERS)('a full browser is no in-app browser: "%s"', (ua) => {
	expect(inAppBrowser(ua)).toBeNull();
});

test('a QQ token inside another word is not the QQ app', () => {
	expect(inAppBrowser('Mozilla/5.0 FooQQ/1.0')).toBeNull();
	expect(inAppBrowser('Mozilla/5.0 QQ/8.9.1')).toBe('qq');
});
