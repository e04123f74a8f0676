import { useEffect, useState } from 'preact/hooks';

/**
 * The value one frame later: large, secondary views (a 100-row schedule, a chart) follow the inputs
 * on the next frame, so the results a reader is watching update within the keystroke.
 */
export function useDeferred<T>(value: T): T {
	const [deferred, setDeferred] = useState(value);
	useEffect(() => {
		if (Object.is(deferred, value)) return;
		const frame = requestAnimationFrame(() => setDeferred(() => value));
		return () => cancelAnimationFrame(frame);
	}, [value, deferred]);
	return deferred;
}
