import { formatNumber, formatPercent } from '../../lib/format/number';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { ChartCanvas } from '../kit/ChartCanvas';
import type { Group, Method, View } from './engine';

export const groupLabel = (key: Group) => t(`seg.group.${key}`);
const DIM: MessageKey[] = ['seg.col.r', 'seg.col.f', 'seg.col.m'];

interface Props {
	idPrefix: string;
	method: Method;
	view: View;
	Heading: 'h2' | 'h3';
}

/** Counts and shares per group (the calculator's answer), a one-line reading of it, and the chart. */
export function Results({ idPrefix, method, view, Heading }: Props) {
	const groups = view.groups;
	const total = groups.reduce((s, g) => s + g.revenue, 0);
	// The headline group: 重要价值 for RFM, A for ABC, the two top tiers together for the pyramid.
	const lead = method === 'pyramid' ? groups.slice(0, 2) : groups.slice(0, 1);
	const leadCount = lead.reduce((s, g) => s + g.count, 0);
	const leadSummary = t(`seg.summary.${method}`, {
		count: formatNumber(leadCount, 0),
		countShare: formatPercent(
			lead.reduce((s, g) => s + g.countShare, 0),
			1,
		),
		revenueShare: formatPercent(
			lead.reduce((s, g) => s + g.revenueShare, 0),
			1,
		),
	});
	const empty = view.emptyScores
		? (['recency', 'frequency', 'monetary'] as const).flatMap((d, i) =>
				view.emptyScores![d].length > 0
					? [
							t('seg.emptyScores', {
								dim: t(DIM[i]!),
								scores: view.emptyScores![d].join(t('seg.listSep')),
							}),
						]
					: [],
			)
		: [];
	const pareto = method !== 'rfm' && view.pareto;
	return (
		<section class="seg__results">
			<Heading>{t('seg.groups.caption')}</Heading>
			<p class="calc__notice calc__notice--info">{leadSummary}</p>
			{method === 'rfm' && view.means && (
				<p class="calc__model-desc">
					{t('seg.means', {
						r: formatNumber(view.means.recency, 2),
						f: formatNumber(view.means.frequency, 2),
						m: formatNumber(view.means.monetary, 2),
					})}
				</p>
			)}
			{method === 'rfm' && empty.map((line) => <p class="calc__model-desc">{line}</p>)}
			<div class="table-scroll" tabIndex={0}>
				<table data-result="groups" data-value={groups.map((g) => `${g.key}:${g.count}`).join(',')}>
					<thead>
						<tr>
							<th scope="col">{t('seg.col.group')}</th>
							<th scope="col" class="num">
								{t('seg.col.count')}
							</th>
							<th scope="col" class="num">
								{t('seg.col.countShare')}
							</th>
							<th scope="col" class="num">
								{t('seg.col.revenue')}
							</th>
							<th scope="col" class="num">
								{t('seg.col.revenueShare')}
							</th>
						</tr>
					</thead>
					<tbody>
						{groups.map((g) => (
							<tr data-group={g.key} data-value={g.count}>
								<th scope="row">{groupLabel(g.key)}</th>
								<td class="num">{formatNumber(g.count, 0)}</td>
								<td class="num">{formatPercent(g.countShare, 1)}</td>
								<td class="num">{formatNumber(g.revenue, 2, 2)}</td>
								<td class="num">{formatPercent(g.revenueShare, 1)}</td>
							</tr>
						))}
					</tbody>
					<tfoot>
						<tr>
							<th scope="row">{t('seg.total')}</th>
							<td class="num">{formatNumber(view.n, 0)}</td>
							<td class="num">{formatPercent(1, 1)}</td>
							<td class="num">{formatNumber(total, 2, 2)}</td>
							<td class="num">{formatPercent(total > 0 ? 1 : 0, 1)}</td>
						</tr>
					</tfoot>
				</table>
			</div>
			{pareto ? (
				<ChartCanvas
					id={`${idPrefix}-chart`}
					labels={pareto.map(([x]) => formatPercent(x, 0))}
					series={[
						{ label: t('seg.chart.pareto'), data: pareto.map(([, y]) => y * 100), role: 'line' },
					]}
					summary={t('seg.chart.paretoSummary', paretoAt20(pareto))}
					labelHeader={t('seg.chart.customerShare')}
					format={(y) => `${formatNumber(y, 1)}%`}
					pngName={t('seg.pngName')}
				/>
			) : (
				<ChartCanvas
					id={`${idPrefix}-chart`}
					kind="bar"
					labels={groups.map((g) => groupLabel(g.key))}
					series={[{ label: t('seg.chart.count'), data: groups.map((g) => g.count), role: 'bar' }]}
					summary={t('seg.chart.groupsSummary', {
						list: groups.map((g) => `${groupLabel(g.key)} ${g.count}`).join(t('seg.clauseSep')),
					})}
					labelHeader={t('seg.col.group')}
					format={(y) => formatNumber(y, 0)}
					pngName={t('seg.pngName')}
				/>
			)}
		</section>
	);
}

/** The point of the curve nearest to 20 % of customers, for the chart's spoken summary. */
function paretoAt20(points: [number, number][]): { x: string; y: string } {
	const [x, y] = points.reduce((best, p) =>
		Math.abs(p[0] - 0.2) < Math.abs(best[0] - 0.2) ? p : best,
	);
	return { x: formatPercent(x, 1), y: formatPercent(y, 1) };
}
