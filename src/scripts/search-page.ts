import { loadPagefindUi } from './search';

/** /search/: a full-page Pagefind search; `?q=…` fills in and runs a query (shareable links). */
export async function mountSearchPage(): Promise<void> {
	const host = document.getElementById('search-page');
	if (!host) return;
	try {
		await loadPagefindUi();
	} catch (error) {
		console.error(
			'search: the Pagefind bundle did not load (it exists only in a built site)',
			error,
		);
		document.querySelector<HTMLElement>('[data-unavailable]')?.removeAttribute('hidden');
		return;
	}
	const input = document.createElement('pagefind-input');
	input.setAttribute('placeholder', host.dataset.placeholder ?? '');
	input.setAttribute('autofocus', '');
	host.append(
		input,
		document.createElement('pagefind-summary'),
		document.createElement('pagefind-results'),
	);
	const query = new URLSearchParams(window.location.search).get('q')?.trim();
	if (!query) return;
	await customElements.whenDefined('pagefind-input');
	await new Promise((r) => requestAnimationFrame(r));
	const field = input.querySelector('input');
	if (!field) return;
	field.value = query;
	field.dispatchEvent(new Event('input', { bubbles: true }));
}
