import type { ComponentChildren } from 'preact';
import type { SatisfactionIssue, Verdict } from '../../lib/crm/satisfaction';
import type { StateOf } from '../../lib/share/codec';
import type { SatisfactionParams } from '../../lib/calculators/satisfaction';
import { t } from '../../i18n/client';
import type { MessageKey } from '../../i18n';

export type SatState = StateOf<SatisfactionParams>;

export interface ModeProps {
	state: SatState;
	update: (patch: Partial<SatState>) => void;
	idPrefix: string;
	headingLevel: 2 | 3;
}

export const verdictLabel = (v: Verdict) => t(`sat.verdict.${v}` as MessageKey);
export const issueText = (issues: readonly SatisfactionIssue[]) =>
	t(`sat.issue.${issues[0]}` as MessageKey);

/** The block a mode shows when its numbers cannot be computed: why, in Chinese. */
export function Notice({ children }: { children: ComponentChildren }) {
	return <p class="calc__notice">{children}</p>;
}
