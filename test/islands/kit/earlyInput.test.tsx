import { afterEach, expect, test } from 'vitest';
import { captureEarlyInput } from '../../../src/islands/kit/earlyInput';

afterEach(() => document.body.replaceChildren());

/** A server drawing inside an island: fields with their drawn values, and a log of events. */
function drawn(inIsland = true) {
	document.body.innerHTML = `<${inIsland ? 'astro-island' : 'div'}><div class="calc">
		<input id="p" value="9"><input id="e" value="8"><textarea id="rows" data-drawn="a|1">a|1</textarea><textarea id="data">x</textarea>
		<input type="radio" name="m" id="m1" value="ratio" checked><input type="radio" name="m" id="m2" value="index">
		<select id="s"><option value="a" selected>a</option><option value="b">b</option></select>
		<input type="file" id="f">
	</div></${inIsland ? 'astro-island' : 'div'}>`;
	const root = document.querySelector('.calc')!;
	const events: string[] = [];
	root.addEventListener('input', (e) =>
		events.push(
			`input:${(e.target as HTMLInputElement).id}=${(e.target as HTMLInputElement).value}`,
		),
	);
	root.addEventListener('change', (e) =>
		events.push(`change:${(e.target as HTMLInputElement).id}`),
	);
	const $ = <T extends Element>(id: string) => document.getElementById(id) as unknown as T;
	return { root, events, $ };
}

test('what was typed or picked before hydration is put back and sent to the handlers after the redraw', () => {
	const { root, events, $ } = drawn();
	$<HTMLInputElement>('p').value = '6';
	$<HTMLTextAreaElement>('rows').value = 'a|1\nb|2';
	// A textarea without its drawn value is left alone (hydration empties its default).
	$<HTMLTextAreaElement>('data').value = 'y';
	$<HTMLInputElement>('m2').checked = true;
	$<HTMLSelectElement>('s').value = 'b';
	const replay = captureEarlyInput(root);
	// The first render after mount draws the state (still the defaults) over the fields.
	$<HTMLInputElement>('p').value = '9';
	$<HTMLTextAreaElement>('rows').value = 'a|1';
	$<HTMLInputElement>('m1').checked = true;
	$<HTMLSelectElement>('s').value = 'a';
	replay();
	expect(events).toEqual(['input:p=6', 'input:rows=a|1\nb|2', 'change:m2', 'change:s']);
	expect($<HTMLInputElement>('p').value).toBe('6');
	expect($<HTMLInputElement>('m2').checked).toBe(true);
	expect($<HTMLSelectElement>('s').value).toBe('b');
});

test('untouched fields are left alone; a field edited again before the replay keeps that edit', () => {
	const { root, events, $ } = drawn();
	$<HTMLInputElement>('p').value = '6';
	$<HTMLInputElement>('e').value = '7';
	const replay = captureEarlyInput(root);
	$<HTMLInputElement>('e').value = '5';
	$<HTMLInputElement>('e').dispatchEvent(new Event('input', { bubbles: true }));
	events.length = 0;
	replay();
	expect(events).toEqual(['input:p=6']);
	expect($<HTMLInputElement>('e').value).toBe('5');
});

test('outside an island (drawn in the browser only), and once cancelled, nothing is replayed', () => {
	const outside = drawn(false);
	outside.$<HTMLInputElement>('p').value = '6';
	captureEarlyInput(outside.root)();
	expect(outside.events).toEqual([]);
	const inside = drawn();
	inside.$<HTMLInputElement>('p').value = '6';
	const replay = captureEarlyInput(inside.root);
	replay.cancel();
	inside.$<HTMLInputElement>('e').value = '1';
	inside.$<HTMLInputElement>('e').dispatchEvent(new Event('input', { bubbles: true }));
	expect(inside.events).toEqual(['input:e=1']);
});
