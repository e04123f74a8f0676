import { attributeTable, satisfactionRatio } from '../../lib/crm/satisfaction';
import { ATTR_COLUMNS, type SatisfactionForm } from '../../lib/calculators/satisfaction';
import { formatNumber, formatPercent } from '../../lib/format/number';
import { encodeRows } from '../../lib/share/rows';
import { t } from '../../i18n/client';
import { CsvButton } from '../kit/CsvButton';
import { FormulaSteps } from '../kit/FormulaSteps';
import { Expr, Frac, Mi } from '../kit/math';
import { Output, ResultCard } from '../kit/Output';
import { RowsEditor } from '../kit/RowsEditor';
import { issueText, Notice, verdictLabel, type ModeProps, ScalarField } from './shared';

/** C = P / E for one pair, and for a table of attributes with weights. */
export function RatioMode({ form, ...mode }: ModeProps & { form: SatisfactionForm['ratio'] }) {
	const { update, idPrefix, headingLevel } = mode;
	const { pair: input, attrs, attributes } = form;
	const pair = input ? satisfactionRatio(input.perceived, input.expected, input.band) : null;
	const { rows, read } = attrs;
	const table = attributes ? attributeTable(attributes.rows, attributes.band) : null;
	const none = t('kit.none');

	return (
		<>
			<div class="calc__fields">
				<ScalarField mode={mode} field="e" />
				<ScalarField mode={mode} field="p" />
				<ScalarField mode={mode} field="band" unit="%" hint="sat.field.band.hint" />
			</div>
			<div class="calc__results" aria-live="polite">
				<ResultCard
					label={t('sat.result.ratio')}
					primary
					note={
						pair?.ok
							? t('sat.result.relativeGap', { value: formatPercent(pair.value.relativeGap, 2) })
							: undefined
					}
				>
					<Output name="ratio" value={pair?.ok ? pair.value.ratio : null}>
						{pair?.ok ? formatNumber(pair.value.ratio, 4) : none}
					</Output>
				</ResultCard>
				<ResultCard label={t('sat.result.gap')}>
					<Output name="gap" value={pair?.ok ? pair.value.gap : null}>
						{pair?.ok ? formatNumber(pair.value.gap, 4) : none}
					</Output>
				</ResultCard>
				<ResultCard label={t('sat.result.verdict')}>
					<output data-result="verdict" data-value={pair?.ok ? pair.value.verdict : ''}>
						{pair?.ok ? verdictLabel(pair.value.verdict) : none}
					</output>
				</ResultCard>
				{pair && !pair.ok && <Notice>{issueText(pair.issues)}</Notice>}
			</div>
			{pair?.ok && input && (
				<FormulaSteps
					headingLevel={headingLevel}
					steps={[
						{
							label: t('kit.stepFormula'),
							math: <Expr parts={['C', '=', <Frac num={<Mi>P</Mi>} den={<Mi>E</Mi>} />]} />,
							text: 'C = P / E',
						},
						{
							label: t('kit.stepSubstitute'),
							math: (
								<Expr
									parts={[
										'C',
										'=',
										<Frac
											num={<mn>{formatNumber(input.perceived, 4)}</mn>}
											den={<mn>{formatNumber(input.expected, 4)}</mn>}
										/>,
									]}
								/>
							),
							text: `C = ${formatNumber(input.perceived, 4)} / ${formatNumber(input.expected, 4)}`,
						},
						{
							label: t('kit.stepResult'),
							math: (
								<Expr
									parts={[
										'C',
										'=',
										formatNumber(pair.value.ratio, 4),
										`（${verdictLabel(pair.value.verdict)}）`,
									]}
								/>
							),
							text: `C = ${formatNumber(pair.value.ratio, 4)}，${verdictLabel(pair.value.verdict)}`,
						},
					]}
				/>
			)}

			<RowsEditor
				id={`${idPrefix}-attrs`}
				caption={t('sat.attrs')}
				columns={[
					{ label: t('sat.col.name'), spec: ATTR_COLUMNS[0] },
					{ label: t('sat.col.expected'), spec: ATTR_COLUMNS[1] },
					{ label: t('sat.col.perceived'), spec: ATTR_COLUMNS[2] },
					{ label: t('sat.col.weight'), spec: ATTR_COLUMNS[3] },
				]}
				rows={rows}
				issues={read.issues}
				onChange={(next) => update({ attrs: encodeRows(next) })}
				newRow={['', '', '', '1']}
				computed={{
					headers: [t('sat.col.ratio'), t('sat.col.gap')],
					cells: (r) => {
						const row = table?.ok ? table.value.rows[r] : undefined;
						return row ? [formatNumber(row.ratio, 4), formatNumber(row.gap, 4)] : [none, none];
					},
				}}
			/>
			<div class="calc__results" aria-live="polite">
				<ResultCard
					label={t('sat.result.attrRatio')}
					note={table?.ok ? verdictLabel(table.value.verdict) : undefined}
				>
					<Output name="attr-ratio" value={table?.ok ? table.value.ratio : null}>
						{table?.ok ? formatNumber(table.value.ratio, 4) : none}
					</Output>
				</ResultCard>
				<ResultCard label={t('sat.result.attrGap')}>
					<Output name="attr-gap" value={table?.ok ? table.value.gap : null}>
						{table?.ok ? formatNumber(table.value.gap, 4) : none}
					</Output>
				</ResultCard>
				{table && !table.ok && <Notice>{issueText(table.issues)}</Notice>}
				{!read.complete && <Notice>{t('kit.fixInputs')}</Notice>}
			</div>
			{table?.ok && (
				<CsvButton
					name={t('sat.csvName', { mode: t('sat.mode.ratio') })}
					header={[
						t('sat.col.name'),
						t('sat.col.expected'),
						t('sat.col.perceived'),
						t('sat.col.weight'),
						t('sat.col.ratio'),
						t('sat.col.gap'),
					]}
					rows={() =>
						rows.map((row, i) => [
							row[0] ?? '',
							read.values[i]![1]!,
							read.values[i]![2]!,
							read.values[i]![3]!,
							table.value.rows[i]!.ratio,
							table.value.rows[i]!.gap,
						])
					}
				/>
			)}
		</>
	);
}
