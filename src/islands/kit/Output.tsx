import type { ComponentChildren } from 'preact';
import { rawValue } from '../../lib/format/number';

interface OutputProps {
	/** The `data-result` name tests and other pages read, e.g. "clv". */
	name: string;
	/** The unrounded value, or null when there is none (shown as the formatted text only). */
	value: number | null;
	children: ComponentChildren;
}

/** A result: `<output data-result data-value>` with the full-precision number beside the formatted text. */
export function Output({ name, value, children }: OutputProps) {
	return (
		<output data-result={name} data-value={rawValue(value)}>
			{children}
		</output>
	);
}

interface CardProps {
	label: string;
	note?: ComponentChildren;
	children: ComponentChildren;
	primary?: boolean;
}

/** A labelled result block; the main result is larger. */
export function ResultCard({ label, note, children, primary = false }: CardProps) {
	return (
		<div class={primary ? 'result-card result-card--primary' : 'result-card'}>
			<span class="result-card__label">{label}</span>
			<span class="result-card__value">{children}</span>
			{note && <span class="result-card__note">{note}</span>}
		</div>
	);
}
