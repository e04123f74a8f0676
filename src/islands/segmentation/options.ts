/**
 * The option fields' issue codes (from readSegmentationForm) in Chinese, one message per field.
 */
import {
	SEGMENTATION_FIELDS,
	type BoundsIssue,
	type BoundsParam,
	type CutoffIssue,
	type SegmentationIssues,
	type SegmentationState,
} from '../../lib/calculators/segmentation';
import { issueMessage } from '../../i18n/issues';
import { t } from '../../i18n/client';

export type OptionErrors = Partial<Record<keyof SegmentationIssues, string>>;

const BOUNDS: readonly BoundsParam[] = ['rb', 'fb', 'mb'];

function boundsMessage(code: BoundsIssue, param: BoundsParam, example: string): string {
	switch (code) {
		case 'bounds-count':
		case 'bounds-not-ascending':
			return t('seg.issue.bounds', { example });
		default:
			return issueMessage([code], SEGMENTATION_FIELDS[param]);
	}
}

function cutoffMessage(code: CutoffIssue): string {
	return code === 'bad-cutoffs'
		? t('seg.problem.bad-cutoffs')
		: issueMessage([code], SEGMENTATION_FIELDS.b);
}

/**
 * The message beside each field with issues. A bounds message gives the page's own bounds as its
 * example; the tier sizes have one message that says everything they need.
 */
export function optionErrors(
	issues: SegmentationIssues,
	examples: Pick<SegmentationState, BoundsParam>,
): OptionErrors {
	const errors: OptionErrors = {};
	for (const param of BOUNDS) {
		const code = issues[param]?.[0];
		if (code) errors[param] = boundsMessage(code, param, examples[param]);
	}
	if (issues.a?.[0]) errors.a = issueMessage(issues.a, SEGMENTATION_FIELDS.a);
	if (issues.b?.[0]) errors.b = cutoffMessage(issues.b[0]);
	if (issues.pyr?.[0]) errors.pyr = t('seg.issue.pyr');
	return errors;
}
