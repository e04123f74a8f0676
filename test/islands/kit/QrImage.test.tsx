import { cleanup, render, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { QrImage } from '../../../src/islands/kit/QrImage';
import { installStrings } from '../../../src/i18n/client';
import { pickStrings } from '../../../src/i18n';

installStrings(pickStrings(['kit.qr.']));
afterEach(cleanup);

test('draws the code of the link it is given, and a new link redraws it', async () => {
	const { rerender } = render(
		<QrImage link="https://school.example/crm/assignment/?e=a" caption="扫码打开作业" />,
	);
	await waitFor(() => expect(document.querySelector('.qr__code svg')).not.toBeNull());
	expect(document.querySelector('[data-qr]')?.getAttribute('data-qr')).toBe(
		'https://school.example/crm/assignment/?e=a',
	);
	expect(document.querySelector('svg')?.getAttribute('aria-label')).toBe('本链接的二维码');
	expect(document.querySelector('figcaption')?.textContent).toBe('扫码打开作业');
	rerender(<QrImage link="https://school.example/crm/assignment/?e=b" caption="扫码打开作业" />);
	await waitFor(() =>
		expect(document.querySelector('[data-qr]')?.getAttribute('data-qr')).toBe(
			'https://school.example/crm/assignment/?e=b',
		),
	);
	expect(document.querySelectorAll('.qr__code')).toHaveLength(1);
});

test('a link too long for a code says so in its place', async () => {
	render(<QrImage link={`https://x/?n=${'码'.repeat(800)}`} caption="扫码" />);
	await waitFor(() => expect(document.querySelector('[data-qr-issue="tooLong"]')).not.toBeNull());
	expect(document.querySelector('[data-qr-issue]')?.textContent).toContain('这个链接太长');
	expect(document.querySelector('svg')).toBeNull();
});

test('where the encoder does not load, says so in Chinese instead of leaving a blank', async () => {
	// A fresh module graph in which the encoder's module fails to load (the strings table is fresh too).
	vi.resetModules();
	vi.doMock('../../../src/islands/kit/qr', () => {
		throw new Error('offline');
	});
	const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
	const { QrImage: Fresh } = await import('../../../src/islands/kit/QrImage');
	const { installStrings: install } = await import('../../../src/i18n/client');
	install(pickStrings(['kit.qr.']));
	render(<Fresh link="https://x/" caption="扫码" />);
	await waitFor(() => expect(document.querySelector('.qr__issue')).not.toBeNull());
	expect(document.querySelector('.qr__issue')?.textContent).toContain('二维码没有生成成功');
	expect(errors).toHaveBeenCalled();
	errors.mockRestore();
	vi.doUnmock('../../../src/islands/kit/qr');
});
