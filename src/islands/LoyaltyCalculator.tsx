import { useMemo } from 'preact/hooks';
import {
	LOYALTY,
	LOYALTY_PARAMS,
	readLoyaltyForm,
	type LoyaltyParams,
	type LoyaltyScheme,
} from '../lib/calculators/loyalty';
import { assertNever } from '../lib/result';
import { t } from '../i18n/client';
import { CalculatorShell } from './kit/CalculatorShell';
import { ModePicker } from './kit/ModePicker';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';
import { CauseScheme } from './loyalty/CauseScheme';
import { IndexScheme } from './loyalty/IndexScheme';
import { MatrixScheme } from './loyalty/MatrixScheme';
import type { SchemeProps } from './loyalty/shared';

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const LOYALTY_STRINGS = LOYALTY.strings;

function SchemeView({ scheme, ...props }: SchemeProps & { scheme: LoyaltyScheme }) {
	switch (scheme) {
		case 'cause':
			return <CauseScheme {...props} />;
		case 'matrix':
		case 'dickbasu':
			// Keyed: each matrix is its own chart and table, as when switching between schemes.
			return <MatrixScheme key={scheme} {...props} scheme={scheme} />;
		case 'index':
			return <IndexScheme {...props} />;
		default:
			return assertNever(scheme);
	}
}

/** The loyalty classifier: cause types, the satisfaction × loyalty matrix, Dick & Basu, the loyalty index. */
export default function LoyaltyCalculator(props: CalculatorProps<LoyaltyParams>) {
	const { state, update, link, idPrefix, headingLevel } = useCalculatorState(LOYALTY, props);
	const form = useMemo(() => readLoyaltyForm(state), [state]);
	const scheme = state.scheme;
	return (
		<CalculatorShell id="loyalty" link={() => link()}>
			<ModePicker
				legend={t('loy.scheme')}
				name={`${idPrefix}-scheme`}
				options={LOYALTY_PARAMS.scheme.options.map((s) => ({
					value: s,
					label: t(`loy.scheme.${s}`),
				}))}
				value={scheme}
				onChange={(s) => update({ scheme: s })}
				description={t(`loy.scheme.${scheme}.desc`)}
			/>
			<SchemeView
				scheme={scheme}
				state={state}
				form={form}
				update={update}
				idPrefix={idPrefix}
				headingLevel={headingLevel}
			/>
		</CalculatorShell>
	);
}
