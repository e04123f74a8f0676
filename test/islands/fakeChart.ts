/**
 * A stand-in for chart.js in happy-dom (which has no canvas): records what the calculators do with
 * their chart. Use with vi.mock('chart.js', () => import('./fakeChart')).
 */
export const charts = { created: 0, destroyed: 0, updates: 0, lastData: [] as unknown[] };

export class Chart {
	data: { labels: string[]; datasets: { data: unknown[] }[] };
	options: Record<string, unknown>;
	constructor(_canvas: unknown, config: { data: Chart['data']; options: Record<string, unknown> }) {
		this.data = config.data;
		this.options = config.options;
		charts.created++;
	}
	static register() {}
	update() {
		charts.updates++;
		charts.lastData = this.data.datasets[0]?.data ?? [];
	}
	destroy() {
		charts.destroyed++;
	}
	toBase64Image() {
		return 'data:image/png;base64,';
	}
}

const part = {};
export const LineController = part;
export const LineElement = part;
export const PointElement = part;
export const BarController = part;
export const BarElement = part;
export const ScatterController = part;
export const LinearScale = part;
export const CategoryScale = part;
