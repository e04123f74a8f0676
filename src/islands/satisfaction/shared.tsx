import type { ComponentChildren } from 'preact';
import { issueMessage } from '../../i18n/issues';
import { percentFix } from '../../lib/crm/parse';
import { NumberField } from '../kit/NumberField';
import type { SatisfactionIssue, Verdict } from '../../lib/crm/satisfaction';
import {
	SATISFACTION_SCALARS,
	type ScalarParam,
	type SatisfactionIssues,
	type SatisfactionState,
} from '../../lib/calculators/satisfaction';
import { t } from '../../i18n/client';
import type { MessageKey } from '../../i18n';

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

/** One of the calculator's one-number fields (E, P, band, scale ends, lowest point), with its message. */
export function ScalarField({
	mode: { state, update, idPrefix, issues },
	field,
	unit,
	hint,
	inputMode,
}: {
	mode: ModeProps;
	field: ScalarParam;
	unit?: string;
	hint?: MessageKey;
	inputMode?: 'decimal' | 'numeric';
}) {
	const found = issues[field];
	return (
		<NumberField
			id={`${idPrefix}-${field}`}
			label={t(`sat.field.${field}`)}
			unit={unit}
			hint={hint && t(hint)}
			value={state[field]}
			onInput={(v) => update({ [field]: v })}
			error={found && issueMessage(found, SATISFACTION_SCALARS[field], state[field])}
			fix={found && percentFix(found, state[field])}
			inputMode={inputMode}
		/>
	);
}
