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

/** Points on a two-axis matrix (0–100 each), e.g. customers on the satisfaction × loyalty matrix. */
export interface ScatterSeries {
	label: string;
	points: { x: number; y: number; name: string }[];
	/** 'current' is the customer being classified; 'others' the compared customers. */
	role: 'current' | 'others';
}

/** Threshold lines and the four quadrant names: top-left, top-right, bottom-left, bottom-right. */
export interface Quadrants {
	x: number;
	y: number;
	labels: [string, string, string, string];
	xTitle: string;
	yTitle: string;
}

interface Props {
	id: string;
	kind?: 'line' | 'bar' | 'scatter';
	/** For kind 'scatter': the points and the matrix they sit on (labels/series are then unused). */
	scatter?: { series: ScatterSeries[]; quadrants: Quadrants } | undefined;
	/** Per label, a CSS variable whose colour fills that label's slot behind the data (e.g. stages). */
	bands?: (string | null)[] | undefined;
	labels: string[];
	series: Series[];
	/** One or two sentences saying what the chart shows, for screen readers (`aria-label`). */
	summary: string;
	/** Header of the label column in the data table. */
	labelHeader: string;
	format: (value: number) => string;
	pngName: string;
	/** Lets a person drag the points of the first line series up and down within `range` (a line chart only). */
	drag?: { range: [number, number]; onDrag: (index: number, value: number) => void } | undefined;
}

type AnyChart = Chart<
	'line' | 'bar' | 'scatter',
	(number | null | { x: number; y: number })[],
	string
>;

let loader: Promise<typeof Chart> | undefined;
/** chart.js arrives only when a chart is first shown, with just the parts a line chart needs. */
function loadChart(): Promise<typeof Chart> {
	// Destructured in the parameter so the bundler keeps only these parts of chart.js. No tooltip or
	// legend plugin (13 KB gzipped together): the legend is HTML below, the numbers are in the table.
	loader ??= import('chart.js').then(
		({
			Chart,
			LineController,
			LineElement,
			PointElement,
			BarController,
			BarElement,
			ScatterController,
			LinearScale,
			CategoryScale,
		}) => {
			Chart.register(
				LineController,
				LineElement,
				PointElement,
				BarController,
				BarElement,
				ScatterController,
				LinearScale,
				CategoryScale,
			);
			return Chart;
		},
		(error: unknown) => {
			// Not kept: the next chart to mount tries again (the connection may be back).
			loader = undefined;
			throw error;
		},
	);
	return loader;
}

function palette() {
	const css = getComputedStyle(document.documentElement);
	const v = (name: string) => css.getPropertyValue(name).trim();
	return {
		line: v('--accent'),
		marker: v('--c-key'),
		muted: v('--text-muted'),
		grid: v('--border'),
		bg: v('--bg'),
	};
}

/** Paints the page background under the chart, so a downloaded PNG is legible in either theme. */
const background: Plugin<'line' | 'bar' | 'scatter'> = {
	id: 'crm-background',
	beforeDraw(chart) {
		const { ctx, width, height } = chart;
		ctx.save();
		ctx.fillStyle = palette().bg;
		ctx.fillRect(0, 0, width, height);
		ctx.restore();
	},
};

/** Draws the threshold lines and names the four quadrants of a matrix chart. */
function quadrantPlugin(get: () => Quadrants | undefined): Plugin<'line' | 'bar' | 'scatter'> {
	return {
		id: 'crm-quadrants',
		beforeDatasetsDraw(chart) {
			const q = get();
			const x = chart.scales['x'];
			const y = chart.scales['y'];
			if (!q || !x || !y) return;
			const { ctx, chartArea: area } = chart;
			const colours = palette();
			const px = x.getPixelForValue(q.x);
			const py = y.getPixelForValue(q.y);
			ctx.save();
			ctx.strokeStyle = colours.muted;
			ctx.setLineDash([6, 4]);
			ctx.beginPath();
			ctx.moveTo(px, area.top);
			ctx.lineTo(px, area.bottom);
			ctx.moveTo(area.left, py);
			ctx.lineTo(area.right, py);
			ctx.stroke();
			ctx.fillStyle = colours.muted;
			ctx.font = '600 13px system-ui, sans-serif';
			const pad = 8;
			const place = [
				[area.left + pad, area.top + pad, 'left', 'top'],
				[area.right - pad, area.top + pad, 'right', 'top'],
				[area.left + pad, area.bottom - pad, 'left', 'bottom'],
				[area.right - pad, area.bottom - pad, 'right', 'bottom'],
			] as const;
			place.forEach(([lx, ly, align, base], i) => {
				ctx.textAlign = align;
				ctx.textBaseline = base;
				ctx.fillText(q.labels[i]!, lx, ly);
			});
			ctx.restore();
		},
	};
}

