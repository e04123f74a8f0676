import { CAUSE_QUESTIONS, LOYALTY_PARAMS, type CauseQuestion } from '../../lib/calculators/loyalty';
import { classifyCause, type Level } from '../../lib/crm/loyalty';
import { encodeRows } from '../../lib/share/rows';
import type { IssueCode } from '../../lib/crm/parse';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { CsvButton } from '../kit/CsvButton';
import { RowsEditor } from '../kit/RowsEditor';
import { classLabel, Verdict, type SchemeProps } from './shared';

type Answer = (typeof LOYALTY_PARAMS)[CauseQuestion]['options'][number];

const answerLabel = (answer: Answer) => t(`loy.a.${answer}`);
const questionLabel = (key: CauseQuestion) => t(`loy.q.${key}`);
const options = (key: CauseQuestion) =>
	LOYALTY_PARAMS[key].options.map((value) => ({ value, label: answerLabel(value) }));

/** The cause types laid out on attachment × repeat purchase, with the customer's cell marked. */
function CauseGrid({ attachment, repeat }: { attachment: Level; repeat: Level }) {
	const cell = (att: Level, rep: Level, key: MessageKey) => {
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
export function CauseScheme({ state, form, update, idPrefix }: SchemeProps) {
	const { input, rows, cells, customers } = form.cause;
	const verdict = classifyCause(input);
	const classes = customers.map((c) => (c ? classifyCause(c.input).code : null));
	// RowsEditor words only number-cell issues; an answer outside its options is marked, not worded.
	const marked = cells.map((row) => row.map((c): IssueCode[] | null => (c ? [] : null)));
	return (
		<>
			<div class="calc__fields">
				{CAUSE_QUESTIONS.map((key) => (
					<div class="field">
						<label class="field__label" for={`${idPrefix}-${key}`}>
							{questionLabel(key)}
						</label>
						<select
							id={`${idPrefix}-${key}`}
							value={state[key]}
							onChange={(e) => {
								const picked = LOYALTY_PARAMS[key].options.find((o) => o === e.currentTarget.value);
								if (picked) update({ [key]: picked });
							}}
						>
							{options(key).map((o) => (
								<option value={o.value}>{o.label}</option>
							))}
						</select>
					</div>
				))}
			</div>
			<Verdict code={verdict.code} rule={t(`loy.rule.${verdict.rule}`)} />
			<CauseGrid attachment={input.attachment} repeat={input.repeat} />
			<RowsEditor
				id={`${idPrefix}-cc`}
				caption={t('loy.compare')}
				columns={[
					{ label: t('loy.col.name'), spec: null },
					...CAUSE_QUESTIONS.map((key) => ({
						label: questionLabel(key),
						spec: null,
						options: options(key),
					})),
				]}
				rows={rows}
				issues={marked}
				onChange={(next) => update({ cc: encodeRows(next) })}
				newRow={['', 'low', 'high', 'yes', 'no', 'no']}
				computed={{
					headers: [t('loy.col.class')],
					cells: (r) => {
						const code = classes[r];
						return [code ? <span data-class={code}>{classLabel(code)}</span> : t('kit.none')];
					},
				}}
			/>
			<CsvButton
				name={t('loy.csvName', { scheme: t('loy.scheme.cause') })}
				header={[t('loy.col.name'), ...CAUSE_QUESTIONS.map(questionLabel), t('loy.col.class')]}
				rows={() =>
					rows.map((r, i) => {
						const customer = customers[i];
						const code = classes[i];
						return customer && code
							? [
									customer.name,
									...CAUSE_QUESTIONS.map((q) => answerLabel(customer.answers[q])),
									classLabel(code),
								]
							: [...r, ''];
					})
				}
			/>
		</>
	);
}
