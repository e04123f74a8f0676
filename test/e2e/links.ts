import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

export interface Broken {
	file: string;
	ref: string;
	reason: string;
}

function walk(dir: string, ext: string, out: string[] = []): string[] {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) walk(full, ext, out);
		else if (entry.name.endsWith(ext)) out.push(full);
	}
	return out;
}

const ATTR = /\s(?:href|src|srcset|poster|data-base)=("([^"]*)"|'([^']*)')/g;
const CSS_URL = /url\(\s*(['"]?)([^'")]+)\1\s*\)/g;
const IDS = /\sid=("([^"]*)"|'([^']*)')/g;

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const decodeEntities = (s: string) =>
	s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X'))
			return String.fromCodePoint(parseInt(name.slice(2), 16));
		if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
		return NAMED[name.toLowerCase()] ?? whole;
	});

function idsOf(file: string, cache: Map<string, Set<string>>): Set<string> {
	let ids = cache.get(file);
	if (!ids) {
		ids = new Set(
			[...readFileSync(file, 'utf8').matchAll(IDS)].map((m) => decodeEntities(m[2] ?? m[3] ?? '')),
		);
		cache.set(file, ids);
	}
	return ids;
}

/**
 * Checks every internal href/src/srcset in the HTML and every url() in the CSS of a built site
 * deployed under `base`: the target file exists, a `#fragment` names an element on the target page,
 * and no absolute path escapes the base. External links (http:, mailto:) are listed, not followed.
 */
export function checkLinks(
	dist: string,
	base: string,
): { broken: Broken[]; checked: number; external: string[] } {
	const broken: Broken[] = [];
	const external = new Set<string>();
	const idCache = new Map<string, Set<string>>();
	let checked = 0;

	const resolveTarget = (from: string, ref: string): string | Broken['reason'] => {
		const [pathPart = ''] = ref.split(/[?#]/);
		let target: string;
		if (pathPart.startsWith('/')) {
			if (!pathPart.startsWith(base)) return `absolute path outside the base ${base}`;
			target = join(dist, decodeURIComponent(pathPart.slice(base.length)));
		} else {
			target = resolve(dirname(from), decodeURIComponent(pathPart));
		}
		if (existsSync(target) && statSync(target).isDirectory()) target = join(target, 'index.html');
		return existsSync(target) ? target : 'no such file';
	};

	const check = (file: string, raw: string, isHtml: boolean) => {
		const ref = decodeEntities(raw.trim());
		if (ref === '' || ref.startsWith('data:') || ref.startsWith('javascript:')) return;
		if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) {
			external.add(ref);
			return;
		}
		checked++;
		const rel = relative(dist, file);
		if (ref.startsWith('#')) {
			const id = decodeURIComponent(ref.slice(1));
			if (isHtml && id && id !== 'top' && !idsOf(file, idCache).has(id)) {
				broken.push({ file: rel, ref, reason: 'no element with this id' });
			}
			return;
		}
		const target = resolveTarget(file, ref);
		if (!target.startsWith('/')) {
			broken.push({ file: rel, ref, reason: target });
			return;
		}
		const hash = ref.includes('#') ? decodeURIComponent(ref.slice(ref.indexOf('#') + 1)) : '';
		if (hash && hash !== 'top' && target.endsWith('.html') && !idsOf(target, idCache).has(hash)) {
			broken.push({ file: rel, ref, reason: 'no element with this id on the target page' });
		}
	};

	for (const file of walk(dist, '.html')) {
		for (const m of readFileSync(file, 'utf8').matchAll(ATTR)) {
			const value = m[2] ?? m[3] ?? '';
			const refs = m[0].includes('srcset=')
				? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '')
				: [value];
			for (const ref of refs) check(file, ref, true);
		}
	}
	for (const file of walk(dist, '.css')) {
		for (const m of readFileSync(file, 'utf8').matchAll(CSS_URL)) check(file, m[2] ?? '', false);
	}
	return { broken, checked, external: [...external] };
}
