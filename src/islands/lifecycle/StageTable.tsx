import type { LifecycleResult, ProfitResult } from '../../lib/crm/lifecycle';
import { formatNumber, formatPercent } from '../../lib/format/number';
import { t } from '../../i18n/client';
import { CsvButton } from '../kit/CsvButton';
import { reasonLabel, stageLabel } from './messages';

interface Props {
	result: LifecycleResult;
	/** With revenue and cost: each period's profit and its running total. */
	profit: ProfitResult | null;
	headingLevel: 2 | 3;
}

/** Period by period: level, stage, the reason that decided it, and profit; downloadable as CSV. */
export function StageTable({ result, profit, headingLevel }: Props) {
	const Heading = headingLevel === 2 ? 'h2' : 'h3';
	return (
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
								<td>{reasonLabel(p.reason)}</td>
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
						reasonLabel(p.reason),
						...(profit ? [profit.profit[i]!, profit.cumulative[i]!] : []),
					])
				}
			/>
		</section>
	);
}
