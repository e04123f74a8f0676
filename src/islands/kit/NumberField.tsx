import { t } from '../../i18n/client';
interface Props {
	id: string;
	label: string;
	value: string;
	onInput: (value: string) => void;
	/** Shown after the box: the unit of money, percent, years … */
	unit?: string | undefined;
	hint?: string | undefined;
	/** A Chinese message; the field keeps what the person typed and is marked invalid. */
	error?: string | undefined;
	/** A value that would fix the error (8% for a percent typed as 0.08), offered as one click. */
	fix?: string | undefined;
	inputMode?: 'decimal' | 'numeric' | undefined;
}

/** A text box for a number: keeps exactly what was typed, shows the hint and any error beside it. */
export function NumberField({
	id,
	label,
	value,
	onInput,
	unit,
	hint,
	error,
	fix,
	inputMode = 'decimal',
}: Props) {
	const hintId = `${id}-hint`;
	const errorId = `${id}-error`;
	const describedBy =
		[hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
	return (
		<div class={error ? 'field field--invalid' : 'field'}>
			<label class="field__label" for={id}>
				{label}
			</label>
			<div class="field__box">
				<input
					id={id}
					name={id}
					type="text"
					inputMode={inputMode}
					autoComplete="off"
					spellcheck={false}
					value={value}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={describedBy}
					onInput={(e) => onInput(e.currentTarget.value)}
				/>
				{unit && (
					<span class="field__unit" aria-hidden="true">
						{unit}
					</span>
				)}
			</div>
			{hint && (
				<p id={hintId} class="field__hint">
					{hint}
				</p>
			)}
			<p id={errorId} class="field__error" aria-live="polite">
				{error ?? ''}
			</p>
			{error && fix !== undefined && (
				<button
					type="button"
					class="btn btn--small field__fix"
					data-fix={fix}
					onClick={() => onInput(fix)}
				>
					{t('issue.fixTo', { value: fix })}
				</button>
			)}
		</div>
	);
}
