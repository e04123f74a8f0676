/** The event that makes every `client:view` island hydrate now (see view-directive.ts). */
export const HYDRATE_ALL = 'crm:hydrate-all';

/**
 * Hydrates every waiting island and resolves once none is waiting and every chart is drawn, or after
 * `timeout` ms (a chart whose library failed to load never draws; the page prints without it).
 */
export function hydrateAll(timeout = 10_000): Promise<boolean> {
	document.dispatchEvent(new Event(HYDRATE_ALL));
	const ready = () =>
		!document.querySelector('astro-island[ssr]') &&
		!document.querySelector('canvas[data-chart-ready="false"]');
	const until = performance.now() + timeout;
	return new Promise((resolve) => {
		const check = () => {
			if (ready()) requestAnimationFrame(() => resolve(true));
			else if (performance.now() > until) resolve(false);
			else setTimeout(check, 50);
		};
		check();
	});
}
