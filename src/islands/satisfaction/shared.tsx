import type { ComponentChildren } from 'preact';
import type { SatisfactionIssue, Verdict } from '../../lib/crm/satisfaction';
import type { SatisfactionIssues, SatisfactionState } from '../../lib/calculators/satisfaction';
import { t } from '../../i18n/client';

/** What every mode takes from the root besides its part of the reader's result. */
export interface ModeProps {
	state: SatisfactionState;
	update: (patch: Partial<SatisfactionState>) => void;
	idPrefix: string;
	headingLevel: 2 | 3;
	/** The reader's issue codes, by parameter. */
	issues: SatisfactionIssues;
}

export const verdictLabel = (v: Verdict) => t(`sat.verdict.${v}`);
/** The first of a formula's issues (the one to fix first; a failed Result carries one), in Chinese. */
export const issueText = (issues: readonly SatisfactionIssue[]) => t(`sat.issue.${issues[0]!}`);

/** The block a mode shows when its numbers cannot be computed: why, in Chinese. */
export function Notice({ children }: { children: ComponentChildren }) {
	return <p class="calc__notice">{children}</p>;
}
