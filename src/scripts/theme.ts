export type ThemePref = 'auto' | 'light' | 'dark';

const STORAGE_KEY = 'crm-theme';
const ORDER: ThemePref[] = ['auto', 'light', 'dark'];
const systemDark = () => matchMedia('(prefers-color-scheme: dark)').matches;

function readPref(): ThemePref {
	const pref = document.documentElement.dataset.themePref;
	return pref === 'light' || pref === 'dark' ? pref : 'auto';
}

function apply(pref: ThemePref): void {
	const root = document.documentElement;
	root.dataset.themePref = pref;
	root.dataset.theme = pref === 'dark' || (pref === 'auto' && systemDark()) ? 'dark' : 'light';
}

function store(pref: ThemePref): void {
	try {
		if (pref === 'auto') localStorage.removeItem(STORAGE_KEY);
		else localStorage.setItem(STORAGE_KEY, pref);
	} catch {
		// Storage can be blocked (private mode); the choice then lasts for this page only.
	}
}

/** The toggle cycles auto → light → dark and remembers the choice; "auto" keeps following the system. */
export function initThemeToggle(button: HTMLButtonElement): void {
	const labels = JSON.parse(button.dataset.labels ?? '{}') as Record<ThemePref, string>;
	const template = button.dataset.template ?? '{mode}';
	const describe = () => {
		const text = template.replace('{mode}', labels[readPref()] ?? '');
		button.setAttribute('aria-label', text);
		button.title = text;
	};
	describe();
	button.addEventListener('click', () => {
		const next = ORDER[(ORDER.indexOf(readPref()) + 1) % ORDER.length]!;
		apply(next);
		store(next);
		describe();
	});
	matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
		if (readPref() === 'auto') apply('auto');
	});
}
