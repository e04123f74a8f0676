/**
 * What an in-app browser gets instead of a download or a printout (see download.ts): plain DOM, loaded
 * only there. The strings come from the page's table (every island that exports picks `kit.`).
 */
import { inAppBrowser, type InAppBrowser } from '../../lib/browser/inapp';
import { installPageStrings, t } from '../../i18n/client';
import { copyTextButton, dialog as openDialog, el } from './dialog';

const appName = (app: InAppBrowser | null) =>
	t(app ? (`kit.inapp.app.${app}` as const) : 'kit.inapp.app.none');

/** A button that copies `text` and says whether it could. */
const copyButton = (label: string, text: () => string, done: string) =>
	copyTextButton({ label, text, done, failed: t('kit.inapp.copyFailed') });

/**
 * The bar at the top of the page: what cannot be done here and how to open the page in a browser,
 * with the page's link to copy. One bar, however many attempts.
 */
export function showBar(attempted: 'save' | 'print'): void {
	installPageStrings();
	const app = inAppBrowser(navigator.userAgent);
	document.getElementById('inapp-bar')?.remove();
	const close = el('button', { type: 'button', class: 'btn inapp__close' }, t('kit.inapp.close'));
	const bar = el(
		'section',
		{ id: 'inapp-bar', class: 'inapp-bar', 'aria-label': t('kit.inapp.region') },
		el(
			'p',
			{ 'data-inapp-reason': attempted },
			t(attempted === 'print' ? 'kit.inapp.bar.print' : 'kit.inapp.bar.save', {
				app: appName(app),
			}),
		),
		el(
			'p',
			{},
			t(app === 'wechat' || app === 'wecom' ? 'kit.inapp.how.wechat' : 'kit.inapp.how.other'),
		),
		el(
			'div',
			{ class: 'kit-dialog__actions' },
			copyButton(t('kit.inapp.copyLink'), () => location.href, t('kit.inapp.linkCopied')),
			close,
		),
	);
	close.addEventListener('click', () => bar.remove());
	document.body.prepend(bar);
	bar.scrollIntoView({ block: 'start' });
}

/** The fallbacks' dialog: one at a time. */
const dialog = (title: string, ...body: Node[]) =>
	openDialog({ id: 'inapp-dialog', title, close: t('kit.inapp.close') }, ...body);

/** A text file (CSV, JSON) shown in full, with a button that copies all of it. */
function showText(name: string, text: string): void {
	installPageStrings();
	showBar('save');
	const area = el('textarea', {
		class: 'inapp__text',
		readonly: '',
		rows: '8',
		'aria-label': t('kit.inapp.text.title', { name }),
		'data-inapp-text': name,
	});
	// Excel's BOM is for files; pasted text starts with the first character.
	area.value = text.replace(/^\uFEFF/, '');
	area.addEventListener('focus', () => area.select());
	dialog(
		t('kit.inapp.text.title', { name }),
		el('p', {}, t('kit.inapp.text.hint', { name })),
		copyButton(t('kit.inapp.text.copy'), () => area.value, t('kit.inapp.text.copied')),
		area,
	);
}

/** A chart image shown as an <img>, which these browsers let a person long-press to save. */
function showImage(name: string, dataUrl: string): void {
	installPageStrings();
	showBar('save');
	dialog(
		t('kit.inapp.image.title'),
		el('p', {}, t('kit.inapp.image.hint')),
		el('img', { class: 'inapp__image', src: dataUrl, alt: name, 'data-inapp-image': name }),
	);
}

/** A file on the site (a template): read and shown as text; a failed read says so. */
export async function showFile(name: string, href: string) {
	installPageStrings();
	try {
		const response = await fetch(href);
		if (!response.ok) throw new Error(`${href}: ${response.status}`);
		showText(name, await response.text());
	} catch (error) {
		console.error(error);
		showBar('save');
		dialog(name, el('p', { role: 'alert' }, t('kit.inapp.loadFailed')));
	}
}

/** What downloadFile was asked to save: an image (a data URL) to long-press, or text to copy. */
export async function showSaved(name: string, content: string | Blob) {
	if (typeof content === 'string' && content.startsWith('data:image/'))
		return showImage(name, content);
	showText(name, typeof content === 'string' ? content : await content.text());
}
