import { useMemo } from 'preact/hooks';
import {
	readSatisfactionForm,
	SATISFACTION,
	SATISFACTION_PARAMS,
	type SatisfactionMode,
	type SatisfactionParams,
} from '../lib/calculators/satisfaction';
import { assertNever } from '../lib/result';
import { t } from '../i18n/client';
import { CalculatorShell } from './kit/CalculatorShell';
import { ModePicker } from './kit/ModePicker';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';
import { CountsMode } from './satisfaction/CountsMode';
import { IndexMode } from './satisfaction/IndexMode';
import { RatioMode } from './satisfaction/RatioMode';
import { ServqualMode } from './satisfaction/ServqualMode';

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const SATISFACTION_STRINGS = SATISFACTION.strings;

/** The satisfaction calculator: C = P / E, weighted and ACSI-style indices, SERVQUAL, distributions, NPS. */
export default function SatisfactionCalculator(props: CalculatorProps<SatisfactionParams>) {
	const { state, update, link, idPrefix, headingLevel } = useCalculatorState(SATISFACTION, props);
	const { mode } = state;
	const form = useMemo(() => readSatisfactionForm(state), [state]);
	const shared = { state, update, idPrefix, headingLevel, issues: form.issues };
	const body = (m: SatisfactionMode) => {
		switch (m) {
			case 'ratio':
				return <RatioMode {...shared} form={form.ratio} />;
			case 'index':
				return <IndexMode {...shared} form={form.index} acsi={false} />;
			case 'acsi':
				return <IndexMode {...shared} form={form.acsi} acsi />;
			case 'servqual':
				return <ServqualMode {...shared} form={form.servqual} />;
			case 'distribution':
				return <CountsMode {...shared} form={form.distribution} isNps={false} />;
			case 'nps':
				return <CountsMode {...shared} form={form.nps} isNps />;
			default:
				return assertNever(m);
		}
	};
	return (
		<CalculatorShell id={SATISFACTION.id} link={() => link()}>
			<ModePicker
				legend={t('sat.mode')}
				name={`${idPrefix}-mode`}
				options={SATISFACTION_PARAMS.mode.options.map((m) => ({
					value: m,
					label: t(`sat.mode.${m}`),
				}))}
				value={mode}
				onChange={(m) => update({ mode: m })}
				description={t(`sat.mode.${mode}.desc`)}
			/>
			{body(mode)}
		</CalculatorShell>
	);
}
