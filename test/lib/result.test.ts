import { expect, test } from 'vitest';
import { assertNever, fail, ok } from '../../src/lib/result';

test('ok and fail build the two shapes of a Result', () => {
	expect(ok(3)).toEqual({ ok: true, value: 3 });
	expect(fail('empty', 'below-min')).toEqual({ ok: false, issues: ['empty', 'below-min'] });
});

test('assertNever throws, naming the value that got through', () => {
	expect(() => assertNever('surprise' as never)).toThrow('unexpected value: "surprise"');
});
