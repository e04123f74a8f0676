import type { Element, Root, RootContent } from 'hast';

/**
 * Makes display formulas keyboard-scrollable: a long formula scrolls sideways inside its block
 * (on a phone most do), and a scrollable region must be focusable so keyboard users can scroll it
 * (WCAG 2.1.1; axe rule scrollable-region-focusable). Runs after rehype-katex.
 */
export default function rehypeMathFocus() {
	return (tree: Root) => {
		const visit = (node: Root | RootContent) => {
			if (node.type === 'element' && hasClass(node, 'katex-display')) {
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
