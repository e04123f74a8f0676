import { useMemo } from 'preact/hooks';
import { profitByStage, stageSeries } from '../lib/crm/lifecycle';
import { formatNumber } from '../lib/format/number';
import {
	LIFECYCLE,
	LIFECYCLE_FIELDS,
	LIFECYCLE_PARAMS,
	readLifecycleForm,
	type LifecycleParams,
} from '../lib/calculators/lifecycle';
import { issueMessage } from '../i18n/issues';
import { percentFix } from '../lib/crm/parse';
import { t } from '../i18n/client';
import { CalculatorShell } from './kit/CalculatorShell';
import { ModePicker } from './kit/ModePicker';
import { NumberField } from './kit/NumberField';
import { Output, ResultCard } from './kit/Output';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';
import { moneyError, seriesError, stageLabel } from './lifecycle/messages';
import { StageChart } from './lifecycle/StageChart';
import { StageTable } from './lifecycle/StageTable';

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const LIFECYCLE_STRINGS = LIFECYCLE.strings;

type Threshold = 'formation' | 'stability' | 'drop' | 'run';

/** The lifecycle calculator: stages each period of a relationship series and names its pattern. */
export default function LifecycleCalculator(props: CalculatorProps<LifecycleParams>) {
	const { state, update, link, idPrefix, headingLevel } = useCalculatorState(LIFECYCLE, props);
	const amounts = state.unit === 'amount';
	const form = useMemo(() => readLifecycleForm(state), [state]);
	const { issues, stages } = form;
	const result = useMemo(
		() => (stages ? stageSeries(stages.levels, stages.thresholds) : null),
		[stages],
	);
	const profit =
		result && form.profit
			? profitByStage(
					form.profit.revenue,
					form.profit.cost,
					result.periods.map((p) => p.stage),
				)
			: null;
	const last = result?.periods.at(-1)?.stage;
	const none = t('kit.none');
	const vError = seriesError(issues, state.unit);
	const moneyNotice = form.hasMoney ? moneyError(issues) : undefined;

	const field = (name: Threshold, unit: string) => (
		<NumberField
			id={`${idPrefix}-${name}`}
			label={t(`life.${name}`)}
			unit={unit}
			value={state[name]}
			onInput={(v) => update({ [name]: v })}
			error={issues[name] && issueMessage(issues[name], LIFECYCLE_FIELDS[name], state[name])}
			fix={issues[name] && percentFix(issues[name], state[name])}
		/>
	);

	return (
		<CalculatorShell id="lifecycle" link={() => link()}>
			<ModePicker
				legend={t('life.unit')}
				name={`${idPrefix}-unit`}
				options={LIFECYCLE_PARAMS.unit.options.map((u) => ({
					value: u,
					label: t(`life.unit.${u}`),
				}))}
				value={state.unit}
				onChange={(u) => update({ unit: u })}
				description={t(`life.series.hint.${state.unit}`)}
			/>
			<div class="field">
				<label class="field__label" for={`${idPrefix}-v`}>
					{t('life.series')}
				</label>
				<textarea
					id={`${idPrefix}-v`}
					rows={3}
					value={state.v}
					data-drawn={state.v}
					aria-invalid={vError ? 'true' : undefined}
					aria-describedby={`${idPrefix}-v-error`}
					onInput={(e) => update({ v: e.currentTarget.value })}
				/>
				<p id={`${idPrefix}-v-error`} class="field__error" aria-live="polite">
					{vError ?? ''}
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
						error={issues.potential && issueMessage(issues.potential, LIFECYCLE_FIELDS.potential)}
					/>
				)}
				{field('formation', '%')}
				{field('stability', '%')}
				{field('drop', '%')}
				{field('run', t('life.col.period'))}
			</div>
			{result && stages && stages.peakAsPotential !== null && (
				<p class="calc__model-desc">
					{t('life.potentialFromPeak', { peak: formatNumber(stages.peakAsPotential, 2) })}
				</p>
			)}

			<div class="calc__results" aria-live="polite">
				<ResultCard
					label={t('life.result.pattern')}
					primary
					note={result && t(`life.pattern.${result.pattern}.desc`)}
				>
					<output data-result="pattern" data-value={result?.pattern ?? ''}>
						{result ? t(`life.pattern.${result.pattern}`) : none}
					</output>
				</ResultCard>
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
				{form.hasMoney && (
					<ResultCard label={t('life.result.breakeven')}>
						<Output name="breakeven" value={profit?.breakEven ?? null}>
							{profit
								? profit.breakEven === null
									? t('life.result.breakevenNever')
									: t('life.result.breakevenAt', { n: profit.breakEven })
								: none}
						</Output>
					</ResultCard>
				)}
				{last && <p class="calc__notice calc__notice--info">{t(`life.strategy.${last}`)}</p>}
			</div>

			{result && (
				<StageChart
					id={`${idPrefix}-chart`}
					result={result}
					onDrag={
						amounts
							? undefined
							: (index, value) =>
									update({
										v: form.items.map((item, i) => (i === index ? String(value) : item)).join(', '),
									})
					}
				/>
			)}
			{moneyNotice && <p class="calc__notice">{moneyNotice}</p>}
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
			{result && <StageTable result={result} profit={profit} headingLevel={headingLevel} />}
		</CalculatorShell>
	);
}
