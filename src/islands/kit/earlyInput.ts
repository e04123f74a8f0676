/**
 * What a person typed or picked before an island hydrated. A `client:visible` island is drawn on
 * the server and comes alive only once its script has loaded; on a slow phone someone can type
 * into the drawn fields first. Preact's hydration keeps the DOM as it is and the state at the
 * page's defaults, so the field would show 6 while the result stays computed from 9, for good.
 *
 * `captureEarlyInput` reads, at mount, every field whose value or choice differs from what the
 * server drew (`defaultValue`, `defaultChecked`, `defaultSelected`, a textarea's `data-drawn`,
 * since hydration empties its default); the returned `replay` puts
 * those values back and sends each field the event its handler listens to, so the typing goes
 * through the same path as any later keystroke (and a bad value gets its message). Replay runs
 * after the island's own mount work (a link's parameters read into the state and drawn), so what
 * the person typed wins over the link it arrived with: it is the newer.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

interface Early {
	field: Field;
	value: string;
	checked: boolean;
}

/** Hands the early input to the handlers; `cancel` drops it (the island unmounted first). */
export type Replay = (() => void) & { cancel: () => void };

const SKIPPED = new Set(['file', 'hidden', 'button', 'submit', 'reset', 'image']);

function changed(field: Field): boolean {
	if (field instanceof HTMLSelectElement) {
		// A single choice: the drawn one is the option marked selected, else the first.
		const options = [...field.options];
		const drawnOption = options.find((o) => o.defaultSelected) ?? options[0];
		return field.value !== (drawnOption?.value ?? '');
	}
	if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox'))
		// Of a radio group only the newly picked one is replayed: picking it unpicks the other.
		return field.checked !== field.defaultChecked && (field.type === 'checkbox' || field.checked);
	if (field instanceof HTMLTextAreaElement) {
		// Hydration drops a textarea's drawn text (its default value), so the drawn value is read
		// from `data-drawn`; a textarea without one (a large data box) is not replayed.
		const drawn = field.getAttribute('data-drawn');
		return drawn !== null && field.value !== drawn;
	}
	return field.value !== field.defaultValue;
}

/**
 * The fields under `root` that differ from the server's drawing, and how to hand them over. Only
 * inside an Astro island (a component drawn in the browser alone has no server drawing to differ
 * from); a field the person edits again before the replay is left to that edit.
 */
export function captureEarlyInput(root: Element): Replay {
	const early: Early[] = [];
	const none = () => undefined;
	if (!root.closest('astro-island')) return Object.assign(none, { cancel: none });
	for (const field of root.querySelectorAll<Field>('input, textarea, select')) {
		if (field instanceof HTMLInputElement && SKIPPED.has(field.type)) continue;
		if (field.disabled || !changed(field)) continue;
		early.push({
			field,
			value: field.value,
			checked: field instanceof HTMLInputElement && field.checked,
		});
	}
	const edited = new Set<EventTarget>();
	const onEdit = (event: Event) => {
		if (event.target) edited.add(event.target);
	};
	root.addEventListener('input', onEdit, true);
	root.addEventListener('change', onEdit, true);
	const cancel = () => {
		root.removeEventListener('input', onEdit, true);
		root.removeEventListener('change', onEdit, true);
	};
	const replay = () => {
		cancel();
		for (const { field, value, checked } of early) {
			if (edited.has(field)) continue;
			if (!field.isConnected) continue;
			const checkable =
				field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox');
			if (checkable) field.checked = checked;
			else field.value = value;
			const type = checkable || field instanceof HTMLSelectElement ? 'change' : 'input';
			field.dispatchEvent(new Event(type, { bubbles: true }));
		}
	};
	return Object.assign(replay, { cancel });
}
