import type { Element, Root, RootContent } from 'hast';

/**
 * Makes display formulas and tables keyboard-scrollable: on a phone a long formula or a wide table
 * scrolls sideways inside its own box (see global.css), and a scrollable region must be focusable so
 * keyboard users can scroll it (WCAG 2.1.1; axe rule scrollable-region-focusable). Runs after
 * rehype-katex.
 */
export default function rehypeMathFocus() {
	return (tree: Root) => {
		const visit = (node: Root | RootContent) => {
			if (
				node.type === 'element' &&
				(node.tagName === 'table' || hasClass(node, 'katex-display'))
			) {
				node.properties.tabIndex = 0;
			}
			if ('children' in node) node.children.forEach(visit);
		};
		visit(tree);
	};
}

function hasClass(node: Element, name: string): boolean {
	const value = node.properties.className;
	return Array.isArray(value) ? value.includes(name) : value === name;
}
