import { formatNumber, formatPercent } from '../../lib/format/number';
import { t } from '../../i18n/client';
import type { Method, View } from './engine';
import { PAGE_SIZE } from './engine';
import { groupLabel } from './Results';

interface Props {
	idPrefix: string;
	method: Method;
	view: View;
	group: string;
	onGroup: (group: string) => void;
	onPage: (page: number) => void;
	Heading: 'h2' | 'h3';
}

/** One page of customers with their scores and groups, filtered to one group if asked. */
export function CustomerTable({ idPrefix, method, view, group, onGroup, onPage, Heading }: Props) {
	const from = view.page * PAGE_SIZE;
	const rfm = method === 'rfm';
	return (
		<section class="seg__customers">
			<Heading>{t('seg.table.caption')}</Heading>
			<div class="seg__pager">
				<label class="field__label" for={`${idPrefix}-filter`}>
					{t('seg.filter')}
				</label>
				<select
					id={`${idPrefix}-filter`}
					value={group}
					onChange={(e) => onGroup(e.currentTarget.value)}
				>
					<option value="">{t('seg.filter.all')}</option>
					{view.groups.map((g) => (
						<option value={g.key}>
							{t('seg.filter.option', { group: groupLabel(g.key), n: formatNumber(g.count, 0) })}
						</option>
					))}
				</select>
				<span role="status">
					{view.matching > 0
						? t('seg.page', {
								from: from + 1,
								to: from + view.rows.length,
								n: formatNumber(view.matching, 0),
							})
						: ''}
				</span>
				<button
					type="button"
					class="btn btn--small"
					disabled={view.page === 0}
					onClick={() => onPage(view.page - 1)}
				>
					{t('seg.prev')}
				</button>
				<button
					type="button"
					class="btn btn--small"
					disabled={from + view.rows.length >= view.matching}
					onClick={() => onPage(view.page + 1)}
				>
					{t('seg.next')}
				</button>
			</div>
			<div class="table-scroll" tabIndex={0}>
				<table>
					<thead>
						<tr>
							{!rfm && (
								<th scope="col" class="num">
									{t('seg.col.rank')}
								</th>
							)}
							<th scope="col">{t('seg.col.id')}</th>
							{rfm && (
								<th scope="col" class="num">
									{t('seg.col.recency')}
								</th>
							)}
							{rfm && (
								<th scope="col" class="num">
									{t('seg.col.frequency')}
								</th>
							)}
							<th scope="col" class="num">
								{t('seg.col.monetary')}
							</th>
							{rfm && (
								<th scope="col" class="num">
									{t('seg.col.code')}
								</th>
							)}
							{!rfm && (
								<th scope="col" class="num">
									{t('seg.col.cumulative')}
								</th>
							)}
							<th scope="col">
								{t(
									method === 'rfm'
										? 'seg.col.group'
										: method === 'abc'
											? 'seg.col.class'
											: 'seg.col.tier',
								)}
							</th>
						</tr>
					</thead>
					<tbody>
						{view.rows.map((row) => (
							<tr
								data-customer={row.id}
								data-group={rfm ? row.rfmGroup : method === 'abc' ? row.abc : row.tier}
							>
								{!rfm && <td class="num">{row.rank}</td>}
								<th scope="row">{row.id}</th>
								{rfm && <td class="num">{formatNumber(row.recency, 0)}</td>}
								{rfm && <td class="num">{formatNumber(row.frequency, 0)}</td>}
								<td class="num">{formatNumber(row.monetary, 2, 2)}</td>
								{rfm && (
									<td
										class="num"
										data-code={`${row.r}${row.f}${row.m}`}
									>{`${row.r}${row.f}${row.m}`}</td>
								)}
								{!rfm && <td class="num">{formatPercent(row.cumulative!, 1)}</td>}
								<td>{groupLabel(rfm ? row.rfmGroup : method === 'abc' ? row.abc! : row.tier!)}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
		</section>
	);
}
