import type { LifecycleResult, Stage } from '../../lib/crm/lifecycle';
import { formatNumber, formatPercent } from '../../lib/format/number';
import { t } from '../../i18n/client';
import { ChartCanvas } from '../kit/ChartCanvas';
import { stageLabel } from './messages';

/** Each stage's band behind the chart, as a CSS variable (the legend uses the same). */
const BAND: Record<Stage, string> = {
	exploration: '--c-note-bg',
	formation: '--c-objectives-bg',
	stability: '--c-example-bg',
	decline: '--c-difficulty-bg',
	ended: '--bg-sunken',
};
const STAGES = Object.keys(BAND) as Stage[];

interface Props {
	id: string;
	result: LifecycleResult;
	/** Dragging a point sets that period's level, in percent (levels only, not amounts). */
	onDrag?: ((index: number, percent: number) => void) | undefined;
}

/** The levels over time on the stages' bands, with the drag hint and the legend of bands. */
export function StageChart({ id, result, onDrag }: Props) {
	const patternLabel = t(`life.pattern.${result.pattern}`);
	return (
		<>
			<ChartCanvas
				id={id}
				labels={result.periods.map((p) => t('life.chart.period', { n: p.period }))}
				series={[
					{
						label: t('life.chart.level'),
						data: result.periods.map((p) => p.level * 100),
						role: 'line',
					},
				]}
				bands={result.periods.map((p) => BAND[p.stage])}
				summary={t('life.chart.summary', {
					n: result.periods.length,
					first: formatPercent(result.periods[0]!.level, 1),
					last: formatPercent(result.periods.at(-1)!.level, 1),
					pattern: patternLabel,
				})}
				labelHeader={t('life.col.period')}
				format={(x) => `${formatNumber(x, 1)}%`}
				pngName={t('life.pngName')}
				drag={onDrag && { range: [0, 100], onDrag }}
			/>
			{onDrag && <p class="field__hint">{t('life.chart.dragHint')}</p>}
			<p class="chart__legend life__legend">
				{STAGES.map((s) => (
					<span class="life__key" style={`--key: var(${BAND[s]})`}>
						{stageLabel(s)}
					</span>
				))}
			</p>
		</>
	);
}
