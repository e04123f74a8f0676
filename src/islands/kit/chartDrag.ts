import type { Chart } from 'chart.js';

/** How far from a point, in CSS pixels, a press still picks it up (a fingertip is about 40 px wide). */
const REACH = 24;

export interface DragTarget {
	range: [number, number];
	onDrag: (index: number, value: number) => void;
}

/** Pixel positions of the first series' points. */
export function pointsOf(
	chart: Chart<'line' | 'bar' | 'scatter', unknown[], string>,
): [number, number][] {
	return chart.getDatasetMeta(0).data.map((p) => [p.x, p.y]);
}

/**
 * Lets the nearest point within reach follow the pointer vertically (mouse, pen or finger), within
 * the target's range. Loaded only by charts that allow dragging; returns the function that detaches it.
 */
export function attachDrag(
	canvas: HTMLCanvasElement,
	chart: () => Chart<'line' | 'bar' | 'scatter', unknown[], string> | null,
	target: () => DragTarget | undefined,
): () => void {
	let dragging: number | null = null;
	const at = (e: PointerEvent) => {
		const rect = canvas.getBoundingClientRect();
		return { x: e.clientX - rect.left, y: e.clientY - rect.top };
	};
	const down = (e: PointerEvent) => {
		const c = chart();
		if (!c || !target()) return;
		const p = at(e);
		let best = -1;
		let distance = REACH;
		pointsOf(c).forEach(([px, py], i) => {
			const d = Math.hypot(px - p.x, py - p.y);
			if (d <= distance) [best, distance] = [i, d];
		});
		if (best < 0) return;
		dragging = best;
		canvas.setPointerCapture(e.pointerId);
		e.preventDefault();
	};
	const move = (e: PointerEvent) => {
		const c = chart();
		const t = target();
		if (!c || !t || dragging === null) return;
		const raw = c.scales['y']!.getValueForPixel(at(e).y) ?? 0;
		t.onDrag(dragging, Math.round(Math.min(t.range[1], Math.max(t.range[0], raw))));
	};
	const up = () => {
		dragging = null;
	};
	canvas.addEventListener('pointerdown', down);
	canvas.addEventListener('pointermove', move);
	canvas.addEventListener('pointerup', up);
	canvas.addEventListener('pointercancel', up);
	return () => {
		canvas.removeEventListener('pointerdown', down);
		canvas.removeEventListener('pointermove', move);
		canvas.removeEventListener('pointerup', up);
		canvas.removeEventListener('pointercancel', up);
	};
}
