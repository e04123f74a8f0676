import { expect, test } from 'vitest';
import { IN_APP_AGENT } from '../../../src/lib/browser/agent';
import { inAppBrowser } from '../../../src/lib/browser/inapp';
import { FULL_BROWSERS, IN_APP } from './agents';

test('the one-pattern check agrees with the named one on every agent here', () => {
	const agents = [...Object.values(IN_APP).flat(), ...FULL_BROWSERS, 'Mozilla/5.0 FooQQ/1.0'];
	for (const ua of agents) expect(IN_APP_AGENT.test(ua), ua).toBe(inAppBrowser(ua) !== null);
});
