/**
 * The QR code of a link, in a dialog over the page: for a teacher to put a page on the projector
 * or a phone to pick up a link from a laptop. Loaded only when asked for (it carries the encoder);
 * the strings are the page's `kit.qr.` block (the footer sends it on every page).
 */
import { qrCode, qrSvg } from '../../lib/share/qr';
import { installPageStrings, t } from '../../i18n/client';
import { copyTextButton, dialog, el } from './dialog';

/** The figure of a link's code, or the reason there is none. Shared with the inline QR image. */
export function qrFigure(link: string): HTMLElement {
	const code = qrCode(link);
	if (!code.ok)
		return el(
			'p',
			{ class: 'qr__issue', role: 'alert', 'data-qr-issue': code.issues[0] ?? 'empty' },
			t(code.issues[0] === 'tooLong' ? 'kit.qr.tooLong' : 'kit.qr.empty'),
		);
	const box = el('div', { class: 'qr__code', 'data-qr': link });
	box.innerHTML = qrSvg(code.value, t('kit.qr.label'));
	return box;
}

/** Opens the dialog with `link`'s code, the link itself to read or copy, and how to scan it. */
export function showQr(link: string): void {
	installPageStrings();
	dialog(
		{ id: 'qr-dialog', title: t('kit.qr.title'), close: t('kit.qr.close') },
		el('p', {}, t('kit.qr.hint')),
		qrFigure(link),
		el('p', { class: 'qr__link' }, el('bdi', {}, link)),
		copyTextButton({
			label: t('kit.qr.copy'),
			text: () => link,
			done: t('kit.qr.copied'),
			failed: t('kit.qr.copyFailed'),
		}),
	);
}
