import { useEffect, useState } from 'preact/hooks';
import { decodeState, encodeState, type ParamSpecs, type StateOf } from '../../lib/share/codec';

/**
 * Calculator state that lives in the query string: read once on mount (so a shared link restores
 * the inputs; parameters the link leaves out keep the page's own defaults), written back with replaceState on every change (no history entry per keystroke).
 * With `sync` off (a calculator embedded in a chapter) the URL is left alone.
 */
export function useUrlState<S extends ParamSpecs>(specs: S, initial: StateOf<S>, sync: boolean) {
	const [state, setState] = useState<StateOf<S>>(initial);
	const [ready, setReady] = useState(!sync);

	useEffect(() => {
		if (!sync) return;
		if (window.location.search) setState(decodeState(specs, window.location.search, initial));
		setReady(true);
	}, []);

	useEffect(() => {
		if (!sync || !ready) return;
		const url = new URL(window.location.href);
		url.search = encodeState(specs, state);
		if (url.href !== window.location.href) window.history.replaceState(window.history.state, '', url);
	}, [state, ready]);

	const update = (patch: Partial<StateOf<S>>) => setState((s) => ({ ...s, ...patch }));
	return [state, update] as const;
}
