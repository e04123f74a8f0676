import { useMemo } from 'preact/hooks';
import { classifyCause, type CauseInput } from '../../lib/crm/loyalty';
import { decodeRows, encodeRows } from '../../lib/share/rows';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { CsvButton } from '../kit/CsvButton';
import { RowsEditor } from '../kit/RowsEditor';
import { classLabel, Verdict, type LoyState, type SchemeProps } from './shared';

const QUESTIONS = [
	['att', 'level'],
	['rep', 'level'],
	['alt', 'yes'],
	['price', 'yes'],
	['reward', 'yes'],
] as const;
type Answer = (typeof QUESTIONS)[number][0];

const toInput = (a: Record<Answer, string>): CauseInput => ({
	attachment: a.att === 'high' ? 'high' : 'low',
	repeat: a.rep === 'high' ? 'high' : 'low',
	alternatives: a.alt === 'yes',
	priceSensitive: a.price === 'yes',
	rewardDriven: a.reward === 'yes',
});
const options = (kind: 'level' | 'yes') =>
	(kind === 'level' ? ['high', 'low'] : ['yes', 'no']).map((v) => ({
		value: v,
		label: t(`loy.a.${v}` as MessageKey),
	}));

/** The cause types laid out on attachment × repeat purchase, with the customer's cell marked. */
function CauseGrid({ attachment, repeat }: { attachment: string; repeat: string }) {
	const cell = (att: 'low' | 'high', rep: 'low' | 'high', key: MessageKey) => {
		const here = att === attachment && rep === repeat;
		return (
			<td
				class={here ? 'grid__cell grid__cell--here' : 'grid__cell'}
				aria-current={here ? 'true' : undefined}
				data-cell={`${att}-${rep}`}
			>
				{t(key)}
				{here && <strong class="grid__here">{t('loy.grid.here')}</strong>}
			</td>
		);
	};
	return (
		<table class="calc__grid">
			<caption>{t('loy.grid.caption')}</caption>
			<thead>
				<tr>
					<th scope="col">{t('loy.grid.corner')}</th>
					<th scope="col">{t('loy.a.low')}</th>
					<th scope="col">{t('loy.a.high')}</th>
				</tr>
			</thead>
			<tbody>
				<tr>
					<th scope="row">{t('loy.a.high')}</th>
					{cell('low', 'high', 'loy.grid.lowHigh')}
					{cell('high', 'high', 'loy.grid.highHigh')}
				</tr>
				<tr>
					<th scope="row">{t('loy.a.low')}</th>
					{cell('low', 'low', 'loy.grid.lowLow')}
					{cell('high', 'low', 'loy.grid.highLow')}
				</tr>
			</tbody>
		</table>
	);
}

/** The five cause types: five plain questions, the verdict with its rule, and a table of customers. */
export function CauseScheme({ state, update, idPrefix }: SchemeProps) {
	const verdict = classifyCause(toInput(state));
	const rows = useMemo(() => decodeRows(state.cc, 6), [state.cc]);
	const classes = rows.map(
		(r) =>
			classifyCause(toInput({ att: r[1]!, rep: r[2]!, alt: r[3]!, price: r[4]!, reward: r[5]! }))
				.code,
	);
	return (
		<>
			<div class="calc__fields">
				{QUESTIONS.map(([key, kind]) => (
					<div class="field">
						<label class="field__label" for={`${idPrefix}-${key}`}>
							{t(`loy.q.${key}` as MessageKey)}
						</label>
						<select
							id={`${idPrefix}-${key}`}
							value={state[key]}
							onChange={(e) => update({ [key]: e.currentTarget.value } as Partial<LoyState>)}
						>
							{options(kind).map((o) => (
								<option value={o.value}>{o.label}</option>
							))}
						</select>
					</div>
				))}
			</div>
			<Verdict code={verdict.code} rule={t(`loy.rule.${verdict.rule}` as MessageKey)} />
			<CauseGrid attachment={state.att} repeat={state.rep} />
			<RowsEditor
				id={`${idPrefix}-cc`}
				caption={t('loy.compare')}
				columns={[
					{ label: t('loy.col.name'), spec: null },
					...QUESTIONS.map(([key, kind]) => ({
						label: t(`loy.q.${key}` as MessageKey),
						spec: null,
						options: options(kind),
					})),
				]}
				rows={rows}
				issues={rows.map(() => [])}
				onChange={(next) => update({ cc: encodeRows(next) })}
				newRow={['', 'low', 'high', 'yes', 'no', 'no']}
				computed={{
					headers: [t('loy.col.class')],
					cells: (r) => [<span data-class={classes[r]}>{classLabel(classes[r]!)}</span>],
				}}
			/>
			<CsvButton
				name={t('loy.csvName', { scheme: t('loy.scheme.cause') })}
				header={[
					t('loy.col.name'),
					...QUESTIONS.map(([key]) => t(`loy.q.${key}` as MessageKey)),
					t('loy.col.class'),
				]}
				rows={() =>
					rows.map((r, i) => [
						...r.map((c, j) => (j === 0 ? c : t(`loy.a.${c}` as MessageKey))),
						classLabel(classes[i]!),
					])
				}
			/>
		</>
	);
}
