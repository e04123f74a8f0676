/**
 * Printing and plain file links, for the pages that have them (worksheets, assignments, lab
 * templates): in an in-app browser each says what works there instead (see download.ts).
 */
import { inInAppBrowser } from './download';

/** Prints the page where the browser can; elsewhere says how to get to one that can. */
export function printPage(): void {
	if (!inInAppBrowser() && typeof window.print === 'function') return window.print();
	void import('./inapp-fallback').then((ui) => ui.showBar('print'));
}

/**
 * For a plain link to a file on the site (a lab's template): in an in-app browser the click is
 * taken over and the file's text is shown to copy.
 */
export function takeOverFileLink(event: MouseEvent, link: HTMLAnchorElement): void {
	if (!inInAppBrowser()) return;
	event.preventDefault();
	const name = link.getAttribute('download') || link.pathname.split('/').pop() || '';
	void import('./inapp-fallback').then((ui) => ui.showFile(name, link.href));
}
