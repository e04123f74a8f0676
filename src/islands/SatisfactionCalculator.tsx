import {
	SATISFACTION,
	SATISFACTION_PARAMS,
	type SatisfactionParams,
} from '../lib/calculators/satisfaction';
import { t } from '../i18n/client';
import type { MessageKey } from '../i18n';
import { ModePicker } from './kit/ModePicker';
import { ShareLink } from './kit/ShareLink';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';
import { CountsMode } from './satisfaction/CountsMode';
import { IndexMode } from './satisfaction/IndexMode';
import { RatioMode } from './satisfaction/RatioMode';
import { ServqualMode } from './satisfaction/ServqualMode';

type Mode = (typeof SATISFACTION_PARAMS.mode.options)[number];

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const SATISFACTION_STRINGS = SATISFACTION.strings;

/** The satisfaction calculator: C = P / E, weighted and ACSI-style indices, SERVQUAL, distributions, NPS. */
export default function SatisfactionCalculator(props: CalculatorProps<SatisfactionParams>) {
	const { state, update, link, idPrefix, headingLevel } = useCalculatorState(SATISFACTION, props);
	const mode = state.mode as Mode;
	const shared = { state, update, idPrefix, headingLevel };
	return (
		<div class="calc" data-calculator="satisfaction">
			<ModePicker
				legend={t('sat.mode')}
				name={`${idPrefix}-mode`}
				options={SATISFACTION_PARAMS.mode.options.map((m) => ({
					value: m,
					label: t(`sat.mode.${m}` as MessageKey),
				}))}
				value={mode}
				onChange={(m) => update({ mode: m })}
				description={t(`sat.mode.${mode}.desc` as MessageKey)}
			/>
			{mode === 'ratio' && <RatioMode {...shared} />}
			{mode === 'index' && <IndexMode {...shared} acsi={false} />}
			{mode === 'acsi' && <IndexMode {...shared} acsi />}
			{mode === 'servqual' && <ServqualMode {...shared} />}
			{mode === 'distribution' && <CountsMode {...shared} isNps={false} />}
			{mode === 'nps' && <CountsMode {...shared} isNps />}
			<ShareLink link={() => link()} />
		</div>
	);
}
