import { acsiIndex, acsiSums, weightedIndex } from '../../lib/crm/satisfaction';
import { SATISFACTION_FIELDS, type IndexForm } from '../../lib/calculators/satisfaction';
import { formatNumber } from '../../lib/format/number';
import { encodeRows } from '../../lib/share/rows';
import { t } from '../../i18n/client';
import { CsvButton } from '../kit/CsvButton';
import { FormulaSteps } from '../kit/FormulaSteps';
import { Bar, Expr, Frac, Sub } from '../kit/math';
import type { Step } from '../kit/FormulaSteps';
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
	const none = t('kit.none');
	const name = acsi ? 'acsi' : 'csi';
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
			{index !== null && input && (
				<FormulaSteps
					headingLevel={headingLevel}
					steps={
						acsi
							? acsiSteps(scores, weights, index)
							: indexSteps(scores, weights, input.scale, mean!, index)
					}
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

const n4 = (x: number) => formatNumber(x, 4);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
/** s̄ in the plain text; drawn as s with a bar. */
const S_BAR = 's̄';
// Functions, not shared elements: Preact must not see one vnode in two places.
const sBar = () => <Bar>s</Bar>;

/**
 * The weighted index as chapter 2 states it: s̄ = Σ wᵢ sᵢ / Σ wᵢ, then
 * CSI = (s̄ − s_min) / (s_max − s_min) × 100. The weighted mean is s̄, never the index.
 */
function indexSteps(
	scores: readonly number[],
	weights: readonly number[],
	scale: { min: number; max: number },
	mean: number,
	index: number,
): Step[] {
	const products = scores.flatMap((s, i) => [...(i ? ['+'] : []), n4(weights[i]!), '×', n4(s)]);
	const productsText = scores.map((s, i) => `${n4(weights[i]!)} × ${n4(s)}`).join(' + ');
	const lo = n4(scale.min);
	const hi = n4(scale.max);
	const w = n4(sum(weights));
	const sMin = () => <Sub base={<mi>s</mi>} sub={<mtext>min</mtext>} />;
	const sMax = () => <Sub base={<mi>s</mi>} sub={<mtext>max</mtext>} />;
	return [
		{
			label: t('kit.stepFormula'),
			math: (
				<Expr
					parts={[
						sBar(),
						'=',
						<Frac num={<Expr parts={['Σ', 'w', 's']} />} den={<Expr parts={['Σ', 'w']} />} />,
						'，',
						'CSI',
						'=',
						<Frac
							num={<Expr parts={[sBar(), '−', sMin()]} />}
							den={<Expr parts={[sMax(), '−', sMin()]} />}
						/>,
						'×',
						'100',
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
						sBar(),
						'=',
						<Frac num={<Expr parts={products} />} den={<mn>{w}</mn>} />,
						'=',
						n4(mean),
						'，',
						'CSI',
						'=',
						<Frac
							num={<Expr parts={[n4(mean), '−', lo]} />}
							den={<Expr parts={[hi, '−', lo]} />}
						/>,
						'×',
						'100',
					]}
				/>
			),
			text: `${S_BAR} = (${productsText}) ÷ ${w} = ${n4(mean)}，CSI = (${n4(mean)} − ${lo}) ÷ (${hi} − ${lo}) × 100`,
		},
		{
			label: t('kit.stepResult'),
			math: <Expr parts={['CSI', '=', formatNumber(index, 2)]} />,
			text: `CSI = ${formatNumber(index, 2)}`,
		},
	];
}

/**
 * The ACSI-style index as chapter 2 states it: ACSI = Σ wᵢ · (X̄ᵢ − 1) / 9 × 100, the weights
 * summing to 1; weights that do not are divided by their sum, which the substitution shows.
 */
function acsiSteps(means: readonly number[], weights: readonly number[], index: number): Step[] {
	const { weighted, totalWeight: total } = acsiSums(means, weights);
	const normalised = Math.abs(total - 1) < 1e-9;
	const terms = means.flatMap((m, i) => [
		...(i ? ['+'] : []),
		n4(weights[i]!),
		'×',
		'(',
		n4(m),
		'−',
		'1',
		')',
	]);
	const termsText = means.map((m, i) => `${n4(weights[i]!)} × (${n4(m)} − 1)`).join(' + ');
	const den = normalised ? '9' : `9 × ${n4(total)}`;
	const denText = normalised ? '9' : `(9 × ${n4(total)})`;
	const xBar = () => <Sub base={<Bar>X</Bar>} sub={<mi>i</mi>} />;
	return [
		{
			label: t('kit.stepFormula'),
			math: (
				<Expr
					parts={[
						'ACSI',
						'=',
						'Σ',
						<Sub base={<mi>w</mi>} sub={<mi>i</mi>} />,
						'·',
						<Frac num={<Expr parts={[xBar(), '−', '1']} />} den={<mn>9</mn>} />,
						'×',
						'100',
					]}
				/>
			),
			text: t('sat.step.acsiFormula'),
		},
		{
			label: t('kit.stepSubstitute'),
			math: (
				<Expr
					parts={[
						'ACSI',
						'=',
						<Frac num={<Expr parts={terms} />} den={<mn>{den}</mn>} />,
						'×',
						'100',
						'=',
						<Frac num={<mn>{n4(weighted)}</mn>} den={<mn>{den}</mn>} />,
						'×',
						'100',
					]}
				/>
			),
			text: `ACSI = (${termsText}) ÷ ${denText} × 100 = ${n4(weighted)} ÷ ${denText} × 100`,
		},
		{
			label: t('kit.stepResult'),
			math: <Expr parts={['ACSI', '=', formatNumber(index, 2)]} />,
			text: `ACSI = ${formatNumber(index, 2)}`,
		},
	];
}
