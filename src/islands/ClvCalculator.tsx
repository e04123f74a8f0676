import { useMemo } from 'preact/hooks';
import { spendValue, CLV_MODELS, type ClvModel } from '../lib/crm/clv';
import {
	CLV,
	CLV_FIELDS,
	CLV_PARAMS,
	clvOutcomes,
	readClvForm,
	type ClvField,
	type ClvParams,
} from '../lib/calculators/clv';
import { formatNumber, formatYuan } from '../lib/format/number';
import { issueMessage } from '../i18n/issues';
import { percentFix } from '../lib/crm/parse';
import { t } from '../i18n/client';
import type { MessageKey } from '../i18n';
import { ChartCanvas } from './kit/ChartCanvas';
import { FormulaSteps } from './kit/FormulaSteps';
import { ModePicker } from './kit/ModePicker';
import { NumberField } from './kit/NumberField';
import { Output, ResultCard } from './kit/Output';
import { CalculatorShell } from './kit/CalculatorShell';
import { useDeferred } from './kit/useDeferred';
import { useCalculatorState, type CalculatorProps } from './kit/useCalculatorState';
import { Schedule } from './clv/Schedule';
import { clvSteps, spendSteps } from './clv/steps';

type Model = ClvModel | 'spend';
const ALL_MODELS: Model[] = [...CLV_MODELS, 'spend'];
const modelLabel = (m: Model) => t(`clv.model.${m}`);

const UNIT: Record<ClvField, MessageKey> = {
	co: 'clv.unit.yuan',
	po: 'clv.unit.yuan',
	in: 'clv.unit.yuan',
	cs: 'clv.unit.yuan',
	n: 'clv.unit.years',
	r: 'clv.unit.percent',
	p: 'clv.unit.percent',
	spend: 'clv.unit.yuan',
	visits: 'clv.unit.times',
	years: 'clv.unit.years',
};
const HINT: Partial<Record<ClvField, MessageKey>> = {
	co: 'clv.field.co.hint',
	po: 'clv.field.po.hint',
	r: 'clv.field.r.hint',
	p: 'clv.field.p.hint',
};

/** Key prefixes of the strings this calculator shows (the spec's; tests pass them in). */
export const CLV_STRINGS = CLV.strings;

