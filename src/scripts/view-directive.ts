/**
 * `client:view`: an island hydrates when it first comes into view (as `client:visible`), or when the
 * page asks every island to be ready at once by dispatching HYDRATE_ALL on `document` (打印本章
 * does, so that calculators and charts below the fold print with their results).
 */
import type { ClientDirective } from 'astro';
import { HYDRATE_ALL } from './hydrate-all';

const viewDirective: ClientDirective = (load, _options, el) => {
	let started = false;
	const start = async () => {
		if (started) return;
		started = true;
		io.disconnect();
		document.removeEventListener(HYDRATE_ALL, start);
		const hydrate = await load();
		await hydrate();
	};
	const io = new IntersectionObserver((entries) => {
		if (entries.some((e) => e.isIntersecting)) void start();
	});
	for (const child of el.children) io.observe(child);
	document.addEventListener(HYDRATE_ALL, start);
};

export default viewDirective;
