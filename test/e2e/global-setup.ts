import { execFileSync } from 'node:child_process';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium';
import { serveStatic } from './server';
import { buildEnv } from '../build-env';

export const SUB_PATH = '/crm/';
const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');
export const DIST_SUB = resolve(ROOT, 'dist-subpath');

function build(outDir: string, basePath: string): number {
	const started = performance.now();
	execFileSync(process.execPath, [resolve(ROOT, 'node_modules/astro/astro.js'), 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: buildEnv({ OUT_DIR: outDir, BASE_PATH: basePath }),
	});
	return Math.round(performance.now() - started);
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		subPathUrl: string;
		chromiumPath: string;
		distDir: string;
		subPathDistDir: string;
	}
}

/** Builds the site twice (root and sub-path), serves both on 127.0.0.1, finds Chromium. */
export default async function setup(project: TestProject) {
	const chromiumPath = ensureChromium();
	const rootMs = build(DIST, '/');
	const subMs = build(DIST_SUB, SUB_PATH);
	console.log(`e2e: built the site in ${rootMs} ms (root) and ${subMs} ms (${SUB_PATH})`);
	const servers: Server[] = [];
	const root = await serveStatic(DIST, '/');
	const sub = await serveStatic(DIST_SUB, SUB_PATH);
	servers.push(root.server, sub.server);
	project.provide('baseUrl', root.url);
	project.provide('subPathUrl', sub.url);
	project.provide('chromiumPath', chromiumPath);
	project.provide('distDir', DIST);
	project.provide('subPathDistDir', DIST_SUB);
	return async () => {
		await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
	};
}
