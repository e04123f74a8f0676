import { normaliseInput, percentFix, type FieldSpec, type IssueCode } from '../lib/crm/parse';
import { formatNumber, formatPercent } from '../lib/format/number';
import { t } from './client';

/** A limit in the units the person types: percent fields show 100%, money fields ¥ amounts. */
function limit(spec: FieldSpec, value: number): string {
	return spec.kind === 'percent' ? formatPercent(value) : formatNumber(value, 2);
}

const notANumber = (spec: FieldSpec) =>
	t('issue.notANumber', { example: t(`issue.example.${spec.kind}`) });

/**
 * The one place that turns parse issue codes into Chinese. The first issue is the one to fix first.
 * @example issueMessage(['below-min'], { kind: 'integer', min: 1 }) // '不能小于 1。'
 */
export function issueMessage(
	issues: readonly IssueCode[],
	spec: FieldSpec,
	/** What the person typed, where the message can quote it. */
	raw?: string,
): string {
	const code = issues[0];
	switch (code) {
		case 'fraction-as-percent': {
			const percent = raw === undefined ? undefined : percentFix(issues, raw);
			return percent
				? t('issue.fractionAsPercent', { typed: normaliseInput(raw!), percent })
				: t('issue.fractionAsPercent.plain');
		}
		case 'empty':
			return t('issue.empty');
		case 'not-a-number':
			return notANumber(spec);
		case 'below-min':
			return t('issue.belowMin', { min: limit(spec, spec.min ?? 0) });
		case 'above-max':
			return t('issue.aboveMax', { max: limit(spec, spec.max ?? 0) });
		case 'too-many-decimals':
			return t('issue.tooManyDecimals', { n: spec.maxDecimals ?? (spec.kind === 'money' ? 2 : 4) });
		case 'not-integer':
			return t('issue.notInteger');
		case 'unexpected-percent':
			return t('issue.unexpectedPercent');
		case 'unexpected-currency':
			return t('issue.unexpectedCurrency');
		default:
			return notANumber(spec);
	}
}
