/**
 * Plain-DOM pieces for what opens over a page on demand (the in-app browser fallbacks, the QR
 * code): an element builder and a modal dialog. No Preact, so a page without islands can use them.
 */
import { copyText } from './clipboard';

/** An element with attributes and children; text children are set as text, never as markup. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attrs: Record<string, string> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
	node.append(...children);
	return node;
}

interface DialogOptions {
	/** The element's id: opening a dialog with the same id replaces the one open. */
	id: string;
	title: string;
	/** The close button's label. */
	close: string;
}

/**
 * A modal dialog over the page, closed by its button or Escape and removed when closed; focus
 * returns to where it was. Where `showModal` is missing (old in-app browsers) it opens in place.
 */
export function dialog({ id, title, close }: DialogOptions, ...body: Node[]): HTMLDialogElement {
	document.getElementById(id)?.remove();
	const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
	const closeButton = el('button', { type: 'button', class: 'btn' }, close);
	const box = el(
		'dialog',
		{ id, class: 'kit-dialog', 'aria-labelledby': `${id}-title` },
		el('h2', { id: `${id}-title` }, title),
		...body,
		el('div', { class: 'kit-dialog__actions' }, closeButton),
	);
	closeButton.addEventListener('click', () => box.close());
	box.addEventListener('close', () => {
		box.remove();
		back?.focus();
	});
	document.body.append(box);
	if (typeof box.showModal === 'function') box.showModal();
	else box.setAttribute('open', '');
	return box;
}

interface CopyOptions {
	label: string;
	/** What to copy, read when the button is pressed. */
	text: () => string;
	/** Said once it is copied, and where it could not be. */
	done: string;
	failed: string;
}

/** A button that copies text and says beside it, in a status, whether it could. */
export function copyTextButton({ label, text, done, failed }: CopyOptions): HTMLElement {
	const status = el('span', { role: 'status' });
	const button = el('button', { type: 'button', class: 'btn' }, label);
	button.addEventListener('click', () => {
		void copyText(text()).then((copied) => {
			status.textContent = copied ? done : failed;
		});
	});
	return el('span', { class: 'kit-copy' }, button, status);
}
