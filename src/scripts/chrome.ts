import { initMenu } from './menu';
import { initSearchTriggers } from './search';
import { initThemeToggle } from './theme';

/** Wires the header: theme toggle, phone menu and the search triggers. */
export function initSiteChrome(): void {
	const theme = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
	if (theme) initThemeToggle(theme);
	const menu = document.querySelector<HTMLButtonElement>('[data-menu-toggle]');
	if (menu) initMenu(menu);
	initSearchTriggers();
}
