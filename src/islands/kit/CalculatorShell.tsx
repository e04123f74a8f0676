import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { t } from '../../i18n/client';
import { captureEarlyInput } from './earlyInput';
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
	const root = useRef<HTMLDivElement>(null);
	// Typing that came before hydration is read now, before the first render after mount redraws
	// the fields, and handed to the handlers once that render is done (see earlyInput.ts).
	useEffect(() => {
		if (!root.current) return;
		const replay = captureEarlyInput(root.current);
		const timer = setTimeout(replay, 0);
		return () => {
			clearTimeout(timer);
			replay.cancel();
		};
	}, []);
	return (
		<div class="calc" data-calculator={id} ref={root}>
			<p class="calc__print-note">{t('kit.print.note')}</p>
			{children}
			<ShareLink link={link}>{share}</ShareLink>
		</div>
	);
}
