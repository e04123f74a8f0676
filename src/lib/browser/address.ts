/**
 * The address a printed page names at its foot, where the build did not know the public one
 * (SITE_URL): the address it was opened at, without its query or fragment (a calculator's numbers are
 * not the page's address), or '' on a loopback server, whose address no reader could open.
 */
const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0)$/i;

export function printableAddress(at: {
	hostname: string;
	origin: string;
	pathname: string;
}): string {
	if (LOOPBACK.test(at.hostname) || !/^https?:\/\//.test(at.origin)) return '';
	return at.origin + at.pathname;
}
