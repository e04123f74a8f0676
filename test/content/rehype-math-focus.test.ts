import type { Element, Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeMathFocus from '../../src/content/rehype-math-focus';

const el = (className: string[], children: Element[] = []): Element => ({
	type: 'element',
	tagName: 'span',
	properties: { className },
	children,
});

test('display formulas become focusable; inline formulas and other elements do not', () => {
	const display = el(['katex-display'], [el(['katex'])]);
	const inline = el(['katex']);
	const other = el(['note']);
	const tree: Root = {
		type: 'root',
		children: [
			{ type: 'element', tagName: 'p', properties: {}, children: [display, inline, other] },
		],
	};
	rehypeMathFocus()(tree);
	expect(display.properties.tabIndex).toBe(0);
	expect(inline.properties.tabIndex).toBeUndefined();
	expect(other.properties.tabIndex).toBeUndefined();
});

test('tables become focusable too (they scroll sideways on a phone)', () => {
	const table: Element = { type: 'element', tagName: 'table', properties: {}, children: [] };
	rehypeMathFocus()({ type: 'root', children: [table] });
	expect(table.properties.tabIndex).toBe(0);
});
