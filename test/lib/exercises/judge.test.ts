import { expect, test } from 'vitest';
import { generate } from '../../../src/lib/exercises/generators';
import { judge } from '../../../src/lib/exercises/judge';

test('choices: single by index, multiple all-or-partial, true/false, classification by key; nothing chosen is "empty"', () => {
	expect(judge({ type: 'single', answer: 2 }, '2').status).toBe('correct');
	expect(judge({ type: 'single', answer: 2 }, '1').status).toBe('wrong');
	expect(judge({ type: 'multiple', answers: [0, 2] }, '2,0').status).toBe('correct');
	expect(judge({ type: 'multiple', answers: [0, 2] }, '0').status).toBe('partial');
	expect(judge({ type: 'multiple', answers: [0, 2] }, '0,1,2').status).toBe('partial');
	expect(judge({ type: 'multiple', answers: [0, 2] }, '1,3').status).toBe('wrong');
	expect(judge({ type: 'truefalse', answer: false }, 'false').status).toBe('correct');
	expect(judge({ type: 'truefalse', answer: false }, 'true').status).toBe('wrong');
	expect(judge({ type: 'classify', answer: 'hostage' }, 'hostage').status).toBe('correct');
	expect(judge({ type: 'classify', answer: 'hostage' }, '').status).toBe('empty');
});

test('generated: the checker decides, with the exercise’s own numbers', () => {
	const g = generate('clv-undiscounted', 7);
	expect(judge({ type: 'generated' }, String(g.answer.value), g).status).toBe('correct');
	expect(judge({ type: 'generated' }, String(Number(g.answer.value) + 1000), g).status).toBe(
		'wrong',
	);
});
