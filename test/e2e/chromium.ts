import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';

function aptInstall(packages: string[], log: (msg: string) => void): void {
	log(`installing Debian packages ${packages.join(' and ')} with apt-get …`);
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
}

const isRoot = () => process.getuid?.() === 0;

/**
 * Finds Debian's Chromium (CHROMIUM_PATH first). Where it is missing and we are root, installs
 * Debian's `chromium` and `fonts-noto-cjk` (Chinese text renders as boxes without the fonts).
 * Never downloads a browser build of its own.
 */
export function ensureChromium(log: (msg: string) => void = console.log): string {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
		return fromEnv;
	}
	const found = CANDIDATES.find((p) => existsSync(p));
	if (found) {
		if (!existsSync(CJK_FONT) && isRoot()) {
			log('Chinese fonts missing (pages would render boxes):');
			aptInstall(['fonts-noto-cjk'], log);
		}
		return found;
	}
	if (!isRoot()) {
		throw new Error(
			'Chromium not found. Install Debian packages chromium and fonts-noto-cjk, or set CHROMIUM_PATH.',
		);
	}
	log('Chromium not found:');
	aptInstall(['chromium', 'fonts-noto-cjk'], log);
	const installed = CANDIDATES.find((p) => existsSync(p));
	if (!installed) throw new Error('apt-get finished but no chromium binary was found');
	return installed;
}

/**
 * Browser features the tests turn off, measured by test/bench/chromium-cost.bench.ts. Chromium 156
 * loads the omnibox popup's WebUI in a renderer of its own for every window, also headless: about
 * 1.1 s of CPU after each new page, half of what a fresh context cost. It also starts a spare
 * renderer beside each new page, which a test never uses (about 0.15 s a page).
 */
export const DISABLED_FEATURES = [
	'WebUIOmniboxPopup',
	'WebUIOmniboxAimPopup',
	'SpareRendererForSitePerProcess',
];

/**
 * The launch arguments for the tests: CHROMIUM_ARGS plus DISABLED_FEATURES. Chromium keeps only
 * the last `--disable-features`, and Playwright passes its own list, so the list is asked of a
 * probe browser (the DevTools call needs `--enable-automation`) and ours is appended to it. Where
 * the probe cannot say, the tests run with CHROMIUM_ARGS alone: slower, still correct.
 */
export async function testChromiumArgs(executablePath: string): Promise<string[]> {
	const browser = await chromium.launch({
		executablePath,
		args: [...CHROMIUM_ARGS, '--enable-automation'],
	});
	try {
		const session = await browser.newBrowserCDPSession();
		const { arguments: line } = await session.send('Browser.getBrowserCommandLine');
		const flag = '--disable-features=';
		const theirs = line.findLast((a) => a.startsWith(flag))?.slice(flag.length) ?? '';
		const features = [...theirs.split(','), ...DISABLED_FEATURES].filter(Boolean);
		return [...CHROMIUM_ARGS, flag + features.join(',')];
	} catch (error) {
		console.warn(`Chromium's own --disable-features could not be read (${String(error)})`);
		return [...CHROMIUM_ARGS];
	} finally {
		await browser.close();
	}
}
