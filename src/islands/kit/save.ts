/**
 * Every way the site hands a person a file or a printout: a CSV or JSON text, a chart image, a
 * printed page. In a full browser these download or print as before. In an in-app browser
 * (WeChat, QQ, 学习通, 钉钉; see src/lib/browser/inapp.ts), where `blob:` downloads are dropped and
 * printing does not exist, each shows what works there instead (src/islands/kit/inapp-fallback.ts,
 * loaded only then): the text to copy, the image to long-press, and a bar that explains how to
 * open the page in a browser.
 */
import { inAppBrowser, type InAppBrowser } from '../../lib/browser/inapp';
import { downloadFile } from './download';

const here = (): InAppBrowser | null =>
	typeof navigator === 'undefined' ? null : inAppBrowser(navigator.userAgent);

const fallback = () => import('./inapp-fallback');

/** Saves text (CSV, JSON; a Blob when large) as a file, or, in an in-app browser, shows it to copy. */
export function saveText(name: string, text: string | Blob, type: string): void {
	const app = here();
	if (!app) return downloadFile(name, text, type);
	void Promise.all([fallback(), typeof text === 'string' ? text : text.text()]).then(([ui, s]) =>
		ui.showText(app, name, s),
	);
}

/** Saves a chart's PNG (a data URL), or, in an in-app browser, shows it to long-press. */
export function saveImage(name: string, dataUrl: string): void {
	const app = here();
	if (!app) return downloadFile(name, dataUrl, 'image/png');
	void fallback().then((ui) => ui.showImage(app, name, dataUrl));
}

/** Prints the page where the browser can; elsewhere says how to get to one that can. */
export function printPage(): void {
	const app = here();
	if (!app && typeof window.print === 'function') return window.print();
	void fallback().then((ui) => ui.showBar(app, 'print'));
}

/**
 * For a plain link to a file on the site (a lab's template): in an in-app browser the click is
 * taken over and the file's text is shown to copy. Returns whether it was.
 */
export function takeOverFileLink(event: MouseEvent, link: HTMLAnchorElement): boolean {
	const app = here();
	if (!app) return false;
	event.preventDefault();
	const name = link.getAttribute('download') || link.pathname.split('/').pop() || '';
	void fallback().then((ui) => ui.showFile(app, name, link.href));
	return true;
}
