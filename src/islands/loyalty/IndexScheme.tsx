import { useMemo } from 'preact/hooks';
import { LOYALTY_INDICATORS, loyaltyIndex, repeatBand } from '../../lib/crm/loyalty';
import { readTable, type FieldSpec } from '../../lib/crm/parse';
import { formatNumber } from '../../lib/format/number';
import { decodeList, encodeList } from '../../lib/share/rows';
import { issueMessage } from '../../i18n/issues';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { FormulaSteps } from '../kit/FormulaSteps';
import { Expr, Frac } from '../kit/math';
import { NumberField } from '../kit/NumberField';
import { Output, ResultCard } from '../kit/Output';
import type { SchemeProps } from './shared';

const SCORE: FieldSpec = { kind: 'number', min: 0, max: 100, maxDecimals: 2 };
const WEIGHT: FieldSpec = { kind: 'number', min: 0, max: 1000, maxDecimals: 4 };
const label = (k: string) => t(`loy.ind.${k}` as MessageKey);

/** The loyalty index: six indicators with weights → Σ w x / Σ w, and the repeat-purchase band. */
export function IndexScheme({ state, update, idPrefix, headingLevel }: SchemeProps) {
	const cells = useMemo(() => {
		const scores = decodeList(state.ix, 6);
		const weights = decodeList(state.iw, 6);
		return LOYALTY_INDICATORS.map((_, i) => [scores[i] ?? '', weights[i] ?? '']);
	}, [state.ix, state.iw]);
	const read = readTable(cells, [SCORE, WEIGHT]);
	const set = (i: number, col: 0 | 1, value: string) => {
		const next = cells.map((row, j) =>
			j === i ? (col === 0 ? [value, row[1]!] : [row[0]!, value]) : row,
		);
		update({ ix: encodeList(next.map((r) => r[0]!)), iw: encodeList(next.map((r) => r[1]!)) });
	};
	const scores = Object.fromEntries(LOYALTY_INDICATORS.map((k, i) => [k, read.values[i]![0] ?? 0]));
	const weights = Object.fromEntries(
		LOYALTY_INDICATORS.map((k, i) => [k, read.values[i]![1] ?? 0]),
	);
	const result = read.complete ? loyaltyIndex(scores, weights) : null;
	const band = read.values[0]![0] === null ? null : repeatBand(read.values[0]![0]! / 100);
	const none = t('kit.none');
	const total = LOYALTY_INDICATORS.reduce((s, k) => s + weights[k]!, 0);

	return (
		<>
			<div class="calc__fields">
				{LOYALTY_INDICATORS.map((k, i) => (
					<>
						<NumberField
							id={`${idPrefix}-ix${i}`}
							label={t('loy.field.score', { indicator: label(k) })}
							value={cells[i]![0]!}
							onInput={(v) => set(i, 0, v)}
							error={read.issues[i]![0] ? issueMessage(read.issues[i]![0]!, SCORE) : undefined}
						/>
						<NumberField
							id={`${idPrefix}-iw${i}`}
							label={t('loy.field.weight', { indicator: label(k) })}
							value={cells[i]![1]!}
							onInput={(v) => set(i, 1, v)}
							error={read.issues[i]![1] ? issueMessage(read.issues[i]![1]!, WEIGHT) : undefined}
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
						{band ? t(`loy.band.${band}` as MessageKey) : none}
					</output>
				</ResultCard>
				{result && !result.ok && (
					<p class="calc__notice">{t(`loy.issue.${result.issues[0]}` as MessageKey)}</p>
				)}
				{!read.complete && <p class="calc__notice">{t('kit.fixInputs')}</p>}
			</div>
			{result?.ok && (
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
														formatNumber(weights[k]!, 4),
														'×',
														formatNumber(scores[k]!, 2),
													])}
												/>
											}
											den={<mn>{formatNumber(total, 4)}</mn>}
										/>,
									]}
								/>
							),
							text: LOYALTY_INDICATORS.map(
								(k) => `${formatNumber(weights[k]!, 4)} × ${formatNumber(scores[k]!, 2)}`,
							).join(' + '),
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
