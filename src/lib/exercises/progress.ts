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
	return (
		typeof x['answer'] === 'string' &&
		typeof x['correct'] === 'boolean' &&
		typeof x['at'] === 'string' &&
		(x['seed'] === undefined || Number.isInteger(x['seed']))
	);
};

/**
 * @example parseProgress('{"version":1,"attempts":{}}') // { version: 1, attempts: {} }
 * @example parseProgress('not json').attempts // {}
 */
export function parseProgress(raw: string | null): Progress {
	if (!raw) return emptyProgress();
	try {
		const data = JSON.parse(raw) as unknown;
		if (
			typeof data !== 'object' ||
			data === null ||
			(data as { version?: unknown }).version !== PROGRESS_VERSION
		)
			return emptyProgress();
		const attempts = (data as { attempts?: unknown }).attempts;
		if (typeof attempts !== 'object' || attempts === null || Array.isArray(attempts))
			return emptyProgress();
		// Keep the valid entries of a partly damaged record.
		return {
			version: PROGRESS_VERSION,
			attempts: Object.fromEntries(
				Object.entries(attempts).filter(([, a]) => isAttempt(a)),
			) as Record<string, Attempt>,
		};
	} catch {
		return emptyProgress();
	}
}

/** Where the last record that read well is kept, beside the record itself. */
export const BACKUP_KEY = `${PROGRESS_KEY}.backup`;
/** Where a record that could not be read is set aside (never overwritten by new answers). */
export const UNREADABLE_KEY = `${PROGRESS_KEY}.unreadable`;

/**
 * How a stored record read: fine, absent, unreadable (but its last good copy restored), unreadable
 * with no copy, or written by a newer version of the site (which this page must not overwrite).
 */
export type RecordStatus = 'ok' | 'empty' | 'restored' | 'lost' | 'newer';

export interface StoredRecord {
	progress: Progress;
	status: RecordStatus;
	/** Answers taken from the backup when the record itself was unreadable. */
	restored: number;
}

/** The record's JSON, or null when the text does not parse. */
function parsed(raw: string): unknown {
	try {
		return JSON.parse(raw) as unknown;
	} catch {
		return null;
	}
}

const versionOf = (data: unknown): unknown =>
	typeof data === 'object' && data !== null ? (data as { version?: unknown }).version : undefined;

/** True when the text is a record of this version whose attempts are an object (damaged entries aside). */
function readable(raw: string | null): boolean {
	const data = raw === null ? null : parsed(raw);
	if (versionOf(data) !== PROGRESS_VERSION) return false;
	const attempts = (data as { attempts?: unknown }).attempts;
	return typeof attempts === 'object' && attempts !== null && !Array.isArray(attempts);
}

/**
 * Reads the record and its backup as stored. A record that does not read falls back to the backup;
 * one from a newer version is reported as such and read as empty, so that nothing replaces it.
 * @example readStored(null, null).status // 'empty'
 * @example readStored('{"version":1,"attempts":{"a":{"answer":"x","correct":true,"at":"2026-01-01"}}}', null).status // 'ok'
 */
export function readStored(raw: string | null, backup: string | null): StoredRecord {
	const present = raw !== null && raw !== '';
	const version = present ? versionOf(parsed(raw)) : undefined;
	if (typeof version === 'number' && version > PROGRESS_VERSION)
		return { progress: emptyProgress(), status: 'newer', restored: 0 };
	if (present && readable(raw)) return { progress: parseProgress(raw), status: 'ok', restored: 0 };
	if (readable(backup)) {
		const progress = parseProgress(backup);
		return { progress, status: 'restored', restored: Object.keys(progress.attempts).length };
	}
	return { progress: emptyProgress(), status: present ? 'lost' : 'empty', restored: 0 };
}

export function recordAttempt(progress: Progress, id: string, attempt: Attempt): Progress {
	return { ...progress, attempts: { ...progress.attempts, [id]: attempt } };
}

/** Answered and right among the given exercise ids. */
export function stats(
	progress: Progress,
	ids: readonly string[],
): { total: number; done: number; right: number } {
	const mine = ids.map((id) => progress.attempts[id]).filter((a): a is Attempt => a !== undefined);
	return { total: ids.length, done: mine.length, right: mine.filter((a) => a.correct).length };
}
