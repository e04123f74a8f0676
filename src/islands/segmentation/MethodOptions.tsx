import {
	SEGMENTATION_PARAMS,
	type SegmentationField,
	type SegmentationState,
} from '../../lib/calculators/segmentation';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { assertNever } from '../../lib/result';
import { ModePicker } from '../kit/ModePicker';
import { NumberField } from '../kit/NumberField';
import type { Method } from './engine';
import type { OptionErrors } from './options';

interface Props {
	idPrefix: string;
	method: Method;
	state: SegmentationState;
	errors: OptionErrors;
	update: (patch: Partial<SegmentationState>) => void;
}

/** The chosen method's settings: RFM scoring and bounds, ABC cut-offs, or the pyramid's tier sizes. */
export function MethodOptions({ idPrefix, method, state, errors, update }: Props) {
	const field = (key: SegmentationField, label: MessageKey, unit: string, hint?: MessageKey) => (
		<NumberField
			id={`${idPrefix}-${key}`}
			label={t(label)}
			unit={unit}
			hint={hint && t(hint)}
			value={state[key]}
			onInput={(v) => update({ [key]: v })}
			error={errors[key]}
			inputMode={key === 'a' || key === 'b' ? 'decimal' : undefined}
		/>
	);
	switch (method) {
		case 'rfm':
			return (
				<>
					<ModePicker
						legend={t('seg.score')}
						name={`${idPrefix}-score`}
						options={SEGMENTATION_PARAMS.score.options.map((s) => ({
							value: s,
							label: t(`seg.score.${s}`),
						}))}
						value={state.score}
						onChange={(s) => update({ score: s })}
						description={t(`seg.score.${state.score}.desc`)}
					/>
					{state.score === 'threshold' && (
						<div class="calc__fields">
							{field('rb', 'seg.rb', t('seg.unit.days'))}
							{field('fb', 'seg.fb', t('seg.unit.times'))}
							{field('mb', 'seg.mb', t('seg.unit.yuan'))}
						</div>
					)}
				</>
			);
		case 'abc':
			return (
				<div class="calc__fields">
					{field('a', 'seg.a', '%', 'seg.a.hint')}
					{field('b', 'seg.b', '%', 'seg.b.hint')}
				</div>
			);
		case 'pyramid':
			return <div class="calc__fields">{field('pyr', 'seg.pyr', '%', 'seg.pyr.hint')}</div>;
		default:
			return assertNever(method);
	}
}
