import { join } from 'node:path';
import { expect, test } from 'vitest';
import { astroWith, replaceIn } from './astro-copy';

// What a chapter passes a calculator or a tool link is checked where the page renders it, so only
// a build (not `astro sync`) runs these checks.

test('a mistyped calculator default fails the build, naming the file, component, idPrefix and prop', () => {
	const { status, output } = astroWith('build', (dir) =>
		replaceIn(
			join(dir, 'content/chapters/04-customer-value.mdx'),
			/(idPrefix="ch4-ex2b" defaults=\{\{[^}]*)\bcs:/,
			'$1Cs:',
		),
	);
	expect(status).not.toBe(0);
	expect(output).toContain(
		'content/chapters/04-customer-value.mdx: <ClvCalculator idPrefix="ch4-ex2b">:',
	);
	expect(output).toContain('defaults.Cs: not a parameter of <ClvCalculator>');
}, 120_000);

test('a tool link to a tool that does not exist fails the build, naming the file and the id', () => {
	const { status, output } = astroWith('build', (dir) =>
		replaceIn(
			join(dir, 'content/labs/04-data-mining.mdx'),
			/<ToolLink id="clv"/,
			'<ToolLink id="cvl"',
		),
	);
	expect(status).not.toBe(0);
	expect(output).toMatch(
		/content\/labs\/[^:]+\.mdx: <ToolLink id="cvl">: no tool "cvl" \(the tools: /,
	);
}, 120_000);
