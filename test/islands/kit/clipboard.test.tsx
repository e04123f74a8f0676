import { afterEach, expect, test, vi } from 'vitest';
import { copyText } from '../../../src/islands/kit/clipboard';

afterEach(() => vi.unstubAllGlobals());

test('uses the Clipboard API on a secure page', async () => {
	const writeText = vi.fn(async () => {});
	vi.stubGlobal('navigator', { clipboard: { writeText } });
	vi.stubGlobal('isSecureContext', true);
	await expect(copyText('https://x/tools/clv/?co=500')).resolves.toBe(true);
	expect(writeText).toHaveBeenCalledWith('https://x/tools/clv/?co=500');
});

test('falls back to the copy command on a plain-http page, and when the API refuses; says so when both fail', async () => {
	const exec = vi.fn(() => true);
	document.execCommand = exec as unknown as typeof document.execCommand;
	vi.stubGlobal('navigator', {});
	vi.stubGlobal('isSecureContext', false);
	await expect(copyText('http://school/crm/')).resolves.toBe(true);
	expect(exec).toHaveBeenCalledWith('copy');
	expect(document.querySelector('textarea')).toBeNull();
	vi.stubGlobal('navigator', {
		clipboard: { writeText: async () => Promise.reject(new Error('not focused')) },
	});
	vi.stubGlobal('isSecureContext', true);
	await expect(copyText('x')).resolves.toBe(true);
	document.execCommand = (() => false) as unknown as typeof document.execCommand;
	await expect(copyText('x')).resolves.toBe(false);
});
