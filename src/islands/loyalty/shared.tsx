import type { LoyaltyForm, LoyaltyState } from '../../lib/calculators/loyalty';
import type { CauseClass, DickBasuClass, Level, MatrixClass } from '../../lib/crm/loyalty';
import { t } from '../../i18n/client';

export interface SchemeProps {
	state: LoyaltyState;
	/** The reader's result for the whole state (every scheme's input and issues). */
	form: LoyaltyForm;
	update: (patch: Partial<LoyaltyState>) => void;
	idPrefix: string;
	headingLevel: 2 | 3;
}

export type LoyaltyClass = CauseClass | MatrixClass | DickBasuClass;

export const classLabel = (code: LoyaltyClass) => t(`loy.class.${code}`);
export const levelLabel = (level: Level) => t(`loy.level.${level}`);

/** The verdict block every scheme shows: the class and the rule that decided it. */
export function Verdict({ code, rule }: { code: LoyaltyClass; rule: string }) {
	return (
		<div class="calc__results" aria-live="polite">
			<div class="result-card result-card--primary">
				<span class="result-card__label">{t('loy.result.class')}</span>
				<span class="result-card__value">
					<output data-result="class" data-value={code}>
						{classLabel(code)}
					</output>
				</span>
				<span class="result-card__note">
					{t('loy.result.rule')}：<output data-result="rule">{rule}</output>
				</span>
			</div>
		</div>
	);
}
