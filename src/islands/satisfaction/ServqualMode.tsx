import { servqual, SERVQUAL_DIMENSIONS } from '../../lib/crm/satisfaction';
import {
	isServqualDimension,
	SATISFACTION_FIELDS,
	SQ_COLUMNS,
	type SatisfactionForm,
} from '../../lib/calculators/satisfaction';
import { formatNumber } from '../../lib/format/number';
import { encodeList, encodeRows } from '../../lib/share/rows';
import { t } from '../../i18n/client';
import { ChartCanvas } from '../kit/ChartCanvas';
import { CsvButton } from '../kit/CsvButton';
import { FormulaSteps } from '../kit/FormulaSteps';
import { Expr, Frac } from '../kit/math';
import { Output, ResultCard } from '../kit/Output';
import { RowsEditor } from '../kit/RowsEditor';
import { issueText, Notice, type ModeProps } from './shared';

/** A dimension's name; a code outside the five (from a hand-made link) is shown as it is. */
const dimLabel = (d: string) => (isServqualDimension(d) ? t(`sat.dim.${d}`) : d);
const fmt = (x: number) => formatNumber(x, 3);
/** A term in a sum: a negative one in brackets with a true minus sign, "(−1.4)". */
const term = (x: number) => (x < 0 ? `(−${fmt(-x)})` : fmt(x));

