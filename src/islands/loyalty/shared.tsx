import type { StateOf } from '../../lib/share/codec';
import type { LoyaltyParams } from '../../lib/calculators/loyalty';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';

export type LoyState = StateOf<LoyaltyParams>;

export interface SchemeProps {
	state: LoyState;
	update: (patch: Partial<LoyState>) => void;
	idPrefix: string;
	headingLevel: 2 | 3;
}

export const classLabel = (code: string) => t(`loy.class.${code}` as MessageKey);
export const levelLabel = (level: string) => t(`loy.level.${level}` as MessageKey);

/** The verdict block every scheme shows: the class and the rule that decided it. */
export function Verdict({ code, rule }: { code: string; rule: string }) {
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
