/**
 * Drawing sensible numbers from a seed: whole steps, picks from lists, so that every generated
 * exercise can be worked by hand.
 */
import { randomSource } from '../crm/sample';

export interface Draw {
	/** A whole number lo … hi (inclusive). */
	int: (lo: number, hi: number) => number;
	/** lo … hi in steps of `step` (lo and hi multiples of step). */
	step: (lo: number, hi: number, step: number) => number;
	pick: <T>(items: readonly T[]) => T;
	chance: (p: number) => boolean;
}

export function draw(seed: number): Draw {
	const random = randomSource(seed * 2654435761);
	const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
	return {
		int,
		// Rounded to the step's decimals so 0.1 steps give 6.3, not 6.300000000000001.
		step: (lo, hi, step) =>
			Number((int(Math.round(lo / step), Math.round(hi / step)) * step).toFixed(10)),
		pick: (items) => items[int(0, items.length - 1)]!,
		chance: (p) => random() < p,
	};
}
