import type { Stage, StageReason } from '../../lib/crm/lifecycle';
import type { FieldSpec } from '../../lib/crm/parse';
import {
	LIFECYCLE_FIELDS,
	LIFECYCLE_SERIES,
	type ItemIssue,
	type LifecycleIssues,
	type LifecycleUnit,
	type MoneyIssue,
	type SeriesIssue,
} from '../../lib/calculators/lifecycle';
import { assertNever } from '../../lib/result';
import { issueMessage } from '../../i18n/issues';
import { t } from '../../i18n/client';

export const stageLabel = (stage: Stage) => t(`life.stage.${stage}`);
export const reasonLabel = (reason: StageReason) => t(`life.reason.${reason}`);

const itemMessage = (issue: ItemIssue, spec: FieldSpec) =>
	t('life.issue.item', { n: issue.index + 1, message: issueMessage(issue.issues, spec) });

function seriesIssueMessage(issue: SeriesIssue, unit: LifecycleUnit): string {
	switch (issue.code) {
		case 'empty':
			return t('life.issue.empty');
		case 'item':
			return itemMessage(issue, LIFECYCLE_SERIES[unit]);
		default:
			return assertNever(issue);
	}
}

function moneyIssueMessage(issue: MoneyIssue, spec: FieldSpec): string {
	switch (issue.code) {
		case 'item':
			return itemMessage(issue, spec);
		case 'length-mismatch':
			return t('life.issue.length', { n: issue.expected });
		default:
			return assertNever(issue);
	}
}

/** The message under the series: nothing typed, or the first item that does not parse. */
export function seriesError(issues: LifecycleIssues, unit: LifecycleUnit): string | undefined {
	const first = issues.v?.[0];
	return first && seriesIssueMessage(first, unit);
}

/** The one notice about revenue and cost: a bad item (revenue's first), else the period count. */
export function moneyError(issues: LifecycleIssues): string | undefined {
	const found = (['revenue', 'cost'] as const).flatMap((param) =>
		(issues[param] ?? []).map((issue) => ({ param, issue })),
	);
	// Fixing a bad item may fix the count too, so the item is named first.
	const first = found.find(({ issue }) => issue.code === 'item') ?? found[0];
	return first && moneyIssueMessage(first.issue, LIFECYCLE_FIELDS[first.param]);
}
