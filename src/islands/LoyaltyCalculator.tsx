import { defaultState, type StateOf } from '../lib/share/codec';
import { LOYALTY_PARAMS, type LoyaltyParams } from '../lib/share/loyalty';
import type { MessageKey, Strings } from '../i18n';
import { installStrings, t } from '../i18n/client';
import { ModePicker } from './kit/ModePicker';
import { ShareLink } from './kit/ShareLink';
import { useUrlState } from './kit/useUrlState';
import { CauseScheme } from './loyalty/CauseScheme';
import { IndexScheme } from './loyalty/IndexScheme';
import { MatrixScheme } from './loyalty/MatrixScheme';

type Scheme = (typeof LOYALTY_PARAMS.scheme.options)[number];

/** Key prefixes of the strings this calculator shows; its wrapper passes exactly these. */
export const LOYALTY_STRINGS = ['loy.', 'kit.', 'issue.'] as const;

interface Props {
	/** The UI strings this calculator shows (its wrapper passes them; see pickStrings). */
	strings: Strings;
	defaults?: Partial<StateOf<LoyaltyParams>>;
	syncUrl?: boolean;
	idPrefix?: string;
	headingLevel?: 2 | 3;
}

/** The loyalty classifier: cause types, the satisfaction × loyalty matrix, Dick & Basu, the loyalty index. */
export default function LoyaltyCalculator({
	strings,
	defaults = {},
	syncUrl = true,
	idPrefix = 'loy',
	headingLevel = 3,
}: Props) {
	installStrings(strings);
	const [state, update, link] = useUrlState(
		LOYALTY_PARAMS,
		{ ...defaultState(LOYALTY_PARAMS), ...defaults },
		syncUrl,
	);
	const scheme = state.scheme as Scheme;
	const props = { state, update, idPrefix, headingLevel };
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
			{scheme === 'cause' && <CauseScheme {...props} />}
			{scheme === 'matrix' && <MatrixScheme {...props} scheme="matrix" />}
			{scheme === 'dickbasu' && <MatrixScheme {...props} scheme="dickbasu" />}
			{scheme === 'index' && <IndexScheme {...props} />}
			<ShareLink link={() => link()} />
		</div>
	);
}
