import type { Exercise } from '../../content/schemas';
import { generate } from '../../lib/exercises/generators';
import { seedFor } from '../../lib/share/assignment';
import { answerText } from './ExerciseCard';

/** The answers of an assignment's exercises for one class seed or student number, in order. */
export function AnswerKey({ items, base }: { items: Exercise[]; base: number | string }) {
	return (
		<ol>
			{items.map((e) => (
				<li data-key={e.id}>
					{answerText(
						e,
						e.type === 'generated' ? generate(e.generator, seedFor(base, e)!) : undefined,
					)}
				</li>
			))}
		</ol>
	);
}
