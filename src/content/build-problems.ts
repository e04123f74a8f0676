/**
 * Problems in what the content says (a missing section, a calculator default that does not parse,
 * a link to a tool that does not exist), gathered over the whole build so that one build names them
 * all; the `crm-build-problems` integration fails the build with the list once every page has
 * rendered. Under `astro dev` (no build end) a problem throws at once, shown in the error overlay.
 *
 * The pages render in the same Node process as the integrations but from their own bundle, so
 * the list lives on globalThis under a registered symbol rather than in this module.
 */
const KEY = Symbol.for('crm.buildProblems');

function list(): Set<string> {
	const holder = globalThis as { [KEY]?: Set<string> };
	return (holder[KEY] ??= new Set());
}

/** Records problems (each once, however many pages meet it); throws at once under `astro dev`. */
export function reportBuildProblems(problems: readonly string[]): void {
	if (problems.length === 0) return;
	if (import.meta.env.DEV) throw new Error(problems.join('\n'));
	for (const problem of problems) list().add(problem);
}

/** The problems recorded so far, emptied (the integration calls it when the build is done). */
export function takeBuildProblems(): string[] {
	const found = [...list()];
	list().clear();
	return found;
}
