import { useEffect, useRef, useState } from 'preact/hooks';
import {
	decodeState,
	encodeFragment,
	encodeState,
	hasFragmentState,
	type ParamSpecs,
	type StateOf,
} from '../../lib/share/codec';

/** Quiet time before the address bar follows the inputs: Chromium ignores replaceState past ~100 calls in a few seconds. */
export const URL_WRITE_DELAY_MS = 250;

/** A link to this page with `state`: the query, and the fragment parameters only when asked for. */
export function linkFor<S extends ParamSpecs>(
	specs: S,
	state: StateOf<S>,
	withFragment: boolean,
): string {
	const url = new URL(window.location.href);
	url.search = encodeState(specs, state);
	url.hash = withFragment ? encodeFragment(specs, state) : '';
	return url.href;
}

/**
 * Calculator state that lives in the query string: read once on mount (so a shared link restores
 * the inputs; parameters the link leaves out keep the page's own defaults), written back with
 * replaceState once typing pauses (no history entry per keystroke, and never throttled into
 * staying stale). Fragment parameters (a person's own data) are read from a link's `#…` but never
 * written to the address bar; `link()` builds a share link from the state itself, not from
 * `location`. With `sync` off (a calculator embedded in a chapter) the URL is left alone.
 */
export function useUrlState<S extends ParamSpecs>(specs: S, initial: StateOf<S>, sync: boolean) {
	const [state, setState] = useState<StateOf<S>>(initial);
	const [ready, setReady] = useState(!sync);
	const latest = useRef(state);
	latest.current = state;

	useEffect(() => {
		if (!sync) return;
		const { search, hash } = window.location;
		if (search || hasFragmentState(specs, hash))
			setState(decodeState(specs, search, initial, hash));
		setReady(true);
		// The URL is read once, on mount: later renders pass a new `initial` that must not reset it.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	useEffect(() => {
		if (!sync || !ready) return;
		const write = () => {
			const url = new URL(window.location.href);
			url.search = encodeState(specs, latest.current);
			// Data that arrived in a link's fragment is now the page's; it is not left in the address bar.
			if (hasFragmentState(specs, url.hash)) url.hash = '';
			if (url.href !== window.location.href)
				window.history.replaceState(window.history.state, '', url);
		};
		const timer = setTimeout(write, URL_WRITE_DELAY_MS);
		window.addEventListener('pagehide', write);
		return () => {
			clearTimeout(timer);
			window.removeEventListener('pagehide', write);
		};
	}, [state, ready, specs, sync]);

	const update = (patch: Partial<StateOf<S>>) => setState((s) => ({ ...s, ...patch }));
	const link = (withFragment = false) => linkFor(specs, latest.current, withFragment);
	return [state, update, link] as const;
}
