import { LOYALTY, LOYALTY_PARAMS, type LoyaltyParams } from '../lib/calculators/loyalty';
import type { MessageKey } from '../i18n';
import { t } from '../i18n/client';
import { ModePicker } from './kit/ModePicker';
import { ShareLink } from './kit/ShareLink';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';
import { CauseScheme } from './loyalty/CauseScheme';
import { IndexScheme } from './loyalty/IndexScheme';
import { MatrixScheme } from './loyalty/MatrixScheme';

type Scheme = (typeof LOYALTY_PARAMS.scheme.options)[number];

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const LOYALTY_STRINGS = LOYALTY.strings;

/** The loyalty classifier: cause types, the satisfaction × loyalty matrix, Dick & Basu, the loyalty index. */
export default function LoyaltyCalculator(props: CalculatorProps<LoyaltyParams>) {
	const { state, update, link, idPrefix, headingLevel } = useCalculatorState(LOYALTY, props);
	const scheme = state.scheme as Scheme;
	const shared = { state, update, idPrefix, headingLevel };
	return (
		<div class="calc" data-calculator="loyalty">
			<ModePicker
				legend={t('loy.scheme')}
				name={`${idPrefix}-scheme`}
				options={LOYALTY_PARAMS.scheme.options.map((s) => ({
					value: s,
					label: t(`loy.scheme.${s}` as MessageKey),
				}))}
				value={scheme}
				onChange={(s) => update({ scheme: s })}
				description={t(`loy.scheme.${scheme}.desc` as MessageKey)}
			/>
			{scheme === 'cause' && <CauseScheme {...shared} />}
			{scheme === 'matrix' && <MatrixScheme {...shared} scheme="matrix" />}
			{scheme === 'dickbasu' && <MatrixScheme {...shared} scheme="dickbasu" />}
			{scheme === 'index' && <IndexScheme {...shared} />}
			<ShareLink link={() => link()} />
		</div>
	);
}