/** Fills each category slot with its band colour, behind the datasets. */
function bandPlugin(get: () => (string | null)[] | undefined): Plugin<'line' | 'bar' | 'scatter'> {
	return {
		id: 'crm-bands',
		beforeDatasetsDraw(chart) {
			const bands = get();
			const x = chart.scales['x'];
			if (!bands || !x || bands.length === 0) return;
			const { ctx, chartArea: area } = chart;
			const css = getComputedStyle(document.documentElement);
			const step =
				bands.length > 1
					? Math.abs(x.getPixelForValue(1) - x.getPixelForValue(0))
					: area.right - area.left;
			ctx.save();
			bands.forEach((band, i) => {
				if (!band) return;
				ctx.fillStyle = css.getPropertyValue(band).trim();
				const centre = x.getPixelForValue(i);
				const left = Math.max(area.left, centre - step / 2);
				const right = Math.min(area.right, centre + step / 2);
				ctx.fillRect(left, area.top, right - left, area.bottom - area.top);
			});
			ctx.restore();
		},
	};
}

function toDataset(
	series: Series,
	colours: ReturnType<typeof palette>,
): ChartDataset<'line' | 'bar', (number | null)[]> {
	if (series.role === 'bar') {
		const fill = series.data.map((v) => (v !== null && v < 0 ? colours.marker : colours.line));
		return {
			type: 'bar',
			label: series.label,
			data: series.data,
			backgroundColor: fill,
			borderColor: fill,
			borderWidth: 0,
		} as ChartDataset<'bar', (number | null)[]>;
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

type Drawn = Pick<Props, 'series' | 'scatter'>;

const rangeOf = (drag: Props['drag']) => (drag ? { min: drag.range[0], max: drag.range[1] } : {});

function paint(chart: AnyChart, { series, scatter }: Drawn): void {
	const colours = palette();
	const next = scatter
		? scatter.series.map((s) => {
				const current = s.role === 'current';
				const colour = current ? colours.marker : colours.line;
				return {
					type: 'scatter' as const,
					label: s.label,
					data: s.points.map((p) => ({ x: p.x, y: p.y })),
					backgroundColor: colour,
					borderColor: colour,
					pointRadius: current ? 8 : 5,
					pointHoverRadius: current ? 10 : 7,
					pointStyle: current ? ('rectRot' as const) : ('circle' as const),
				};
			})
		: series.map((s) => toDataset(s, colours));
	next.forEach((d, i) => {
		const current = chart.data.datasets[i];
		if (current) Object.assign(current, d);
		else chart.data.datasets.push(d as (typeof chart.data.datasets)[number]);
	});
	chart.data.datasets.length = next.length;
	const { scales } = chart.options;
	for (const axis of [scales?.['x'], scales?.['y']]) {
		if (!axis) continue;
		if (axis.ticks) axis.ticks.color = colours.muted;
		if (axis.grid) axis.grid.color = colours.grid;
		if ('title' in axis && axis.title) axis.title.color = colours.muted;
	}
}

/**
 * The only file that imports chart.js. Creates the chart once, updates it in place, repaints it
 * when the theme changes, destroys it on unmount, and offers the same numbers as a table and a PNG.
 */
export function ChartCanvas({
	id,
	kind = 'line',
	labels,
	series,
	scatter,
	bands,
	summary,
	labelHeader,
	format,
	pngName,
	drag,
}: Props) {
	const canvas = useRef<HTMLCanvasElement>(null);
	const chart = useRef<AnyChart | null>(null);
	const latest = useRef({ labels, series, scatter, bands, format, drag });
	latest.current = { labels, series, scatter, bands, format, drag };
	/** Writes the points' pixel positions on the canvas (data-points) once dragging is loaded. */
	const markPoints = useRef<(() => void) | undefined>(undefined);
	const [ready, setReady] = useState(false);
	/** Chart.js could not be loaded (a dropped connection): said under the chart, the table stays. */
	const [failed, setFailed] = useState(false);
	// The table is built only while open: it repeats every number, and typing should stay instant.
	const [tableOpen, setTableOpen] = useState(false);

	useEffect(() => {
		let alive = true;
		loadChart()
			.then((ChartJs) => {
				if (!alive || !canvas.current) return;
				const q = latest.current.scatter?.quadrants;
				const axis = (title?: string) => ({
					min: 0,
					max: 100,
					ticks: {},
					grid: {},
					title: { display: Boolean(title), text: title ?? '' },
				});
				const config = {
					type: kind,
					data: { labels: [...latest.current.labels], datasets: [] },
					options: {
						animation: false,
						responsive: true,
						maintainAspectRatio: false,
						scales: q
							? { x: axis(q.xTitle), y: axis(q.yTitle) }
							: {
									x: { ticks: {}, grid: {} },
									y: {
										...rangeOf(latest.current.drag),
										ticks: { callback: (v: unknown) => latest.current.format(Number(v)) },
										grid: {},
									},
								},
					},
					plugins: [
						background,
						bandPlugin(() => latest.current.bands),
						quadrantPlugin(() => latest.current.scatter?.quadrants),
					],
				} as ChartConfiguration<
					'line' | 'bar' | 'scatter',
					(number | null | { x: number; y: number })[],
					string
				>;
				const created = new ChartJs(canvas.current, config) as AnyChart;
				paint(created, latest.current);
				created.update('none');
				chart.current = created;
				setReady(true);
			})
			.catch((error: unknown) => {
				console.error('chart: Chart.js did not load', error);
				if (alive) setFailed(true);
			});
		const observer = new MutationObserver(() => {
			if (!chart.current) return;
			paint(chart.current, latest.current);
			chart.current.update('none');
		});
		observer.observe(document.documentElement, {
			attributes: true,
			attributeFilter: ['data-theme'],
		});
		return () => {
			alive = false;
			observer.disconnect();
			chart.current?.destroy();
			chart.current = null;
		};
	}, [kind]);

	useEffect(() => {
		const current = chart.current;
		if (!current) return;
		current.data.labels = [...labels];
		paint(current, { series, scatter });
		current.update('none');
		markPoints.current?.();
	}, [labels, series, scatter, bands, ready]);

	// Dragging is loaded only by charts that allow it (the lifecycle series).
	const draggable = Boolean(drag);
	useEffect(() => {
		if (!draggable || !ready || !canvas.current) return;
		let detach: (() => void) | undefined;
		let alive = true;
		void import('./chartDrag').then(({ attachDrag, pointsOf }) => {
			if (!alive || !canvas.current) return;
			detach = attachDrag(
				canvas.current,
				() => chart.current,
				() => latest.current.drag,
			);
			const mark = () =>
				chart.current &&
				canvas.current &&
				(canvas.current.dataset['points'] = pointsOf(chart.current)
					.map(([x, y]) => `${Math.round(x)},${Math.round(y)}`)
					.join(' '));
			mark();
			markPoints.current = mark;
		});
		return () => {
			alive = false;
			detach?.();
			markPoints.current = undefined;
		};
	}, [draggable, ready]);

	const lines = series.filter((s) => s.role !== 'marker');
	return (
		<figure class="chart" id={id}>
			<div class="chart__canvas">
				<canvas
					ref={canvas}
					role="img"
					aria-label={summary}
					data-chart-ready={ready ? 'true' : 'false'}
					class={drag ? 'chart--draggable' : undefined}
				/>
			</div>
			{failed && <p class="calc__notice">{t('kit.chartFailed')}</p>}
			{!ready && <p class="chart__print-note">{t('kit.chart.notDrawn')}</p>}
			<figcaption class="chart__legend">
				{(scatter
					? scatter.series.map((s) => ({
							label: s.label,
							role: s.role === 'current' ? 'marker' : 'line',
						}))
					: series
				).map((s) => (
					<span class={`chart__key chart__key--${s.role}`}>{s.label}</span>
				))}
			</figcaption>
			<div class="chart__tools">
				<button
					type="button"
					class="btn"
					disabled={!ready}
					onClick={() =>
						chart.current &&
						downloadFile(pngName, chart.current.toBase64Image('image/png', 1), 'image/png')
					}
				>
					{t('kit.downloadPng')}
				</button>
			</div>
			<details class="chart__table" onToggle={(e) => setTableOpen(e.currentTarget.open)}>
				<summary>{t('kit.dataTable')}</summary>
				{tableOpen && scatter && (
					<table>
						<thead>
							<tr>
								<th scope="col">{labelHeader}</th>
								<th scope="col" class="num">
									{scatter.quadrants.xTitle}
								</th>
								<th scope="col" class="num">
									{scatter.quadrants.yTitle}
								</th>
							</tr>
						</thead>
						<tbody>
							{scatter.series
								.flatMap((s) => s.points)
								.map((p) => (
									<tr>
										<th scope="row">{p.name}</th>
										<td class="num">{format(p.x)}</td>
										<td class="num">{format(p.y)}</td>
									</tr>
								))}
						</tbody>
					</table>
				)}
				{tableOpen && !scatter && (
					<table>
						<thead>
							<tr>
								<th scope="col">{labelHeader}</th>
								{lines.map((s) => (
									<th scope="col" class="num">
										{s.label}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{labels.map((label, i) => (
								<tr>
									<th scope="row">{label}</th>
									{lines.map((s) => (
										<td class="num">
											{s.data[i] === null || s.data[i] === undefined
												? t('kit.none')
												: format(s.data[i]!)}
										</td>
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
