/**
 * The parent's environment without what Vitest adds (BASE_URL, MODE, NODE_ENV=test, VITEST…),
 * which would otherwise leak into a child build's `import.meta.env`. One rule for every test that
 * runs `astro`.
 */
const VITEST_OWNED = /^(VITEST|VITE_|TEST$|BASE_URL$|MODE$|DEV$|PROD$|SSR$|NODE_ENV$)/;

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [key, value] of Object.entries(process.env))
		if (!VITEST_OWNED.test(key)) env[key] = value;
	return { ...env, ...extra };
}
