import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
	if (found) return found;
	if (process.getuid?.() !== 0) {
		throw new Error(
			'Chromium not found. Install Debian packages chromium and fonts-noto-cjk, or set CHROMIUM_PATH.',
		);
	}
	log('Chromium not found: installing Debian packages chromium and fonts-noto-cjk with apt-get …');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
	execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
	const installed = CANDIDATES.find((p) => existsSync(p));
	if (!installed) throw new Error('apt-get finished but no chromium binary was found');
	return installed;
}
