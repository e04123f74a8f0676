import { useMemo } from 'preact/hooks';
import { profitByStage, stageSeries, toLevels, type Stage } from '../lib/crm/lifecycle';
import { parseNumber, readSeries, splitSeries, type FieldSpec } from '../lib/crm/parse';
import { formatNumber, formatPercent } from '../lib/format/number';
import { LIFECYCLE, LIFECYCLE_PARAMS, type LifecycleParams } from '../lib/calculators/lifecycle';
import { issueMessage } from '../i18n/issues';
import type { MessageKey } from '../i18n';
import { t } from '../i18n/client';
import { ChartCanvas } from './kit/ChartCanvas';
import { CsvButton } from './kit/CsvButton';
import { ModePicker } from './kit/ModePicker';
import { NumberField } from './kit/NumberField';
import { ShareLink } from './kit/ShareLink';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const LIFECYCLE_STRINGS = LIFECYCLE.strings;

const LEVEL: FieldSpec = { kind: 'percent', min: 0, max: 1 };
const AMOUNT: FieldSpec = { kind: 'money', min: 0, max: 1e12 };
const MONEY: FieldSpec = { kind: 'money', min: -1e12, max: 1e12 };
const THRESHOLD: FieldSpec = { kind: 'percent', min: 0, max: 1 };
const RUN: FieldSpec = { kind: 'integer', min: 1, max: 100 };
const BAND: Record<Stage, string> = {
	exploration: '--c-note-bg',
	formation: '--c-objectives-bg',
	stability: '--c-example-bg',
	decline: '--c-difficulty-bg',
	ended: '--bg-sunken',
};
const stageLabel = (s: Stage) => t(`life.stage.${s}` as MessageKey);