/** SERVQUAL: items grouped by the five dimensions, dimension gaps, overall and weighted gaps, a bar chart. */
export function ServqualMode({
	update,
	idPrefix,
	headingLevel,
	form,
}: ModeProps & { form: SatisfactionForm['servqual'] }) {
	const { items, weights, input } = form;
	const { rows, read } = items;
	const result = input ? servqual(input.items, input.weights) : null;
	const none = t('kit.none');
	const dims = result?.ok ? result.value.dimensions : [];
	const weightTotal = dims.reduce((sum, d) => sum + d.weight, 0);

	return (
		<>
			<RowsEditor
				id={`${idPrefix}-sq`}
				caption={t('sat.sqItems')}
				columns={[
					{
						label: t('sat.col.dimension'),
						spec: SQ_COLUMNS[0],
						options: SERVQUAL_DIMENSIONS.map((d) => ({ value: d, label: dimLabel(d) })),
					},
					{ label: t('sat.col.item'), spec: SQ_COLUMNS[1] },
					{ label: t('sat.col.expected'), spec: SQ_COLUMNS[2] },
					{ label: t('sat.col.perceived'), spec: SQ_COLUMNS[3] },
				]}
				rows={rows}
				issues={read.issues}
				onChange={(next) => update({ sq: encodeRows(next) })}
				newRow={['tangibles', '', '', '']}
			/>
			<RowsEditor
				id={`${idPrefix}-sqw`}
				caption={t('sat.sqWeights')}
				columns={SERVQUAL_DIMENSIONS.map((d) => ({
					label: dimLabel(d),
					spec: SATISFACTION_FIELDS.weight,
				}))}
				rows={[weights.cells]}
				issues={weights.read.issues}
				onChange={(next) => update({ sqw: encodeList(next[0] ?? []) })}
				newRow={[]}
				minRows={1}
				maxRows={1}
			/>
			<div class="calc__results" aria-live="polite">
				<ResultCard label={t('sat.result.servqual')} primary>
					<Output name="servqual" value={result?.ok ? result.value.gap : null}>
						{result?.ok ? fmt(result.value.gap) : none}
					</Output>
				</ResultCard>
				<ResultCard label={t('sat.result.servqualWeighted')}>
					<Output name="servqual-weighted" value={result?.ok ? result.value.weightedGap : null}>
						{result?.ok ? fmt(result.value.weightedGap) : none}
					</Output>
				</ResultCard>
				{result && !result.ok && <Notice>{issueText(result.issues)}</Notice>}
				{!input && <Notice>{t('kit.fixInputs')}</Notice>}
			</div>
			{result?.ok && (
				<>
					<table class="calc__compare">
						<caption>{t('sat.sqTable')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('sat.col.dimension')}</th>
								<th scope="col" class="num">
									{t('sat.col.expected')}
								</th>
								<th scope="col" class="num">
									{t('sat.col.perceived')}
								</th>
								<th scope="col" class="num">
									{t('sat.col.gap')}
								</th>
								<th scope="col" class="num">
									{t('sat.col.weight')}
								</th>
							</tr>
						</thead>
						<tbody>
							{dims.map((d) => (
								<tr data-dimension={d.dimension}>
									<th scope="row">{dimLabel(d.dimension)}</th>
									<td class="num">{fmt(d.expected)}</td>
									<td class="num">{fmt(d.perceived)}</td>
									<td class="num" data-value={String(d.gap)}>
										{fmt(d.gap)}
									</td>
									<td class="num">{fmt(d.weight)}</td>
								</tr>
							))}
						</tbody>
					</table>
					<FormulaSteps
						headingLevel={headingLevel}
						steps={[
							{
								label: t('kit.stepFormula'),
								math: (
									<Expr
										parts={[
											t('sat.step.gap'),
											'=',
											t('sat.step.meanP'),
											'−',
											t('sat.step.meanE'),
											t('sat.listSep'),
											t('sat.step.totalGap'),
											'=',
											t('sat.step.gapAverage'),
											t('sat.listSep'),
											t('sat.result.servqualWeighted'),
											'=',
											<Frac
												num={<Expr parts={['Σ', 'w', '×', t('sat.step.gap')]} />}
												den={<Expr parts={['Σ', 'w']} />}
											/>,
										]}
									/>
								),
								text: t('sat.step.gapFormula'),
							},
							{
								label: t('kit.stepSubstitute'),
								math: (
									<Expr
										parts={[
											t('sat.step.totalGap'),
											'=',
											'(',
											...dims.flatMap((d, i) => [...(i ? ['+'] : []), term(d.gap)]),
											')',
											'÷',
											String(dims.length),
											t('sat.listSep'),
											t('sat.result.servqualWeighted'),
											'=',
											<Frac
												num={
													<Expr
														parts={dims.flatMap((d, i) => [
															...(i ? ['+'] : []),
															fmt(d.weight),
															'×',
															term(d.gap),
														])}
													/>
												}
												den={<mn>{fmt(weightTotal)}</mn>}
											/>,
										]}
									/>
								),
								text: `${t('sat.step.totalGap')} = (${dims.map((d) => term(d.gap)).join(' + ')}) ÷ ${dims.length}${t('sat.listSep')}${t('sat.result.servqualWeighted')} = (${dims.map((d) => `${fmt(d.weight)} × ${term(d.gap)}`).join(' + ')}) ÷ ${fmt(weightTotal)}`,
							},
							{
								label: t('kit.stepResult'),
								math: (
									<Expr
										parts={[
											t('sat.step.totalGap'),
											'=',
											fmt(result.value.gap),
											t('sat.listSep'),
											t('sat.result.servqualWeighted'),
											'=',
											fmt(result.value.weightedGap),
										]}
									/>
								),
								text: `${t('sat.step.totalGap')} = ${fmt(result.value.gap)}${t('sat.listSep')}${t('sat.result.servqualWeighted')} = ${fmt(result.value.weightedGap)}`,
							},
						]}
					/>
					<ChartCanvas
						id={`${idPrefix}-sq-chart`}
						kind="bar"
						labels={dims.map((d) => dimLabel(d.dimension))}
						series={[{ label: t('sat.chart.servqual'), data: dims.map((d) => d.gap), role: 'bar' }]}
						summary={t('sat.chart.servqualSummary', {
							list: dims.map((d) => `${dimLabel(d.dimension)} ${fmt(d.gap)}`).join('，'),
						})}
						labelHeader={t('sat.col.dimension')}
						format={fmt}
						pngName={t('sat.pngName', { mode: t('sat.mode.servqual') })}
					/>
					<CsvButton
						name={t('sat.csvName', { mode: t('sat.mode.servqual') })}
						header={[
							t('sat.col.dimension'),
							t('sat.col.expected'),
							t('sat.col.perceived'),
							t('sat.col.gap'),
							t('sat.col.weight'),
						]}
						rows={() =>
							dims.map((d) => [dimLabel(d.dimension), d.expected, d.perceived, d.gap, d.weight])
						}
					/>
				</>
			)}
		</>
	);
}
