interface Props<V extends string> {
	legend: string;
	/** Radio group name; unique per calculator on a page. */
	name: string;
	options: readonly { value: V; label: string }[];
	value: V;
	onChange: (value: V) => void;
	/** A sentence about the chosen option. */
	description: string;
}

/** The row of choices at the top of a calculator (model, mode, scheme) with a line about the choice. */
export function ModePicker<V extends string>({
	legend,
	name,
	options,
	value,
	onChange,
	description,
}: Props<V>) {
	return (
		<fieldset class="calc__models">
			<legend>{legend}</legend>
			{options.map((o) => (
				<label class={o.value === value ? 'chip chip--on' : 'chip'}>
					<input
						type="radio"
						name={name}
						value={o.value}
						checked={o.value === value}
						onChange={() => onChange(o.value)}
					/>
					{o.label}
				</label>
			))}
			<p class="calc__model-desc">{description}</p>
		</fieldset>
	);
}