/** The lifecycle calculator: stages each period of a relationship series and names its pattern. */
export default function LifecycleCalculator(props: CalculatorProps<LifecycleParams>) {
	const { state, update, link, idPrefix, headingLevel } = useCalculatorState(LIFECYCLE, props);
	const amounts = state.unit === 'amount';
	const items = useMemo(() => splitSeries(state.v), [state.v]);
	const series = readSeries(items, amounts ? AMOUNT : LEVEL);
	const potential = state.potential.trim() === '' ? null : parseNumber(state.potential, AMOUNT);
	const th = {
		formation: parseNumber(state.formation, THRESHOLD),
		stability: parseNumber(state.stability, THRESHOLD),
		declineDrop: parseNumber(state.drop, THRESHOLD),
		minStableRun: parseNumber(state.run, RUN),
	};
	const thOk = Object.values(th).every((x) => x.ok);
	const levels = amounts
		? toLevels(series.values, potential?.ok ? potential.value : undefined)
		: { levels: series.values, potentialFromPeak: false };
	const ready =
		items.length > 0 && series.issues.length === 0 && thOk && (!potential || potential.ok);
	const result = ready
		? stageSeries(
				levels.levels,
				Object.fromEntries(Object.entries(th).map(([k, v]) => [k, v.ok ? v.value : 0])),
			)
		: null;
	const revenue = readSeries(splitSeries(state.revenue), MONEY);
	const cost = readSeries(splitSeries(state.cost), MONEY);
	const hasMoney = state.revenue.trim() !== '' || state.cost.trim() !== '';
	const moneyOk =
		hasMoney &&
		revenue.issues.length === 0 &&
		cost.issues.length === 0 &&
		revenue.values.length === items.length &&
		cost.values.length === items.length;
	const profit =
		result && moneyOk
			? profitByStage(
					revenue.values,
					cost.values,
					result.periods.map((p) => p.stage),
				)
			: null;
	const last = result?.periods.at(-1)?.stage;
	const none = t('kit.none');
	const seriesError =
		items.length === 0
			? t('life.issue.empty')
			: series.issues.length > 0
				? t('life.issue.item', {
						n: series.issues[0]!.index + 1,
						message: issueMessage(series.issues[0]!.issues, amounts ? AMOUNT : LEVEL),
					})
				: undefined;
	const moneyError =
		hasMoney && !moneyOk
			? revenue.issues[0]
				? t('life.issue.item', {
						n: revenue.issues[0].index + 1,
						message: issueMessage(revenue.issues[0].issues, MONEY),
					})
				: cost.issues[0]
					? t('life.issue.item', {
							n: cost.issues[0].index + 1,
							message: issueMessage(cost.issues[0].issues, MONEY),
						})
					: t('life.issue.length', { n: items.length })
			: undefined;
	const field = (
		key: 'formation' | 'stability' | 'drop' | 'run',
		label: MessageKey,
		parsed: ReturnType<typeof parseNumber>,
		spec: FieldSpec,
		unit: string,
	) => (
		<NumberField
			id={`${idPrefix}-${key}`}
			label={t(label)}
			unit={unit}
			value={state[key]}
			onInput={(v) => update({ [key]: v })}
			error={parsed.ok ? undefined : issueMessage(parsed.issues, spec)}
		/>
	);
	const Heading = headingLevel === 2 ? 'h2' : 'h3';

	return (
		<div class="calc" data-calculator="lifecycle">
			<ModePicker
				legend={t('life.unit')}
				name={`${idPrefix}-unit`}
				options={LIFECYCLE_PARAMS.unit.options.map((u) => ({
					value: u,
					label: t(`life.unit.${u}` as MessageKey),
				}))}
				value={state.unit}
				onChange={(u) => update({ unit: u })}
				description={t(amounts ? 'life.series.hint.amount' : 'life.series.hint.percent')}
			/>
			<div class="field">
				<label class="field__label" for={`${idPrefix}-v`}>
					{t('life.series')}
				</label>
				<textarea
					id={`${idPrefix}-v`}
					rows={3}
					value={state.v}
					aria-invalid={seriesError ? 'true' : undefined}
					aria-describedby={`${idPrefix}-v-error`}
					onInput={(e) => update({ v: e.currentTarget.value })}
				/>
				<p id={`${idPrefix}-v-error`} class="field__error" aria-live="polite">
					{seriesError ?? ''}
				</p>
			</div>
			<div class="calc__fields">
				{amounts && (
					<NumberField
						id={`${idPrefix}-potential`}
						label={t('life.potential')}
						hint={t('life.potential.hint')}
						value={state.potential}
						onInput={(v) => update({ potential: v })}
						error={potential && !potential.ok ? issueMessage(potential.issues, AMOUNT) : undefined}
					/>
				)}
				{field('formation', 'life.formation', th.formation, THRESHOLD, '%')}
				{field('stability', 'life.stability', th.stability, THRESHOLD, '%')}
				{field('drop', 'life.drop', th.declineDrop, THRESHOLD, '%')}
				{field('run', 'life.run', th.minStableRun, RUN, t('life.col.period'))}
			</div>
			{amounts && levels.potentialFromPeak && result && (
				<p class="calc__model-desc">
					{t('life.potentialFromPeak', { peak: formatNumber(Math.max(...series.values), 2) })}
				</p>
			)}

			<div class="calc__results" aria-live="polite">
				<div class="result-card result-card--primary">
					<span class="result-card__label">{t('life.result.pattern')}</span>
					<span class="result-card__value">
						<output data-result="pattern" data-value={result?.pattern ?? ''}>
							{result ? t(`life.pattern.${result.pattern}` as MessageKey) : none}
						</output>
					</span>
					{result && (
						<span class="result-card__note">
							{t(`life.pattern.${result.pattern}.desc` as MessageKey)}
						</span>
					)}
				</div>
				<div class="result-card result-card--wide">
					<span class="result-card__label">{t('life.result.stages')}</span>
					<span class="result-card__value">
						<output
							data-result="stages"
							data-value={result ? result.periods.map((p) => p.stage).join(',') : ''}
						>
							{result ? result.periods.map((p) => stageLabel(p.stage)).join(' → ') : none}
						</output>
					</span>
				</div>
				{hasMoney && (
					<div class="result-card">
						<span class="result-card__label">{t('life.result.breakeven')}</span>
						<span class="result-card__value">
							<output data-result="breakeven" data-value={profit?.breakEven ?? ''}>
								{profit
									? profit.breakEven === null
										? t('life.result.breakevenNever')
										: t('life.result.breakevenAt', { n: profit.breakEven })
									: none}
							</output>
						</span>
					</div>
				)}
				{last && (
					<p class="calc__notice calc__notice--info">{t(`life.strategy.${last}` as MessageKey)}</p>
				)}
			</div>

			{result && (
				<ChartCanvas
					id={`${idPrefix}-chart`}
					labels={result.periods.map((p) => t('life.chart.period', { n: p.period }))}
					series={[
						{
							label: t('life.chart.level'),
							data: result.periods.map((p) => p.level * 100),
							role: 'line',
						},
					]}
					bands={result.periods.map((p) => BAND[p.stage])}
					summary={t('life.chart.summary', {
						n: result.periods.length,
						first: formatPercent(result.periods[0]!.level, 1),
						last: formatPercent(result.periods.at(-1)!.level, 1),
						pattern: t(`life.pattern.${result.pattern}` as MessageKey),
					})}
					labelHeader={t('life.col.period')}
					format={(x) => `${formatNumber(x, 1)}%`}
					pngName={t('life.pngName')}
					drag={
						amounts
							? undefined
							: {
									range: [0, 100],
									onDrag: (index, value) =>
										update({
											v: items.map((item, i) => (i === index ? String(value) : item)).join(', '),
										}),
								}
					}
				/>
			)}
			{result && !amounts && <p class="field__hint">{t('life.chart.dragHint')}</p>}
			{result && (
				<p class="chart__legend life__legend">
					{(Object.keys(BAND) as Stage[]).map((s) => (
						<span class="life__key" style={`--key: var(${BAND[s]})`}>
							{stageLabel(s)}
						</span>
					))}
				</p>
			)}
			{moneyError && <p class="calc__notice">{moneyError}</p>}
			<div class="calc__fields">
				<NumberField
					id={`${idPrefix}-revenue`}
					label={t('life.revenue')}
					hint={t('life.revenue.hint')}
					value={state.revenue}
					onInput={(v) => update({ revenue: v })}
				/>
				<NumberField
					id={`${idPrefix}-cost`}
					label={t('life.cost')}
					value={state.cost}
					onInput={(v) => update({ cost: v })}
				/>
			</div>
			{result && (
				<section>
					<Heading>{t('life.table.caption')}</Heading>
					<div class="table-scroll" tabIndex={0}>
						<table>
							<thead>
								<tr>
									<th scope="col" class="num">
										{t('life.col.period')}
									</th>
									<th scope="col" class="num">
										{t('life.col.level')}
									</th>
									<th scope="col">{t('life.col.stage')}</th>
									<th scope="col">{t('life.col.reason')}</th>
									{profit && (
										<th scope="col" class="num">
											{t('life.col.profit')}
										</th>
									)}
									{profit && (
										<th scope="col" class="num">
											{t('life.col.cumulative')}
										</th>
									)}
								</tr>
							</thead>
							<tbody>
								{result.periods.map((p, i) => (
									<tr data-period={p.period} data-stage={p.stage}>
										<th scope="row" class="num">
											{p.period}
										</th>
										<td class="num">{formatPercent(p.level, 1)}</td>
										<td>{stageLabel(p.stage)}</td>
										<td>{t(`life.reason.${p.reason}` as MessageKey)}</td>
										{profit && <td class="num">{formatNumber(profit.profit[i]!, 2)}</td>}
										{profit && <td class="num">{formatNumber(profit.cumulative[i]!, 2)}</td>}
									</tr>
								))}
							</tbody>
						</table>
					</div>
					<CsvButton
						name={t('life.csvName')}
						header={[
							t('life.col.period'),
							t('life.col.level'),
							t('life.col.stage'),
							t('life.col.reason'),
							...(profit ? [t('life.col.profit'), t('life.col.cumulative')] : []),
						]}
						rows={() =>
							result.periods.map((p, i) => [
								p.period,
								p.level,
								stageLabel(p.stage),
								t(`life.reason.${p.reason}` as MessageKey),
								...(profit ? [profit.profit[i]!, profit.cumulative[i]!] : []),
							])
						}
					/>
				</section>
			)}
			<ShareLink link={() => link()} />
		</div>
	);
}
