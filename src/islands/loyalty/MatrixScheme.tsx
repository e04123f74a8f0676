import {
	LOYALTY_FIELDS,
	LOYALTY_TABLES,
	QUADRANT_SCHEMES,
	type LoyaltyField,
	type QuadrantInput,
	type QuadrantScheme,
} from '../../lib/calculators/loyalty';
import { classifyDickBasu, classifyMatrix, levelOf } from '../../lib/crm/loyalty';
import { assertNever } from '../../lib/result';
import { formatNumber } from '../../lib/format/number';
import { encodeRows } from '../../lib/share/rows';
import { issueMessage } from '../../i18n/issues';
import { t } from '../../i18n/client';
import { ChartCanvas } from '../kit/ChartCanvas';
import { CsvButton } from '../kit/CsvButton';
import { NumberField } from '../kit/NumberField';
import { RowsEditor } from '../kit/RowsEditor';
import { classLabel, levelLabel, Verdict, type LoyaltyClass, type SchemeProps } from './shared';

/** Each scheme's quadrants in the chart's order: top left, top right, bottom left, bottom right. */
const QUADRANTS = {
	matrix: ['hostage', 'apostle', 'defector', 'mercenary'],
	dickbasu: ['spurious', 'true', 'no-loyalty', 'latent'],
} as const satisfies Record<QuadrantScheme, readonly LoyaltyClass[]>;

function classify(scheme: QuadrantScheme, q: QuadrantInput): LoyaltyClass {
	switch (scheme) {
		case 'matrix':
			return classifyMatrix({
				satisfaction: q.x,
				loyalty: q.y,
				satisfactionThreshold: q.xThreshold,
				loyaltyThreshold: q.yThreshold,
			}).code;
		case 'dickbasu':
			return classifyDickBasu({
				attitude: q.x,
				patronage: q.y,
				attitudeThreshold: q.xThreshold,
				patronageThreshold: q.yThreshold,
			}).code;
		default:
			return assertNever(scheme);
	}
}

function ruleOf(scheme: QuadrantScheme, q: QuadrantInput): string {
	const x = levelLabel(levelOf(q.x, q.xThreshold));
	const y = levelLabel(levelOf(q.y, q.yThreshold));
	switch (scheme) {
		case 'matrix':
			return t('loy.rule.matrix', { s: x, l: y });
		case 'dickbasu':
			return t('loy.rule.dickbasu', { a: x, p: y });
		default:
			return assertNever(scheme);
	}
}

const axisLabel = (k: LoyaltyField) => t(`loy.field.${k}`);

/** Jones & Sasser's matrix or Dick & Basu's: two scores, thresholds, the quadrant chart, a customer table. */
export function MatrixScheme({
	state,
	form,
	update,
	idPrefix,
	scheme,
}: SchemeProps & { scheme: QuadrantScheme }) {
	const keys = QUADRANT_SCHEMES[scheme];
	const { input, rows, cells, customers } = form[scheme];
	const code = input ? classify(scheme, input) : null;
	const classes = customers.map(({ x, y }) =>
		input && x !== null && y !== null ? classify(scheme, { ...input, x, y }) : null,
	);
	const field = (k: LoyaltyField) => {
		const issues = form.issues[k];
		return (
			<NumberField
				id={`${idPrefix}-${k}`}
				label={axisLabel(k)}
				value={state[k]}
				onInput={(v) => update({ [k]: v })}
				error={issues ? issueMessage(issues, LOYALTY_FIELDS[k]) : undefined}
			/>
		);
	};
	const rule = input ? ruleOf(scheme, input) : t('kit.fixInputs');
	const others = customers.flatMap(({ name, x, y }, i) =>
		x !== null && y !== null ? [{ x, y, name: name || String(i + 1) }] : [],
	);
	const [, xColumn, yColumn] = LOYALTY_TABLES[keys.rows];
	const schemeName = t(`loy.scheme.${scheme}`);

	return (
		<>
			<div class="calc__fields">
				{field(keys.x)}
				{field(keys.y)}
				{field(keys.xt)}
				{field(keys.yt)}
			</div>
			{code ? <Verdict code={code} rule={rule} /> : <p class="calc__notice">{rule}</p>}
			{input && code && (
				<ChartCanvas
					id={`${idPrefix}-${scheme}-chart`}
					kind="scatter"
					labels={[]}
					series={[]}
					scatter={{
						series: [
							{
								label: t('loy.chart.current'),
								role: 'current',
								points: [{ x: input.x, y: input.y, name: t('loy.chart.current') }],
							},
							{ label: t('loy.chart.others'), role: 'others', points: others },
						],
						quadrants: {
							x: input.xThreshold,
							y: input.yThreshold,
							labels: [
								classLabel(QUADRANTS[scheme][0]),
								classLabel(QUADRANTS[scheme][1]),
								classLabel(QUADRANTS[scheme][2]),
								classLabel(QUADRANTS[scheme][3]),
							],
							xTitle: axisLabel(keys.x),
							yTitle: axisLabel(keys.y),
						},
					}}
					summary={t('loy.chart.summary', {
						scheme: schemeName,
						class: classLabel(code),
						x: formatNumber(input.x, 2),
						y: formatNumber(input.y, 2),
						n: others.length,
					})}
					labelHeader={t('loy.col.name')}
					format={(v) => formatNumber(v, 2)}
					pngName={t('loy.pngName', { scheme: schemeName })}
				/>
			)}
			<RowsEditor
				id={`${idPrefix}-${keys.rows}`}
				caption={t('loy.compare')}
				columns={[
					{ label: t('loy.col.name'), spec: null },
					{ label: axisLabel(keys.x), spec: xColumn },
					{ label: axisLabel(keys.y), spec: yColumn },
				]}
				rows={rows}
				issues={cells}
				onChange={(next) => update({ [keys.rows]: encodeRows(next) })}
				newRow={['', '', '']}
				computed={{
					headers: [t('loy.col.class')],
					cells: (r) => {
						const c = classes[r];
						return [c ? <span data-class={c}>{classLabel(c)}</span> : t('kit.none')];
					},
				}}
			/>
			<CsvButton
				name={t('loy.csvName', { scheme: schemeName })}
				header={[t('loy.col.name'), axisLabel(keys.x), axisLabel(keys.y), t('loy.col.class')]}
				rows={() =>
					customers.map(({ name, x, y }, i) => {
						const c = classes[i];
						return [name, x, y, c ? classLabel(c) : ''];
					})
				}
			/>
		</>
	);
}
