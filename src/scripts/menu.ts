/** On narrow screens the chapter navigation opens as a panel from the header's menu button. */
export function initMenu(button: HTMLButtonElement): void {
	const nav = document.getElementById(button.getAttribute('aria-controls') ?? '');
	if (!nav) return;
	const text = button.querySelector('.menu-btn__text');
	const setOpen = (open: boolean) => {
		button.setAttribute('aria-expanded', String(open));
		document.documentElement.classList.toggle('nav-open', open);
		const label = open ? button.dataset.labelClose : button.dataset.labelOpen;
		if (text && label) text.textContent = label;
		if (open) nav.querySelector<HTMLElement>('[aria-current="page"], a')?.focus();
	};
	button.addEventListener('click', () => setOpen(button.getAttribute('aria-expanded') !== 'true'));
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
			setOpen(false);
			button.focus();
		}
	});
	matchMedia('(min-width: 60rem)').addEventListener('change', (e) => e.matches && setOpen(false));
}
