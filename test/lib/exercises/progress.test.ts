import fc from 'fast-check';
import { expect, test } from 'vitest';
import { emptyProgress, parseProgress, recordAttempt, stats } from '../../../src/lib/exercises/progress';

const at = '2026-11-23T10:00:00.000Z';

test('a record survives a round trip through JSON; stats count answered and right per chapter', () => {
	let p = emptyProgress();
	p = recordAttempt(p, 'ch4-a', { seed: 3, answer: '8539.07', correct: true, at });
	p = recordAttempt(p, 'ch4-b', { answer: '2', correct: false, at });
	p = recordAttempt(p, 'ch4-b', { answer: '1', correct: true, at });
	expect(parseProgress(JSON.stringify(p))).toEqual(p);
	expect(stats(p, ['ch4-a', 'ch4-b', 'ch4-c'])).toEqual({ total: 3, done: 2, right: 2 });
});

test('corrupt, old or wrongly shaped records read as empty; damaged entries are dropped, good ones kept', () => {
	for (const raw of [null, '', 'not json', '[]', '{"version":0,"attempts":{}}', '{"version":1,"attempts":[]}', '{"version":1}', 'null', '42']) {
		expect(parseProgress(raw)).toEqual(emptyProgress());
	}
	const mixed = parseProgress(JSON.stringify({ version: 1, attempts: { good: { answer: 'A', correct: true, at }, bad: { answer: 3 }, worse: null } }));
	expect(Object.keys(mixed.attempts)).toEqual(['good']);
});

test('property: parseProgress never throws, whatever is stored', () => {
	fc.assert(
		fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
			expect(() => parseProgress(raw)).not.toThrow();
		}),
	);
});
