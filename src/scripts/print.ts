/**
 * Printing. Every page: the footer line names the page's public address (from the configured
 * SITE_URL, or else the address it was opened at, but never a loopback server's), and a page in dark
 * mode prints light (the colour tokens are screen-only; charts repaint from them, so the theme itself
 * switches to light for the print and back after). Chapter pages: 打印本章 wakes every calculator and
 * chart below the fold first, so they print with their results.
 */
import { printableAddress } from '../lib/browser/address';

function fillSource(): void {
	for (const line of document.querySelectorAll<HTMLElement>('[data-print-source]')) {
		if (line.dataset['printSource']) continue;
		const address = printableAddress(location);
		if (address) line.textContent = (line.dataset['template'] ?? '{url}').replace('{url}', address);
		else line.remove();
	}
}

function lightForPrint(): void {
	const root = document.documentElement;
	let restore: string | undefined;
	addEventListener('beforeprint', () => {
		if (root.dataset['theme'] !== 'dark') return;
		restore = 'dark';
		root.dataset['theme'] = 'light';
	});
	addEventListener('afterprint', () => {
		if (restore) root.dataset['theme'] = restore;
		restore = undefined;
	});
}

function initPrintButton(button: HTMLButtonElement): void {
	const status = button.parentElement?.querySelector<HTMLElement>('[data-print-status]');
	button.addEventListener('click', () => {
		button.disabled = true;
		if (status) status.textContent = status.dataset['preparing'] ?? '';
		// Loaded on the click: every page carries this file, few pages are printed.
		void Promise.all([import('./hydrate-all'), import('../islands/kit/print')])
			.then(async ([{ hydrateAll }, { printPage }]) => {
				await hydrateAll();
				printPage();
			})
			.catch((error: unknown) => console.error('print: could not prepare the page', error))
			.finally(() => {
				button.disabled = false;
				if (status) status.textContent = '';
			});
	});
}

export function initPrint(): void {
	fillSource();
	lightForPrint();
	const button = document.querySelector<HTMLButtonElement>('[data-print-page]');
	if (button) initPrintButton(button);
}
