import {
	ENCODINGS,
	isEncodingChoice,
	type DecodeInfo,
	type EncodingChoice,
} from '../../lib/files/encodings';
import { formatNumber } from '../../lib/format/number';
import { t } from '../../i18n/client';

export type { DecodeInfo };

interface Props {
	id: string;
	/** How the opened file was read. */
	info: DecodeInfo;
	choice: EncodingChoice;
	onChoice: (choice: EncodingChoice) => void;
}

/** Says which encoding an opened file was read in, and lets the person read it again in another. */
export function EncodingPicker({ id, info, choice, onChoice }: Props) {
	return (
		<div
			class="encoding"
			data-encoding={info.encoding}
			data-reason={info.reason}
			data-replaced={info.replaced}
		>
			<p class="field__hint" id={`${id}-read`}>
				{t('kit.encoding.read', {
					encoding: t(`kit.encoding.${info.encoding}`),
					why: t(`kit.encoding.why.${info.reason}`),
				})}
			</p>
			{info.replaced > 0 && (
				<p class="field__error">
					{t('kit.encoding.replaced', { n: formatNumber(info.replaced, 0) })}
				</p>
			)}
			<label class="encoding__pick">
				{t('kit.encoding.label')}{' '}
				<select
					id={id}
					value={choice}
					aria-describedby={`${id}-read`}
					onChange={(e) => {
						const value = e.currentTarget.value;
						if (isEncodingChoice(value)) onChoice(value);
					}}
				>
					{(['auto', ...ENCODINGS] as const).map((c) => (
						<option value={c}>{t(`kit.encoding.${c}`)}</option>
					))}
				</select>
			</label>
		</div>
	);
}
