import { expect, test } from 'vitest';
import { seedFromText } from '../../../src/lib/exercises/seed';

test('a student number gives the same seed however it is typed; different numbers give different seeds', () => {
	expect(seedFromText('20230101')).toBe(seedFromText(' ２０２３０１０１ '));
	expect(seedFromText('20230101')).not.toBe(seedFromText('20230102'));
	const seeds = new Set(
		Array.from({ length: 1000 }, (_, i) => seedFromText(`2023${String(i).padStart(4, '0')}`)),
	);
	expect(seeds.size).toBeGreaterThan(995);
	for (const s of seeds) expect(s >= 1 && s <= 999_999).toBe(true);
});
