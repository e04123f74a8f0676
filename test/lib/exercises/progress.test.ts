import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
	emptyProgress,
	parseProgress,
	readStored,
	recordAttempt,
	stats,
} from '../../../src/lib/exercises/progress';

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
	for (const raw of [
		null,
		'',
		'not json',
		'[]',
		'{"version":0,"attempts":{}}',
		'{"version":1,"attempts":[]}',
		'{"version":1}',
		'null',
		'42',
	]) {
		expect(parseProgress(raw)).toEqual(emptyProgress());
	}
	const mixed = parseProgress(
		JSON.stringify({
			version: 1,
			attempts: { good: { answer: 'A', correct: true, at }, bad: { answer: 3 }, worse: null },
		}),
	);
	expect(Object.keys(mixed.attempts)).toEqual(['good']);
});

test('property: parseProgress never throws, whatever is stored', () => {
	fc.assert(
		fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
			expect(() => parseProgress(raw)).not.toThrow();
		}),
	);
});

describe('readStored: the record, its last good copy, and records this version must not touch', () => {
	const good = JSON.stringify({
		version: 1,
		attempts: {
			a: { answer: '1', correct: true, at: '2026-11-01' },
			b: { answer: '2', correct: false, at: '2026-11-02' },
		},
	});
	test('a readable record is used as it is, whatever the backup holds', () => {
		expect(readStored(good, null)).toMatchObject({ status: 'ok', restored: 0 });
		expect(Object.keys(readStored(good, 'garbage').progress.attempts)).toEqual(['a', 'b']);
	});
	test('a record whose JSON no longer parses is restored from the backup, counting what was kept', () => {
		const r = readStored(good.slice(0, 40), good);
		expect(r.status).toBe('restored');
		expect(r.restored).toBe(2);
		expect(r.progress.attempts['a']?.correct).toBe(true);
	});
	test('a record of the wrong shape (attempts an array) counts as damaged, not as empty', () => {
		expect(readStored('{"version":1,"attempts":[]}', good).status).toBe('restored');
	});
	test('damage with no usable backup is reported as lost', () => {
		expect(readStored('{"version":1,', null)).toMatchObject({ status: 'lost', restored: 0 });
		expect(readStored('{"version":1,', '{"also":"bad"}').status).toBe('lost');
	});
	test('a record from a newer version is reported, read as empty, and never replaced by the backup', () => {
		const newer = JSON.stringify({ version: 2, attempts: {}, quizzes: [] });
		const r = readStored(newer, good);
		expect(r.status).toBe('newer');
		expect(r.progress.attempts).toEqual({});
	});
	test('nothing stored is empty; a backup without its record is restored', () => {
		expect(readStored(null, null).status).toBe('empty');
		expect(readStored(null, good)).toMatchObject({ status: 'restored', restored: 2 });
	});
	test('property: any text, as record or backup, reads without throwing into a known status', () => {
		fc.assert(
			fc.property(fc.option(fc.string()), fc.option(fc.string()), (raw, backup) => {
				const r = readStored(raw, backup);
				expect(['ok', 'empty', 'restored', 'lost', 'newer']).toContain(r.status);
				expect(typeof r.progress.attempts).toBe('object');
			}),
		);
	});
});
