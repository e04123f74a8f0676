import fc from 'fast-check';
import { expect, test } from 'vitest';
import { own } from '../../src/lib/own';
import { decodeAssignment } from '../../src/lib/share/assignment';
import { generate } from '../../src/lib/exercises/generators';

const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

test('own() finds own entries and nothing inherited', () => {
	expect(own({ a: 1 }, 'a')).toBe(1);
	for (const key of PROTOTYPE_KEYS) expect(own({ a: 1 }, key)).toBeUndefined();
	expect(own({ constructor: 5 }, 'constructor')).toBe(5);
});

test('property: a prototype key in an assignment link finds no exercise, and a generator id finds no generator', () => {
	const bank: Record<string, { id: string }> = { 'ch4-a': { id: 'ch4-a' } };
	fc.assert(
		fc.property(
			fc.constantFrom(...PROTOTYPE_KEYS, 'constructor', 'toString', 'valueOf', 'hasOwnProperty'),
			fc.string(),
			(key, other) => {
				const assignment = decodeAssignment(`?e=${encodeURIComponent(`${key},ch4-a,${other}`)}`);
				const found = (assignment?.ids ?? [])
					.map((id) => own(bank, id))
					.filter((e) => e !== undefined);
				expect(found).toEqual([{ id: 'ch4-a' }]);
				expect(() => generate(key, 1)).toThrow(/no exercise generator/);
			},
		),
	);
});
