import { Component } from 'preact';
import type { ClvResult } from '../../lib/crm/clv';
import { formatFactor, formatYuan, rawValue } from '../../lib/format/number';
import { t } from '../../i18n/client';
import { CsvButton } from '../kit/CsvButton';

const COLUMNS = [
	'clv.col.year',
	'clv.col.revenue',
	'clv.col.cost',
	'clv.col.net',
	'clv.col.factor',
	'clv.col.pv',
	'clv.col.cumulative',
] as const;

interface Props {
	result: ClvResult;
	modelLabel: string;
	headingLevel?: 2 | 3;
}

/**
 * The year-by-year schedule as a table, and the same rows as CSV. Re-renders only when its own
 * props change: with 100 years it formats 600 numbers, which a keystroke elsewhere should not redo.
 */
export class Schedule extends Component<Props> {
	override shouldComponentUpdate(next: Props): boolean {
		return (
			next.result !== this.props.result ||
			next.modelLabel !== this.props.modelLabel ||
			next.headingLevel !== this.props.headingLevel
		);
	}

	override render() {
		return <ScheduleTable {...this.props} />;
	}
}

function ScheduleTable({ result, modelLabel, headingLevel = 3 }: Props) {
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	return (
		<section class="schedule">
			<div class="schedule__head">
				<Heading>{t('clv.schedule')}</Heading>
				<CsvButton
					name={t('clv.csvName')}
					header={COLUMNS.map((c) => t(c))}
					rows={() =>
						result.rows.map((r) => [
							r.year,
							r.revenue,
							r.cost,
							r.net,
							r.factor,
							r.presentValue,
							r.cumulative,
						])
					}
				/>
			</div>
			<div class="table-scroll" tabIndex={0}>
				<table>
					<caption>{t('clv.schedule.caption', { model: modelLabel })}</caption>
					<thead>
						<tr>
							{COLUMNS.map((c) => (
								<th scope="col" class="num">
									{t(c)}
								</th>
							))}
						</tr>
					</thead>
					<tbody>
						{result.rows.map((row) => (
							<tr data-year={row.year}>
								<th scope="row" class="num">
									{row.year}
								</th>
								<td class="num">{formatYuan(row.revenue)}</td>
								<td class="num">{formatYuan(row.cost)}</td>
								<td class="num">{formatYuan(row.net)}</td>
								<td class="num">{formatFactor(row.factor)}</td>
								<td class="num" data-value={rawValue(row.presentValue)}>
									{formatYuan(row.presentValue)}
								</td>
								<td class="num" data-value={rawValue(row.cumulative)}>
									{formatYuan(row.cumulative)}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}
