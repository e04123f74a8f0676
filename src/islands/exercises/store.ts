/**
 * The progress record in localStorage, with its last good copy beside it. Storage can be missing,
 * full or damaged (private windows, quotas, an old or a newer version of the site): answers still
 * work on the page, and the student is told what was kept and what was not.
 */
import {
	BACKUP_KEY,
	PROGRESS_KEY,
	UNREADABLE_KEY,
	emptyProgress,
	readStored,
	recordAttempt,
	type Attempt,
	type Progress,
	type RecordStatus,
} from '../../lib/exercises/progress';

/** What happened to the record on this visit, for the page to say. */
export type StoreNotice = Exclude<RecordStatus, 'ok' | 'empty'> | 'save-failed' | null;

export interface Loaded {
	progress: Progress;
	notice: StoreNotice;
	restored: number;
}

function get(key: string): string | null {
	try {
		return window.localStorage.getItem(key);
	} catch {
		return null;
	}
}

export function loadProgress(): Loaded {
	const raw = get(PROGRESS_KEY);
	const read = readStored(raw, get(BACKUP_KEY));
	if ((read.status === 'restored' || read.status === 'lost') && raw !== null && raw !== '') {
		try {
			// Set the damaged record aside before anything can replace it.
			window.localStorage.setItem(UNREADABLE_KEY, raw);
		} catch {
			// Nowhere to keep it; it is still in place until the next answer.
		}
	}
	const notice: StoreNotice = read.status === 'ok' || read.status === 'empty' ? null : read.status;
	return { progress: read.progress, notice, restored: read.restored };
}

/** Records an answer; never overwrites a record from a newer version, and says when saving failed. */
export function saveAttempt(id: string, attempt: Attempt): Loaded {
	const loaded = loadProgress();
	const next = recordAttempt(loaded.progress, id, attempt);
	if (loaded.notice === 'newer') return { ...loaded, progress: next };
	try {
		const text = JSON.stringify(next);
		window.localStorage.setItem(PROGRESS_KEY, text);
		window.localStorage.setItem(BACKUP_KEY, text);
		return { progress: next, notice: null, restored: 0 };
	} catch {
		return { progress: next, notice: 'save-failed', restored: 0 };
	}
}

export function resetProgress(): void {
	try {
		for (const key of [PROGRESS_KEY, BACKUP_KEY, UNREADABLE_KEY])
			window.localStorage.removeItem(key);
	} catch {
		// Nothing stored, nothing to remove.
	}
}

export { emptyProgress };
