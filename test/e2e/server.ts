import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ttf': 'font/ttf',
	'.wasm': 'application/wasm',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.xml': 'application/xml',
};

/** Resolves a request path to a file in `root`, or undefined (404). Directories serve index.html. */
export function resolveFile(root: string, base: string, pathname: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	const rel = normalize(decodeURIComponent(pathname.slice(base.length)));
	if (rel.startsWith('..')) return undefined;
	let file = join(root, rel);
	if (!file.startsWith(root + sep) && file !== root) return undefined;
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * A static server for a built site, bound to 127.0.0.1 on a free port, serving `root` under `base`
 * (e.g. '/crm/') and 404.html with status 404 for anything missing, as a static host would.
 */
export async function serveStatic(
	root: string,
	base = '/',
): Promise<{ url: string; server: Server }> {
	const server = createServer((req, res) => {
		const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
		const file = resolveFile(root, base, pathname);
		const target = file ?? join(root, '404.html');
		res.statusCode = file ? 200 : 404;
		res.setHeader('Content-Type', TYPES[extname(target)] ?? 'application/octet-stream');
		res.setHeader('Cache-Control', 'no-store');
		createReadStream(target).pipe(res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}${base}`, server };
}
