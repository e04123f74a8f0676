import { expect, test } from 'vitest';
import { SCHEMES, SCHEME_IDS } from '../../../src/lib/exercises/schemes';
import { choiceLabel, EXERCISE_STRINGS } from '../../../src/islands/exercises/labels';
import { installStrings } from '../../../src/i18n/client';
import { pickStrings } from '../../../src/i18n';
import { classifyMatrix, classifyDickBasu } from '../../../src/lib/crm/loyalty';
import { stageSeries } from '../../../src/lib/crm/lifecycle';

test('every category of every scheme has a Chinese label among the strings an exercise island receives', () => {
	installStrings(pickStrings(EXERCISE_STRINGS));
	for (const scheme of SCHEME_IDS) {
		for (const key of SCHEMES[scheme]) {
			const label = choiceLabel(scheme, key);
			expect(label, `${scheme}.${key}`).toMatch(/\S/);
			expect(label, `${scheme}.${key}`).not.toContain('.');
		}
	}
});

test('the schemes use the codes the formulas return', () => {
	expect(SCHEMES['loyalty-matrix']).toContain(
		classifyMatrix({ satisfaction: 30, loyalty: 80 }).code,
	);
	expect(SCHEMES['dick-basu']).toContain(classifyDickBasu({ attitude: 80, patronage: 20 }).code);
	expect(SCHEMES['lifecycle-stage']).toEqual(
		expect.arrayContaining(stageSeries([0.1, 0.5, 0.9, 0.6, 0]).periods.map((p) => p.stage)),
	);
});
