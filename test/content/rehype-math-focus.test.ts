import type { Root } from 'hast';
import { expect, test } from 'vitest';
import rehypeMathFocus from '../../src/content/rehype-math-focus';

const el = (className: string[], children: Root['children'] = []) =>
	({ type: 'element', tagName: 'span', properties: { className }, children }) as Root['children'][number];

test('display formulas become focusable; inline formulas and other elements do not', () => {
	const display = el(['katex-display'], [el(['katex'])]);
	const inline = el(['katex']);
	const other = el(['note']);
	const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [display, inline, other] }] };
	rehypeMathFocus()(tree);
	const props = (n: Root['children'][number]) => (n as { properties: Record<string, unknown> }).properties;
	expect(props(display).tabIndex).toBe(0);
	expect(props(inline).tabIndex).toBeUndefined();
	expect(props(other).tabIndex).toBeUndefined();
});
