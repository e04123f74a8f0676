import { acsiIndex, weightedIndex } from '../../lib/crm/satisfaction';
import { SATISFACTION_FIELDS, type IndexForm } from '../../lib/calculators/satisfaction';
import { formatNumber } from '../../lib/format/number';
import { encodeRows } from '../../lib/share/rows';
import { t } from '../../i18n/client';
import { CsvButton } from '../kit/CsvButton';
import { FormulaSteps } from '../kit/FormulaSteps';
import { Expr, Frac } from '../kit/math';
import { Output, ResultCard } from '../kit/Output';
import { RowsEditor } from '../kit/RowsEditor';
import { issueText, Notice, type ModeProps, ScalarField } from './shared';

/**
 * The weighted multi-attribute index on any scale (`index`) and the ACSI-style index on 1–10 items
 * (`acsi`): both are a weighted mean rescaled to 0–100.
 */
export function IndexMode({ form, acsi, ...mode }: ModeProps & { form: IndexForm; acsi: boolean }) {
	const { update, idPrefix, headingLevel } = mode;
	const { table, scoreSpec, input } = form;
	const { rows, read } = table;
	const outcome = input
		? acsi
			? acsiIndex(input.scores, input.weights)
			: weightedIndex(input.scores, input.weights, input.scale)
		: null;
	const index = outcome?.ok
		? typeof outcome.value === 'number'
			? outcome.value
			: outcome.value.index
		: null;
	const mean = outcome?.ok && typeof outcome.value !== 'number' ? outcome.value.mean : null;
	const scores = input?.scores ?? [];
	const weights = input?.weights ?? [];
	const totalWeight = weights.reduce((s, w) => s + w, 0);
	const none = t('kit.none');
	const name = acsi ? 'acsi' : 'csi';
	const lo = input ? formatNumber(input.scale.min, 2) : '';
	const hi = input ? formatNumber(input.scale.max, 2) : '';
	const param = acsi ? 'acsi' : 'items';

	return (
		<>
			{!acsi && (
				<div class="calc__fields">
					<ScalarField mode={mode} field="smin" />
					<ScalarField mode={mode} field="smax" />
				</div>
			)}
			<RowsEditor
				id={`${idPrefix}-${param}`}
				caption={t(acsi ? 'sat.acsiItems' : 'sat.items')}
				columns={[
					{ label: t(acsi ? 'sat.col.item' : 'sat.col.name'), spec: null },
					{ label: t(acsi ? 'sat.col.mean' : 'sat.col.score'), spec: scoreSpec },
					{ label: t('sat.col.weight'), spec: SATISFACTION_FIELDS.weight },
				]}
				rows={rows}
				issues={read.issues}
				onChange={(next) => update({ [param]: encodeRows(next) })}
				newRow={['', '', '1']}
			/>
			<div class="calc__results" aria-live="polite">
				<ResultCard label={t(acsi ? 'sat.result.acsi' : 'sat.result.csi')} primary>
					<Output name={name} value={index}>
						{index === null ? none : formatNumber(index, 2)}
					</Output>
				</ResultCard>
				{!acsi && (
					<ResultCard label={t('sat.result.mean')}>
						<Output name="mean" value={mean}>
							{mean === null ? none : formatNumber(mean, 4)}
						</Output>
					</ResultCard>
				)}
				{outcome && !outcome.ok && <Notice>{issueText(outcome.issues)}</Notice>}
				{!read.complete && <Notice>{t('kit.fixInputs')}</Notice>}
			</div>
			{index !== null && (
				<FormulaSteps
					headingLevel={headingLevel}
					steps={[
						acsi
							? {
									label: t('kit.stepFormula'),
									math: (
										<Expr
											parts={[
												'ACSI',
												'=',
												'Σ',
												'w',
												<Frac num={<Expr parts={['X̄', '−', '1']} />} den={<mn>9</mn>} />,
												'×',
												'100',
											]}
										/>
									),
									text: t('sat.step.acsiFormula'),
								}
							: {
									label: t('kit.stepFormula'),
									math: (
										<Expr
											parts={[
												'CSI',
												'=',
												<Frac
													num={<Expr parts={['Σ', 'w', 's']} />}
													den={<Expr parts={['Σ', 'w']} />}
												/>,
											]}
										/>
									),
									text: t('sat.step.indexFormula'),
								},
						{
							label: t('kit.stepSubstitute'),
							math: (
								<Expr
									parts={[
										acsi ? 'ACSI' : 'CSI',
										'=',
										<Frac
											num={
												<Expr
													parts={scores.flatMap((s, i) => [
														...(i ? ['+'] : []),
														formatNumber(weights[i]!, 4),
														'×',
														acsi ? `(${formatNumber(s, 4)} − 1)` : formatNumber(s, 4),
													])}
												/>
											}
											den={
												<mn>
													{acsi
														? `9 × ${formatNumber(totalWeight, 4)}`
														: formatNumber(totalWeight, 4)}
												</mn>
											}
										/>,
									]}
								/>
							),
							text: scores
								.map((s, i) => `${formatNumber(weights[i]!, 4)} × ${formatNumber(s, 4)}`)
								.join(' + '),
						},
						{
							label: t('kit.stepResult'),
							math: (
								<Expr
									parts={
										acsi
											? ['ACSI', '=', formatNumber(index, 2)]
											: [
													'CSI',
													'=',
													formatNumber(mean!, 4),
													'→',
													`(${formatNumber(mean!, 4)} − ${lo}) ÷ (${hi} − ${lo}) × 100`,
													'=',
													formatNumber(index, 2),
												]
									}
								/>
							),
							text: `${acsi ? 'ACSI' : t('sat.step.index')} = ${formatNumber(index, 2)}`,
						},
					]}
				/>
			)}
			{index !== null && (
				<CsvButton
					name={t('sat.csvName', { mode: t(acsi ? 'sat.mode.acsi' : 'sat.mode.index') })}
					header={[
						t('sat.col.name'),
						t(acsi ? 'sat.col.mean' : 'sat.col.score'),
						t('sat.col.weight'),
					]}
					rows={() => rows.map((row, i) => [row[0] ?? '', scores[i]!, weights[i]!])}
				/>
			)}
		</>
	);
}
