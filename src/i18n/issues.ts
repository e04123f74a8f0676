import { normaliseInput, type FieldSpec, type IssueCode } from '../lib/crm/parse';
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

/**
 * The value a one-click fix puts in a percent field given 0.08 for 8 %: the typed number × 100,
 * with a % sign ("8%"), exact in decimal; undefined where the issue is another.
 * @example percentFix(['fraction-as-percent'], '0.085') // '8.5%'
 */
export function percentFix(issues: readonly IssueCode[], raw: string): string | undefined {
	if (issues[0] !== 'fraction-as-percent') return undefined;
	const match = /^([+-]?)0*(\d*)\.(\d+)$/.exec(normaliseInput(raw));
	if (!match) return undefined;
	const [, sign, whole, fraction] = match as unknown as [string, string, string, string];
	const digits = `${whole}${fraction.padEnd(2, '0')}`;
	const shifted = `${digits.slice(0, whole.length + 2)}.${digits.slice(whole.length + 2)}`;
	const clean = shifted.replace(/^0+(?=\d)/, '').replace(/\.?0*$/, '');
	return `${sign === '-' ? '-' : ''}${clean}%`;
}
