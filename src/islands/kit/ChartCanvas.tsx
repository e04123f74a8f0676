import { useEffect, useRef, useState } from 'preact/hooks';
import type { Chart, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';
import { t } from '../../i18n/client';
import { downloadFile } from './download';

export interface Series {
	label: string;
	data: (number | null)[];
	/** 'line' is a data series; 'marker' highlights single points (e.g. the payback year); 'bar' is a
	 * bar series whose negative bars take the warning colour (a bar chart has only bar series). */
	role: 'line' | 'marker' | 'bar';
}

interface Props {
	id: string;
	kind?: 'line' | 'bar';
	labels: string[];
	series: Series[];
	/** One or two sentences saying what the chart shows, for screen readers (`aria-label`). */
	summary: string;
	/** Header of the label column in the data table. */
	labelHeader: string;
	format: (value: number) => string;
	pngName: string;
}

type AnyChart = Chart<'line' | 'bar', (number | null)[], string>;

let loader: Promise<typeof Chart> | undefined;
/** chart.js arrives only when a chart is first shown, with just the parts a line chart needs. */
function loadChart(): Promise<typeof Chart> {
	// Destructured in the parameter so the bundler keeps only these parts of chart.js. No tooltip or
	// legend plugin (13 KB gzipped together): the legend is HTML below, the numbers are in the table.
	loader ??= import('chart.js').then(
		({ Chart, LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale }) => {
			Chart.register(LineController, LineElement, PointElement, BarController, BarElement, LinearScale, CategoryScale);
			return Chart;
		},
	);
	return loader;
}

function palette() {
	const css = getComputedStyle(document.documentElement);
	const v = (name: string) => css.getPropertyValue(name).trim();
	return { line: v('--accent'), marker: v('--c-key'), muted: v('--text-muted'), grid: v('--border'), bg: v('--bg') };
}

/** Paints the page background under the chart, so a downloaded PNG is legible in either theme. */
const background: Plugin<'line' | 'bar'> = {
	id: 'crm-background',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.fillStyle = palette().bg;
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	},
};

function toDataset(series: Series, colours: ReturnType<typeof palette>): ChartDataset<'line' | 'bar', (number | null)[]> {
	if (series.role === 'bar') {
		const fill = series.data.map((v) => (v !== null && v < 0 ? colours.marker : colours.line));
		return { type: 'bar', label: series.label, data: series.data, backgroundColor: fill, borderColor: fill, borderWidth: 0 } as ChartDataset<'bar', (number | null)[]>;
	}
	const marker = series.role === 'marker';
	return {
		type: 'line',
		label: series.label,
		data: series.data,
		borderColor: marker ? colours.marker : colours.line,
		backgroundColor: marker ? colours.marker : colours.line,
		showLine: !marker,
		pointRadius: marker ? 7 : 2,
		pointHoverRadius: marker ? 9 : 4,
		pointStyle: marker ? 'rectRot' : 'circle',
		borderWidth: 2,
		spanGaps: false,
	};
}

function paint(chart: AnyChart, series: Series[]): void {
	const colours = palette();
	series.forEach((s, i) => {
		const next = toDataset(s, colours);
		const current = chart.data.datasets[i];
		if (current) Object.assign(current, next);
		else chart.data.datasets.push(next);
	});
	chart.data.datasets.length = series.length;
	const { scales } = chart.options;
	for (const axis of [scales?.['x'], scales?.['y']]) {
		if (!axis) continue;
		if (axis.ticks) axis.ticks.color = colours.muted;
		if (axis.grid) axis.grid.color = colours.grid;
	}
}

/**
 * The only file that imports chart.js. Creates the chart once, updates it in place, repaints it
 * when the theme changes, destroys it on unmount, and offers the same numbers as a table and a PNG.
 */
export function ChartCanvas({ id, kind = 'line', labels, series, summary, labelHeader, format, pngName }: Props) {
	const canvas = useRef<HTMLCanvasElement>(null);
	const chart = useRef<AnyChart | null>(null);
	const latest = useRef({ labels, series, format });
	latest.current = { labels, series, format };
	const [ready, setReady] = useState(false);
	// The table is built only while open: it repeats every number, and typing should stay instant.
	const [tableOpen, setTableOpen] = useState(false);

	useEffect(() => {
		let alive = true;
		void loadChart().then((ChartJs) => {
			if (!alive || !canvas.current) return;
			const config: ChartConfiguration<'line' | 'bar', (number | null)[], string> = {
				type: kind,
				data: { labels: [...latest.current.labels], datasets: [] },
				options: {
					animation: false,
					responsive: true,
					maintainAspectRatio: false,
					scales: {
						x: { ticks: {}, grid: {} },
						y: { ticks: { callback: (v) => latest.current.format(Number(v)) }, grid: {} },
					},
				},
				plugins: [background],
			};
			const created = new ChartJs(canvas.current, config) as AnyChart;
			paint(created, latest.current.series);
			created.update('none');
			chart.current = created;
			setReady(true);
		});
		const observer = new MutationObserver(() => {
			if (!chart.current) return;
			paint(chart.current, latest.current.series);
			chart.current.update('none');
		});
		observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
		return () => {
			alive = false;
			observer.disconnect();
			chart.current?.destroy();
			chart.current = null;
		};
	}, []);

	useEffect(() => {
		const current = chart.current;
		if (!current) return;
		current.data.labels = [...labels];
		paint(current, series);
		current.update('none');
	}, [labels, series, ready]);

	const lines = series.filter((s) => s.role !== 'marker');
	return (
		<figure class="chart" id={id}>
			<div class="chart__canvas">
				<canvas ref={canvas} role="img" aria-label={summary} data-chart-ready={ready ? 'true' : 'false'} />
			</div>
			<figcaption class="chart__legend">
				{series.map((s) => (
					<span class={`chart__key chart__key--${s.role}`}>{s.label}</span>
				))}
			</figcaption>
			<div class="chart__tools">
				<button type="button" class="btn" disabled={!ready} onClick={() => chart.current && downloadFile(pngName, chart.current.toBase64Image('image/png', 1), 'image/png')}>
					{t('kit.downloadPng')}
				</button>
			</div>
			<details class="chart__table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
				<summary>{t('kit.dataTable')}</summary>
				{tableOpen && (
				<table>
					<thead>
						<tr>
							<th scope="col">{labelHeader}</th>
							{lines.map((s) => (
								<th scope="col" class="num">{s.label}</th>
							))}
						</tr>
					</thead>
					<tbody>
						{labels.map((label, i) => (
							<tr>
								<th scope="row">{label}</th>
								{lines.map((s) => (
									<td class="num">{s.data[i] === null || s.data[i] === undefined ? t('kit.none') : format(s.data[i]!)}</td>
								))}
							</tr>
						))}
					</tbody>
				</table>
				)}
			</details>
		</figure>
	);
}
