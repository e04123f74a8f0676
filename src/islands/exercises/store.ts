/**
 * The progress record in localStorage. Storage can be missing or full (private windows, quotas):
 * then answers still work on the page, they are just not kept.
 */
import { PROGRESS_KEY, emptyProgress, parseProgress, recordAttempt, type Attempt, type Progress } from '../../lib/exercises/progress';

export function loadProgress(): Progress {
	try {
		return parseProgress(window.localStorage.getItem(PROGRESS_KEY));
	} catch {
		return emptyProgress();
	}
}

export function saveAttempt(id: string, attempt: Attempt): Progress {
	const next = recordAttempt(loadProgress(), id, attempt);
	try {
		window.localStorage.setItem(PROGRESS_KEY, JSON.stringify(next));
	} catch {
		// Not kept; the page still shows the result.
	}
	return next;
}

export function resetProgress(): void {
	try {
		window.localStorage.removeItem(PROGRESS_KEY);
	} catch {
		// Nothing stored, nothing to remove.
	}
}