/** The customer lifetime value calculator: inputs, all models side by side, steps, schedule, chart. */
export default function ClvCalculator(props: CalculatorProps<ClvParams>) {
	const { state, update, link, idPrefix, headingLevel } = useCalculatorState(CLV, props);
	const model = state.model;
	const form = useMemo(() => readClvForm(state), [state]);
	const outcomes = useMemo(() => (form.input ? clvOutcomes(form.input) : null), [form]);
	const spendTotal = form.spend
		? spendValue(form.spend.spendPerVisit, form.spend.visitsPerYear, form.spend.years)
		: null;
	const current = model !== 'spend' && outcomes ? outcomes[model] : null;
	const result = current?.ok ? current.value : null;

	const field = (name: ClvField) => (
		<NumberField
			id={`${idPrefix}-${name}`}
			label={t(`clv.field.${name}`)}
			unit={t(UNIT[name])}
			hint={
				name === 'n' && model === 'infinite'
					? t('clv.field.n.infiniteHint')
					: HINT[name] && t(HINT[name])
			}
			value={state[name]}
			error={form.issues[name] && issueMessage(form.issues[name], CLV_FIELDS[name], state[name])}
			fix={form.issues[name] && percentFix(form.issues[name], state[name])}
			inputMode={name === 'n' || name === 'years' ? 'numeric' : 'decimal'}
			onInput={(value) => update({ [name]: value })}
		/>
	);
	const choice = <V extends string>(
		name: 'timing' | 'factors',
		options: readonly { value: V; label: string }[],
		value: V,
		onChange: (value: V) => void,
	) => (
		<div class="field">
			<label class="field__label" for={`${idPrefix}-${name}`}>
				{t(`clv.${name}`)}
			</label>
			<select
				id={`${idPrefix}-${name}`}
				value={value}
				onChange={(e) => {
					const picked = options.find((o) => o.value === e.currentTarget.value);
					if (picked) onChange(picked.value);
				}}
			>
				{options.map((o) => (
					<option value={o.value}>{o.label}</option>
				))}
			</select>
		</div>
	);

	// The schedule and chart follow a frame later; the results above update within the keystroke.
	const shown = useDeferred(result);
	const headline = model === 'spend' ? spendTotal : (result?.total ?? null);
	const undiscounted =
		model === 'spend'
			? spendTotal
			: outcomes?.undiscounted.ok
				? outcomes.undiscounted.value.total
				: null;
	const payback = result?.payback ?? null;

	return (
		<CalculatorShell id="clv" link={() => link()}>
			<ModePicker
				legend={t('clv.model')}
				name={`${idPrefix}-model`}
				options={ALL_MODELS.map((m) => ({ value: m, label: modelLabel(m) }))}
				value={model}
				onChange={(m) => update({ model: m })}
				description={t(`clv.model.${model}.desc`)}
			/>

			<div class="calc__fields">
				{model === 'spend'
					? (['spend', 'visits', 'years'] as const).map(field)
					: (['co', 'po', 'in', 'cs', 'n', 'r', 'p'] as const).map(field)}
				{model !== 'spend' &&
					choice(
						'timing',
						CLV_PARAMS.timing.options.map((o) => ({ value: o, label: t(`clv.timing.${o}`) })),
						state.timing,
						(timing) => update({ timing }),
					)}
				{model !== 'spend' &&
					choice(
						'factors',
						CLV_PARAMS.factors.options.map((o) => ({ value: o, label: t(`clv.factors.${o}`) })),
						state.factors,
						(factors) => update({ factors }),
					)}
			</div>

			<div class="calc__results" aria-live="polite">
				<ResultCard
					label={t('clv.result.clv')}
					primary
					note={
						result?.annuity && state.factors === 'table'
							? t('clv.result.annuity', {
									factor: result.annuity.factor.toFixed(4),
									value: formatYuan(result.annuity.value),
								})
							: model === 'infinite' && result
								? t('clv.result.tail', {
										n: result.rows.length - 1,
										value: formatYuan(result.tail),
									})
								: undefined
					}
				>
					<Output name="clv" value={headline}>
						{headline === null ? t('kit.none') : formatYuan(headline)}
					</Output>
				</ResultCard>
				<ResultCard label={t('clv.result.undiscounted')}>
					<Output name="undiscounted" value={undiscounted}>
						{undiscounted === null ? t('kit.none') : formatYuan(undiscounted)}
					</Output>
				</ResultCard>
				<ResultCard label={t('clv.result.payback')}>
					<Output name="payback" value={payback}>
						{result
							? payback === null
								? t('clv.result.paybackNever')
								: t('clv.result.paybackYear', { n: payback })
							: t('kit.none')}
					</Output>
				</ResultCard>
				<ResultCard label={t('clv.result.ltvCac')} note={t('clv.result.ltvCacNote')}>
					<Output name="ltv-cac" value={result?.ltvToCac ?? null}>
						{result?.ltvToCac == null ? t('kit.none') : `${formatNumber(result.ltvToCac, 2)} : 1`}
					</Output>
				</ResultCard>
				{(model === 'spend' ? !form.spend : !form.input) && (
					<p class="calc__notice">{t('kit.fixInputs')}</p>
				)}
				{current && !current.ok && <p class="calc__notice">{t('clv.diverges')}</p>}
			</div>

			{model !== 'spend' && outcomes && (
				<table class="calc__compare">
					<caption>{t('clv.compare')}</caption>
					<thead>
						<tr>
							<th scope="col">{t('clv.compare.model')}</th>
							<th scope="col" class="num">
								{t('clv.compare.value')}
							</th>
						</tr>
					</thead>
					<tbody>
						{CLV_MODELS.map((m) => {
							const o = outcomes[m];
							return (
								<tr
									class={m === model ? 'is-current' : undefined}
									aria-current={m === model ? 'true' : undefined}
								>
									<th scope="row">{modelLabel(m)}</th>
									<td class="num">
										<Output name={`model-${m}`} value={o.ok ? o.value.total : null}>
											{o.ok ? formatYuan(o.value.total) : t('kit.none')}
										</Output>
									</td>
								</tr>
							);
						})}
					</tbody>
				</table>
			)}

			{model === 'spend' && form.spend && spendTotal !== null && (
				<FormulaSteps
					headingLevel={headingLevel}
					steps={spendSteps(
						form.spend.spendPerVisit,
						form.spend.visitsPerYear,
						form.spend.years,
						spendTotal,
					)}
				/>
			)}
			{model !== 'spend' && form.input && result && (
				<FormulaSteps headingLevel={headingLevel} steps={clvSteps(model, form.input, result)} />
			)}

			{model !== 'spend' && result && shown && (
				<>
					<ChartCanvas
						id={`${idPrefix}-chart`}
						labels={shown.rows.map((r) => t('clv.chart.year', { n: r.year }))}
						series={[
							{
								label: t('clv.chart.title'),
								data: shown.rows.map((r) => r.cumulative),
								role: 'line',
							},
							{
								label: t('clv.chart.payback'),
								data: shown.rows.map((r) => (r.year === shown.payback ? r.cumulative : null)),
								role: 'marker',
							},
						]}
						summary={t('clv.chart.summary', {
							model: modelLabel(model),
							first: formatYuan(shown.rows[0]!.cumulative),
							n: shown.rows.length - 1,
							last: formatYuan(shown.rows.at(-1)!.cumulative),
							payback:
								shown.payback === null
									? t('clv.chart.noPayback')
									: t('clv.chart.paybackAt', { n: shown.payback }),
						})}
						labelHeader={t('clv.col.year')}
						format={formatYuan}
						pngName={t('clv.pngName')}
					/>
					<Schedule result={shown} modelLabel={modelLabel(model)} headingLevel={headingLevel} />
				</>
			)}
		</CalculatorShell>
	);
}
