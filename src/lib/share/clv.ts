import type { ParamSpecs } from './codec';

/**
 * Query parameters of the CLV calculator (documented on /tools/clv/ for instructors). Amounts in
 * yuan, r and p in percent. Defaults: the textbook exercise (Co 500, Po 3000, In 1000, Cs 100,
 * r 8 %, n 10) and the Stew Leonard case (100 × 50 × 10).
 */
export const CLV_PARAMS = {
	model: {
		fallback: 'discounted',
		options: ['undiscounted', 'discounted', 'retention', 'infinite', 'spend'],
	},
	co: { fallback: '500' },
	po: { fallback: '3000' },
	in: { fallback: '1000' },
	cs: { fallback: '100' },
	n: { fallback: '10' },
	r: { fallback: '8' },
	p: { fallback: '80' },
	timing: { fallback: 'end', options: ['end', 'mid'] },
	factors: { fallback: 'exact', options: ['exact', 'table'] },
	spend: { fallback: '100' },
	visits: { fallback: '50' },
	years: { fallback: '10' },
} as const satisfies ParamSpecs;

export type ClvParams = typeof CLV_PARAMS;
