/**
 * Pagefind's Component UI is loaded only when the reader asks for search (button, `/` or Ctrl+K),
 * so a chapter page ships no search code until then. The UI picks its Chinese strings from
 * `<html lang="zh-CN">`.
 */
type Modal = HTMLElement & { open?: () => void };

/** Excerpt length in Pagefind words (a Chinese word is one or two characters): about three lines. */
export const EXCERPT_WORDS = 60;

let loading: Promise<void> | undefined;
let modal: Modal | undefined;

export function siteBase(): string {
	const base = document.documentElement.dataset.base ?? '/';
	return base.endsWith('/') ? base : `${base}/`;
}

/** Adds Pagefind's stylesheet, its config element and its script, once. */
export function loadPagefindUi(): Promise<void> {
	loading ??= new Promise<void>((resolve, reject) => {
		const bundle = `${siteBase()}pagefind/`;
		const css = document.createElement('link');
		css.rel = 'stylesheet';
		css.href = `${bundle}pagefind-component-ui.css`;
		document.head.append(css);
		const config = document.createElement('pagefind-config');
		config.setAttribute('bundle-path', bundle);
		config.setAttribute('base-url', siteBase());
		config.setAttribute('excerpt-length', String(EXCERPT_WORDS));
		document.body.append(config);
		const script = document.createElement('script');
		script.type = 'module';
		script.src = `${bundle}pagefind-component-ui.js`;
		script.onerror = () => {
			loading = undefined;
			script.remove();
			reject(new Error('search bundle missing'));
		};
		script.onload = () => {
			import('./search-adapt')
				.then(({ adaptSearch }) => adaptSearch())
				.then(resolve, (error: unknown) => {
					// Search still works in Pagefind's own order; the console says why.
					console.error('search: terms are not brought first', error);
					resolve();
				});
		};
		document.head.append(script);
	});
	return loading;
}

async function openSearch(): Promise<void> {
	try {
		await loadPagefindUi();
		if (!modal) {
			modal = document.createElement('pagefind-modal') as Modal;
			document.body.append(modal);
			// The element builds its dialog when connected; open it on the next frame.
			await new Promise((r) => requestAnimationFrame(r));
		}
		modal.open?.();
	} catch (error) {
		// The search page says so in Chinese (and offers the chapters); the console says why.
		console.error(
			'search: the Pagefind bundle did not load (it exists only in a built site)',
			error,
		);
		window.location.href = `${siteBase()}search/`;
	}
}

const isTyping = (target: EventTarget | null) =>
	target instanceof HTMLElement &&
	(target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

export function initSearchTriggers(): void {
	for (const button of document.querySelectorAll<HTMLElement>('[data-search-open]')) {
		button.addEventListener('click', () => void openSearch());
	}
	document.addEventListener('keydown', (event) => {
		const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
		const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey;
		if (!ctrlK && !(slash && !isTyping(event.target))) return;
		if (document.querySelector('dialog[open]')) return;
		event.preventDefault();
		void openSearch();
	});
}
