import { initMenu } from './menu';
import { initPrint } from './print';
import { initPageQr } from './qr';
import { initSearchTriggers } from './search';
import { initThemeToggle } from './theme';

/** Wires the header and footer: theme toggle, phone menu, the search triggers, the page's QR code and printing. */
export function initSiteChrome(): void {
	const theme = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (theme) initThemeToggle(theme);
	const menu = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
	if (menu) initMenu(menu);
	initSearchTriggers();
	const qr = document.querySelector<HTMLButtonElement>('[data-qr-page]');
	if (qr) initPageQr(qr);
	initPrint();
}
