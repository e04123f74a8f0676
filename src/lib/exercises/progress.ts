/**
 * What a student answered, kept in the browser (localStorage) under one versioned key. Reading
 * never throws: a corrupt entry, an older version or a wrong shape reads as an empty record.
 */

export const PROGRESS_KEY = 'crm-course-progress';
export const PROGRESS_VERSION = 1;

export interface Attempt {
	/** The seed of a generated exercise when it was answered. */
	seed?: number;
	/** What the student gave, as text (choices as their keys, joined by commas). */
	answer: string;
	correct: boolean;
	/** When, as an ISO date (the page supplies it; lib has no clock). */
	at: string;
}

export interface Progress {
	version: typeof PROGRESS_VERSION;
	attempts: Record<string, Attempt>;
}

export const emptyProgress = (): Progress => ({ version: PROGRESS_VERSION, attempts: {} });

const isAttempt = (a: unknown): a is Attempt => {
	if (typeof a !== 'object' || a === null) return false;
	const x = a as Record<string, unknown>;
	return typeof x['answer'] === 'string' && typeof x['correct'] === 'boolean' && typeof x['at'] === 'string' && (x['seed'] === undefined || Number.isInteger(x['seed']));
};

/**
 * @example parseProgress('{"version":1,"attempts":{}}') // { version: 1, attempts: {} }
 * @example parseProgress('not json').attempts // {}
 */
export function parseProgress(raw: string | null): Progress {
	if (!raw) return emptyProgress();
	try {
		const data = JSON.parse(raw) as unknown;
		if (typeof data !== 'object' || data === null || (data as { version?: unknown }).version !== PROGRESS_VERSION) return emptyProgress();
		const attempts = (data as { attempts?: unknown }).attempts;
		if (typeof attempts !== 'object' || attempts === null || Array.isArray(attempts)) return emptyProgress();
		// Keep the valid entries of a partly damaged record.
		return { version: PROGRESS_VERSION, attempts: Object.fromEntries(Object.entries(attempts).filter(([, a]) => isAttempt(a))) as Record<string, Attempt> };
	} catch {
		return emptyProgress();
	}
}

export function recordAttempt(progress: Progress, id: string, attempt: Attempt): Progress {
	return { ...progress, attempts: { ...progress.attempts, [id]: attempt } };
}

/** Answered and right among the given exercise ids. */
export function stats(progress: Progress, ids: readonly string[]): { total: number; done: number; right: number } {
	const mine = ids.map((id) => progress.attempts[id]).filter((a): a is Attempt => a !== undefined);
	return { total: ids.length, done: mine.length, right: mine.filter((a) => a.correct).length };
}
