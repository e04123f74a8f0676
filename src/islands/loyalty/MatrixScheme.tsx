import { useMemo } from 'preact/hooks';
import { classifyDickBasu, classifyMatrix, levelOf } from '../../lib/crm/loyalty';
import { parseNumber, readTable, type FieldSpec } from '../../lib/crm/parse';
import { formatNumber } from '../../lib/format/number';
import { decodeRows, encodeRows } from '../../lib/share/rows';
import { issueMessage } from '../../i18n/issues';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { ChartCanvas } from '../kit/ChartCanvas';
import { CsvButton } from '../kit/CsvButton';
import { NumberField } from '../kit/NumberField';
import { RowsEditor } from '../kit/RowsEditor';
import { classLabel, levelLabel, Verdict, type SchemeProps } from './shared';

const SCORE: FieldSpec = { kind: 'number', min: 0, max: 100, maxDecimals: 2 };
const THRESHOLD: FieldSpec = { kind: 'number', min: 0, max: 100, maxDecimals: 2 };

/** The parameters and wording of the two 2 × 2 schemes. */
const SCHEMES = {
	matrix: {
		x: 's',
		y: 'l',
		xt: 'st',
		yt: 'lt',
		rows: 'cm',
		quadrants: ['hostage', 'apostle', 'defector', 'mercenary'],
	},
	dickbasu: {
		x: 'a',
		y: 'pat',
		xt: 'at',
		yt: 'pt',
		rows: 'cd',
		quadrants: ['spurious', 'true', 'no-loyalty', 'latent'],
	},
} as const;

function classify(scheme: keyof typeof SCHEMES, x: number, y: number, xt: number, yt: number) {
	return scheme === 'matrix'
		? classifyMatrix({
				satisfaction: x,
				loyalty: y,
				satisfactionThreshold: xt,
				loyaltyThreshold: yt,
			}).code
		: classifyDickBasu({ attitude: x, patronage: y, attitudeThreshold: xt, patronageThreshold: yt })
				.code;
}

/** Jones & Sasser's matrix or Dick & Basu's: two scores, thresholds, the quadrant chart, a customer table. */
export function MatrixScheme({
	state,
	update,
	idPrefix,
	scheme,
}: SchemeProps & { scheme: keyof typeof SCHEMES }) {
	const keys = SCHEMES[scheme];
	const read = (k: 's' | 'l' | 'st' | 'lt' | 'a' | 'pat' | 'at' | 'pt', spec: FieldSpec) =>
		parseNumber(state[k], spec);
	const [x, y, xt, yt] = [
		read(keys.x, SCORE),
		read(keys.y, SCORE),
		read(keys.xt, THRESHOLD),
		read(keys.yt, THRESHOLD),
	];
	const ok = x.ok && y.ok && xt.ok && yt.ok;
	const code = ok ? classify(scheme, x.value, y.value, xt.value, yt.value) : null;
	const rows = useMemo(() => decodeRows(state[keys.rows], 3), [state[keys.rows]]);
	const table = readTable(rows, [null, SCORE, SCORE]);
	const classes = table.values.map((v) =>
		ok && v[1] !== null && v[2] !== null
			? classify(scheme, v[1]!, v[2]!, xt.value, yt.value)
			: null,
	);
	const axisLabel = (k: string) => t(`loy.field.${k}` as MessageKey);
	const field = (
		k: typeof keys.x | typeof keys.y | typeof keys.xt | typeof keys.yt,
		spec: FieldSpec,
		parsed: ReturnType<typeof parseNumber>,
	) => (
		<NumberField
			id={`${idPrefix}-${k}`}
			label={axisLabel(k)}
			value={state[k]}
			onInput={(v) => update({ [k]: v })}
			error={parsed.ok ? undefined : issueMessage(parsed.issues, spec)}
		/>
	);
	const rule = ok
		? scheme === 'matrix'
			? t('loy.rule.matrix', {
					s: levelLabel(levelOf(x.value, xt.value)),
					l: levelLabel(levelOf(y.value, yt.value)),
				})
			: t('loy.rule.dickbasu', {
					a: levelLabel(levelOf(x.value, xt.value)),
					p: levelLabel(levelOf(y.value, yt.value)),
				})
		: t('kit.fixInputs');
	const others = table.values.flatMap((v, i) =>
		v[1] !== null && v[2] !== null
			? [{ x: v[1]!, y: v[2]!, name: rows[i]![0] || String(i + 1) }]
			: [],
	);

	return (
		<>
			<div class="calc__fields">
				{field(keys.x, SCORE, x)}
				{field(keys.y, SCORE, y)}
				{field(keys.xt, THRESHOLD, xt)}
				{field(keys.yt, THRESHOLD, yt)}
			</div>
			{code ? <Verdict code={code} rule={rule} /> : <p class="calc__notice">{rule}</p>}
			{ok && (
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
								points: [{ x: x.value, y: y.value, name: t('loy.chart.current') }],
							},
							{ label: t('loy.chart.others'), role: 'others', points: others },
						],
						quadrants: {
							x: xt.value,
							y: yt.value,
							labels: keys.quadrants.map(classLabel) as [string, string, string, string],
							xTitle: axisLabel(keys.x),
							yTitle: axisLabel(keys.y),
						},
					}}
					summary={t('loy.chart.summary', {
						scheme: t(`loy.scheme.${scheme}` as MessageKey),
						class: classLabel(code!),
						x: formatNumber(x.value, 2),
						y: formatNumber(y.value, 2),
						n: others.length,
					})}
					labelHeader={t('loy.col.name')}
					format={(v) => formatNumber(v, 2)}
					pngName={t('loy.pngName', { scheme: t(`loy.scheme.${scheme}` as MessageKey) })}
				/>
			)}
			<RowsEditor
				id={`${idPrefix}-${keys.rows}`}
				caption={t('loy.compare')}
				columns={[
					{ label: t('loy.col.name'), spec: null },
					{ label: axisLabel(keys.x), spec: SCORE },
					{ label: axisLabel(keys.y), spec: SCORE },
				]}
				rows={rows}
				issues={table.issues}
				onChange={(next) => update({ [keys.rows]: encodeRows(next) })}
				newRow={['', '', '']}
				computed={{
					headers: [t('loy.col.class')],
					cells: (r) => [
						classes[r] ? (
							<span data-class={classes[r]}>{classLabel(classes[r]!)}</span>
						) : (
							t('kit.none')
						),
					],
				}}
			/>
			<CsvButton
				name={t('loy.csvName', { scheme: t(`loy.scheme.${scheme}` as MessageKey) })}
				header={[t('loy.col.name'), axisLabel(keys.x), axisLabel(keys.y), t('loy.col.class')]}
				rows={() =>
					rows.map((r, i) => [
						r[0] ?? '',
						table.values[i]![1] ?? null,
						table.values[i]![2] ?? null,
						classes[i] ? classLabel(classes[i]!) : '',
					])
				}
			/>
		</>
	);
}
