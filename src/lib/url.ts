/**
 * Joins the site's base path and a site-relative path, so links survive a sub-path deployment.
 * Keeps any `?query` or `#hash`; adds a trailing slash to page paths (the site uses trailing slashes).
 * @param base the deployment base, e.g. '/' or '/crm/' (with or without the trailing slash)
 * @param path a site-relative path such as 'chapters/01-crm-overview/' or '/glossary/#crm'
 * @example joinBase('/crm/', 'chapters/01-crm-overview') // '/crm/chapters/01-crm-overview/'
 */
export function joinBase(base: string, path: string): string {
	const root = `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
	const match = /^([^?#]*)(.*)$/.exec(path.replace(/^\/+/, ''));
	let pathname = match?.[1] ?? '';
	const rest = match?.[2] ?? '';
	const isFile = /\.[a-z0-9]+$/i.test(pathname);
	if (pathname !== '' && !isFile && !pathname.endsWith('/')) pathname += '/';
	return root + pathname + rest;
}

/** The site's own link to `path`, under the base path this build was made for. */
export function url(path: string): string {
	return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
