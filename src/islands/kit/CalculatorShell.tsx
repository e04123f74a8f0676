import type { ComponentChildren } from 'preact';
import { ShareLink } from './ShareLink';

interface Props {
	id: string;
	/** Builds the share link from the current state. */
	link: () => string;
	/** Said beside the share button (what the link carries, a choice about it). */
	share?: ComponentChildren;
	children: ComponentChildren;
}

/** The frame of every calculator: its root element (`data-calculator`) and the share button. */
export function CalculatorShell({ id, link, share, children }: Props) {
	return (
		<div class="calc" data-calculator={id}>
			{children}
			<ShareLink link={link}>{share}</ShareLink>
		</div>
	);
}
