/**
 * The footer's 本页二维码: the page's link as a QR code, for a projector or a printed handout to
 * reach a phone. The encoder and its dialog load on the first click (src/islands/kit/qr.ts).
 */
export function initPageQr(button: HTMLButtonElement): void {
	const status = document.querySelector('[data-qr-status]');
	button.addEventListener('click', () => {
		if (status) status.textContent = '';
		import('../islands/kit/qr')
			.then((qr) => qr.showQr(location.href))
			.catch((error: unknown) => {
				// Said from the page itself: the strings table is in the module that did not load.
				console.error(error);
				if (status) status.textContent = status.getAttribute('data-qr-status');
			});
	});
}
