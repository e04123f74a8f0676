import { spawn } from 'node:child_process';
import type { Server } from 'node:http';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensureChromium, testChromiumArgs } from './chromium';
import { serveStatic } from './server';
import { buildEnv } from '../build-env';
import { copyProject } from '../project-copy';

export const SUB_PATH = '/crm/';
/** The public address the sub-path build is told it has (SITE_URL), as a school's deployment is. */
export const SUB_SITE = 'https://crm.example.edu.cn';
const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = resolve(ROOT, 'dist');
export const DIST_SUB = resolve(ROOT, 'dist-subpath');

/** Builds the site into `outDir`; resolves with the milliseconds it took, rejects if it fails. */
function build(cwd: string, outDir: string, basePath: string, site = ''): Promise<number> {
	const started = performance.now();
	const child = spawn(process.execPath, [resolve(ROOT, 'node_modules/astro/astro.js'), 'build'], {
		cwd,
		stdio: ['ignore', 'ignore', 'inherit'],
		// SITE_URL always set, so a value in the caller's environment never reaches the root build.
		env: buildEnv({ OUT_DIR: outDir, BASE_PATH: basePath, SITE_URL: site }),
	});
	return new Promise((done, failed) => {
		child.on('error', failed);
		child.on('exit', (code) =>
			code === 0
				? done(Math.round(performance.now() - started))
				: failed(new Error(`astro build (${basePath}) exited with ${code}`)),
		);
	});
}

declare module 'vitest' {
	export interface ProvidedContext {
		baseUrl: string;
		subPathUrl: string;
		chromiumPath: string;
		/** Launch arguments: CHROMIUM_ARGS with the features the tests turn off (chromium.ts). */
		chromiumArgs: string[];
		distDir: string;
		subPathDistDir: string;
	}
}

/** Builds the site twice (root and sub-path), serves both on 127.0.0.1, finds Chromium. */
export default async function setup(project: TestProject) {
	const chromiumPath = ensureChromium();
	// The two builds run side by side, the sub-path one in a copy of the project so that they
	// never write the same generated files.
	const copy = copyProject('crm-subpath-');
	const [rootMs, subMs, chromiumArgs] = await Promise.all([
		build(ROOT, DIST, '/'),
		build(copy, DIST_SUB, SUB_PATH, SUB_SITE),
		testChromiumArgs(chromiumPath),
	]).finally(() => rmSync(copy, { recursive: true, force: true }));
	console.log(`e2e: built the site in ${rootMs} ms (root) and ${subMs} ms (${SUB_PATH})`);
	const servers: Server[] = [];
	const root = await serveStatic(DIST, '/');
	const sub = await serveStatic(DIST_SUB, SUB_PATH);
	servers.push(root.server, sub.server);
	project.provide('baseUrl', root.url);
	project.provide('subPathUrl', sub.url);
	project.provide('chromiumPath', chromiumPath);
	project.provide('chromiumArgs', chromiumArgs);
	project.provide('distDir', DIST);
	project.provide('subPathDistDir', DIST_SUB);
	return async () => {
		await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
	};
}
