import { distributionMean, nps } from '../../lib/crm/satisfaction';
import {
	DISTRIBUTION_POINTS,
	SATISFACTION_FIELDS,
	type CountsForm,
} from '../../lib/calculators/satisfaction';
import { formatNumber, formatPercent } from '../../lib/format/number';
import { encodeList } from '../../lib/share/rows';
import { issueMessage } from '../../i18n/issues';
import { t } from '../../i18n/client';
import { ChartCanvas } from '../kit/ChartCanvas';
import { CsvButton } from '../kit/CsvButton';
import { FormulaSteps } from '../kit/FormulaSteps';
import { Expr, Frac } from '../kit/math';
import { NumberField } from '../kit/NumberField';
import { Output, ResultCard } from '../kit/Output';
import { issueText, Notice, type ModeProps, ScalarField } from './shared';

/** Counts per scale point: the mean of a response distribution (`distribution`) or NPS (`nps`). */
export function CountsMode({
	form,
	isNps,
	...mode
}: ModeProps & { form: CountsForm; isNps: boolean }) {
	const { update, idPrefix, headingLevel } = mode;
	const param = isNps ? 'nps' : 'dist';
	const { list, firstPoint, input } = form;
	const { cells, read } = list;
	const counts = form.counts ?? [];
	const point = (j: number) => String(firstPoint + j);
	const setCell = (j: number, value: string) =>
		update({ [param]: encodeList(cells.map((c, i) => (i === j ? value : c))) });
	const resize = (raw: string) => {
		const points = DISTRIBUTION_POINTS.find((n) => String(n) === raw);
		if (points !== undefined)
			update({ dist: encodeList(Array.from({ length: points }, (_, i) => cells[i] ?? '0')) });
	};
	const dist = !isNps && input ? distributionMean(input.counts, input.min) : null;
	const score = isNps && input ? nps(input.counts) : null;
	const outcome = dist ?? score;
	const none = t('kit.none');
	const total = counts.reduce((s, c) => s + c, 0);
	const countList = counts
		.map((c, j) => t('sat.chart.countItem', { point: point(j), count: c }))
		.join(t('sat.listSep'));

	return (
		<>
			{!isNps && (
				<div class="calc__fields">
					<ScalarField mode={mode} field="dmin" inputMode="numeric" />
					<div class="field">
						<label class="field__label" for={`${idPrefix}-points`}>
							{t('sat.field.points')}
						</label>
						<select
							id={`${idPrefix}-points`}
							value={String(cells.length)}
							onChange={(e) => resize(e.currentTarget.value)}
						>
							{DISTRIBUTION_POINTS.map((n) => (
								<option value={String(n)}>{n}</option>
							))}
						</select>
					</div>
				</div>
			)}
			<div class="calc__fields calc__fields--counts">
				{cells.map((cell, j) => {
					const problem = read.issues[0]![j];
					return (
						<NumberField
							id={`${idPrefix}-${param}-${j}`}
							label={t('sat.field.count', { point: point(j) })}
							value={cell}
							onInput={(v) => setCell(j, v)}
							error={problem ? issueMessage(problem, SATISFACTION_FIELDS.count) : undefined}
							inputMode="numeric"
						/>
					);
				})}
			</div>
			<div class="calc__results" aria-live="polite">
				{!isNps && (
					<ResultCard
						label={t('sat.result.distMean')}
						primary
						note={
							dist?.ok
								? t('sat.result.distIndex', { value: formatNumber(dist.value.index, 2) })
								: undefined
						}
					>
						<Output name="mean" value={dist?.ok ? dist.value.mean : null}>
							{dist?.ok ? formatNumber(dist.value.mean, 4) : none}
						</Output>
					</ResultCard>
				)}
				{isNps && (
					<>
						<ResultCard label={t('sat.result.nps')} primary>
							<Output name="nps" value={score?.ok ? score.value.nps : null}>
								{score?.ok ? formatNumber(score.value.nps, 1) : none}
							</Output>
						</ResultCard>
						<ResultCard label={t('sat.result.promoters')}>
							<Output name="promoters" value={score?.ok ? score.value.promoterShare : null}>
								{score?.ok ? formatPercent(score.value.promoterShare, 1) : none}
							</Output>
						</ResultCard>
						<ResultCard label={t('sat.result.passives')}>
							<Output name="passives" value={score?.ok ? score.value.passiveShare : null}>
								{score?.ok ? formatPercent(score.value.passiveShare, 1) : none}
							</Output>
						</ResultCard>
						<ResultCard label={t('sat.result.detractors')}>
							<Output name="detractors" value={score?.ok ? score.value.detractorShare : null}>
								{score?.ok ? formatPercent(score.value.detractorShare, 1) : none}
							</Output>
						</ResultCard>
					</>
				)}
				<ResultCard label={t('sat.result.responses')}>
					<Output name="responses" value={form.counts ? total : null}>
						{form.counts ? formatNumber(total, 0) : none}
					</Output>
				</ResultCard>
				{outcome && !outcome.ok && <Notice>{issueText(outcome.issues)}</Notice>}
				{!input && <Notice>{t('kit.fixInputs')}</Notice>}
			</div>
			{dist?.ok && (
				<FormulaSteps
					headingLevel={headingLevel}
					steps={[
						{
							label: t('kit.stepFormula'),
							math: (
								<Expr
									parts={[
										t('sat.step.mean'),
										'=',
										<Frac
											num={<Expr parts={['Σ', t('sat.step.point'), '×', t('sat.step.count')]} />}
											den={<Expr parts={[t('sat.step.total')]} />}
										/>,
									]}
								/>
							),
							text: t('sat.step.meanFormula'),
						},
						{
							label: t('kit.stepSubstitute'),
							math: (
								<Expr
									parts={[
										t('sat.step.mean'),
										'=',
										<Frac
											num={
												<Expr
													parts={counts.flatMap((c, j) => [
														...(j ? ['+'] : []),
														point(j),
														'×',
														String(c),
													])}
												/>
											}
											den={<mn>{total}</mn>}
										/>,
									]}
								/>
							),
							text: `${t('sat.step.mean')} = (${counts.map((c, j) => `${point(j)} × ${c}`).join(' + ')}) ÷ ${total}`,
						},
						{
							label: t('kit.stepResult'),
							math: <Expr parts={[t('sat.step.mean'), '=', formatNumber(dist.value.mean, 4)]} />,
							text: `${t('sat.step.mean')} = ${formatNumber(dist.value.mean, 4)}`,
						},
					]}
				/>
			)}
			{score?.ok && (
				<FormulaSteps
					headingLevel={headingLevel}
					steps={[
						{
							label: t('kit.stepFormula'),
							math: (
								<Expr
									parts={[
										'NPS',
										'=',
										t('sat.step.promoterShare'),
										'−',
										t('sat.step.detractorShare'),
									]}
								/>
							),
							text: t('sat.step.npsFormula'),
						},
						{
							label: t('kit.stepSubstitute'),
							math: (
								<Expr
									parts={[
										'NPS',
										'=',
										<Frac
											num={<mn>{score.value.promoters}</mn>}
											den={<mn>{score.value.responses}</mn>}
										/>,
										'×',
										'100',
										'−',
										<Frac
											num={<mn>{score.value.detractors}</mn>}
											den={<mn>{score.value.responses}</mn>}
										/>,
										'×',
										'100',
									]}
								/>
							),
							text: `NPS = ${score.value.promoters} ÷ ${score.value.responses} × 100 − ${score.value.detractors} ÷ ${score.value.responses} × 100`,
						},
						{
							label: t('kit.stepResult'),
							math: <Expr parts={['NPS', '=', formatNumber(score.value.nps, 1)]} />,
							text: `NPS = ${formatNumber(score.value.nps, 1)}`,
						},
					]}
				/>
			)}
			{outcome?.ok && (
				<>
					<ChartCanvas
						id={`${idPrefix}-${param}-chart`}
						kind="bar"
						labels={cells.map((_, j) => point(j))}
						series={[{ label: t('sat.chart.distribution'), data: counts, role: 'bar' }]}
						summary={
							isNps && score?.ok
								? t('sat.chart.npsSummary', {
										list: countList,
										nps: formatNumber(score.value.nps, 1),
									})
								: t('sat.chart.distributionSummary', { list: countList })
						}
						labelHeader={t('sat.col.point')}
						format={(x) => formatNumber(x, 0)}
						pngName={t('sat.pngName', {
							mode: t(isNps ? 'sat.mode.nps' : 'sat.mode.distribution'),
						})}
					/>
					<CsvButton
						name={t('sat.csvName', { mode: t(isNps ? 'sat.mode.nps' : 'sat.mode.distribution') })}
						header={[t('sat.col.point'), t('sat.col.count'), t('sat.col.share')]}
						rows={() => counts.map((c, j) => [point(j), c, c / total])}
					/>
				</>
			)}
		</>
	);
}
