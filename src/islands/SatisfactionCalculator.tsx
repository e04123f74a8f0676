import { defaultState, type StateOf } from '../lib/share/codec';
import { SATISFACTION_PARAMS, type SatisfactionParams } from '../lib/share/satisfaction';
import { installStrings, t } from '../i18n/client';
import type { MessageKey, Strings } from '../i18n';
import { ModePicker } from './kit/ModePicker';
import { ShareLink } from './kit/ShareLink';
import { useUrlState } from './kit/useUrlState';
import { CountsMode } from './satisfaction/CountsMode';
import { IndexMode } from './satisfaction/IndexMode';
import { RatioMode } from './satisfaction/RatioMode';
import { ServqualMode } from './satisfaction/ServqualMode';

type Mode = (typeof SATISFACTION_PARAMS.mode.options)[number];

/** Key prefixes of the strings this calculator shows; its wrapper passes exactly these. */
export const SATISFACTION_STRINGS = ['sat.', 'kit.', 'issue.'] as const;

interface Props {
	/** The UI strings this calculator shows (its wrapper passes them; see pickStrings). */
	strings: Strings;
	/** Starting values as query-string text (a chapter can embed the calculator with its own example). */
	defaults?: Partial<StateOf<SatisfactionParams>>;
	/** Keep the inputs in the page's URL (the tool page), or leave the URL alone (embedded). */
	syncUrl?: boolean;
	idPrefix?: string;
	headingLevel?: 2 | 3;
}

/** The satisfaction calculator: C = P / E, weighted and ACSI-style indices, SERVQUAL, distributions, NPS. */
export default function SatisfactionCalculator({
	strings,
	defaults = {},
	syncUrl = true,
	idPrefix = 'sat',
	headingLevel = 3,
}: Props) {
	installStrings(strings);
	const [state, update, link] = useUrlState(
		SATISFACTION_PARAMS,
		{ ...defaultState(SATISFACTION_PARAMS), ...defaults },
		syncUrl,
	);
	const mode = state.mode as Mode;
	const props = { state, update, idPrefix, headingLevel };
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
			{mode === 'ratio' && <RatioMode {...props} />}
			{mode === 'index' && <IndexMode {...props} acsi={false} />}
			{mode === 'acsi' && <IndexMode {...props} acsi />}
			{mode === 'servqual' && <ServqualMode {...props} />}
			{mode === 'distribution' && <CountsMode {...props} isNps={false} />}
			{mode === 'nps' && <CountsMode {...props} isNps />}
			<ShareLink link={() => link()} />
		</div>
	);
}
