import { LOYALTY_LISTS } from '../../lib/calculators/loyalty';
import {
	LOYALTY_INDICATORS,
	loyaltyIndex,
	repeatBand,
	type LoyaltyIndicator,
} from '../../lib/crm/loyalty';
import { formatNumber } from '../../lib/format/number';
import { encodeList } from '../../lib/share/rows';
import { issueMessage } from '../../i18n/issues';
import { t } from '../../i18n/client';
import { FormulaSteps } from '../kit/FormulaSteps';
import { Expr, Frac } from '../kit/math';
import { NumberField } from '../kit/NumberField';
import { Output, ResultCard } from '../kit/Output';
import type { SchemeProps } from './shared';

const label = (k: LoyaltyIndicator) => t(`loy.ind.${k}`);

/** The loyalty index: six indicators with weights → Σ w x / Σ w, and the repeat-purchase band. */
export function IndexScheme({ form, update, idPrefix, headingLevel }: SchemeProps) {
	const { cells, cellIssues, input, repeatProbability } = form.index;
	const set = (i: number, col: 0 | 1, value: string) => {
		const next = cells.map((row, j): [string, string] =>
			j === i ? (col === 0 ? [value, row[1]] : [row[0], value]) : row,
		);
		update({ ix: encodeList(next.map((r) => r[0])), iw: encodeList(next.map((r) => r[1])) });
	};
	const result = input ? loyaltyIndex(input.scores, input.weights) : null;
	const indexIssue = result && !result.ok ? result.issues[0] : undefined;
	const band = repeatProbability === null ? null : repeatBand(repeatProbability);
	const none = t('kit.none');
	const total = input ? LOYALTY_INDICATORS.reduce((s, k) => s + input.weights[k], 0) : 0;
	const error = (i: number, col: 0 | 1) => {
		const issues = cellIssues[i]?.[col];
		return issues
			? issueMessage(issues, col === 0 ? LOYALTY_LISTS.ix : LOYALTY_LISTS.iw)
			: undefined;
	};

	return (
		<>
			<div class="calc__fields">
				{LOYALTY_INDICATORS.map((k, i) => (
					<>
						<NumberField
							id={`${idPrefix}-ix${i}`}
							label={t('loy.field.score', { indicator: label(k) })}
							value={cells[i]![0]}
							onInput={(v) => set(i, 0, v)}
							error={error(i, 0)}
						/>
						<NumberField
							id={`${idPrefix}-iw${i}`}
							label={t('loy.field.weight', { indicator: label(k) })}
							value={cells[i]![1]}
							onInput={(v) => set(i, 1, v)}
							error={error(i, 1)}
						/>
					</>
				))}
			</div>
			<div class="calc__results" aria-live="polite">
				<ResultCard label={t('loy.result.index')} primary>
					<Output name="index" value={result?.ok ? result.value : null}>
						{result?.ok ? formatNumber(result.value, 2) : none}
					</Output>
				</ResultCard>
				<ResultCard label={t('loy.result.band')}>
					<output data-result="band" data-value={band ?? ''}>
						{band ? t(`loy.band.${band}`) : none}
					</output>
				</ResultCard>
				{indexIssue && <p class="calc__notice">{t(`loy.issue.${indexIssue}`)}</p>}
				{!input && <p class="calc__notice">{t('kit.fixInputs')}</p>}
			</div>
			{input && result?.ok && (
				<FormulaSteps
					headingLevel={headingLevel}
					steps={[
						{
							label: t('kit.stepFormula'),
							math: (
								<Expr
									parts={[
										t('loy.step.index'),
										'=',
										<Frac
											num={<Expr parts={['Σ', 'w', 'x']} />}
											den={<Expr parts={['Σ', 'w']} />}
										/>,
									]}
								/>
							),
							text: t('loy.step.formula'),
						},
						{
							label: t('kit.stepSubstitute'),
							math: (
								<Expr
									parts={[
										t('loy.step.index'),
										'=',
										<Frac
											num={
												<Expr
													parts={LOYALTY_INDICATORS.flatMap((k, i) => [
														...(i ? ['+'] : []),
														formatNumber(input.weights[k], 4),
														'×',
														formatNumber(input.scores[k], 2),
													])}
												/>
											}
											den={<mn>{formatNumber(total, 4)}</mn>}
										/>,
									]}
								/>
							),
							text: `${t('loy.step.index')} = (${LOYALTY_INDICATORS.map(
								(k) => `${formatNumber(input.weights[k], 4)} × ${formatNumber(input.scores[k], 2)}`,
							).join(' + ')}) ÷ ${formatNumber(total, 4)}`,
						},
						{
							label: t('kit.stepResult'),
							math: <Expr parts={[t('loy.step.index'), '=', formatNumber(result.value, 2)]} />,
							text: `${t('loy.step.index')} = ${formatNumber(result.value, 2)}`,
						},
					]}
				/>
			)}
		</>
	);
}
