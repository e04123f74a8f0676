import { useEffect, useState } from 'preact/hooks';
import type { Exercise } from '../content/schemas';
import { stats } from '../lib/exercises/progress';
import { own } from '../lib/own';
import { url } from '../lib/url';
import type { Strings } from '../i18n';
import { installStrings, t } from '../i18n/client';
import { ExerciseCard } from './exercises/ExerciseCard';
import { EXERCISE_STRINGS } from './exercises/labels';
import { StoreNotice } from './exercises/StoreNotice';
import { loadProgress, saveAttempt, type Loaded } from './exercises/store';

export { EXERCISE_STRINGS };

interface Props {
	strings: Strings;
	exercises: Exercise[];
}

/** A chapter's exercises for practice: each checked at once, every answer kept in this browser. */
export default function ExerciseSet({ strings, exercises }: Props) {
	installStrings(strings);
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	useEffect(() => setLoaded(loadProgress()), []);
	const ids = exercises.map((e) => e.id);
	const s = loaded ? stats(loaded.progress, ids) : null;
	return (
		<div class="exercises" data-exercise-set>
			<p class="exercises__progress" role="status">
				{s && t('ex.progress.chapter', { done: s.done, total: s.total, right: s.right })}{' '}
				<a href={url('progress/')}>{t('ex.progress.link')}</a>
			</p>
			<StoreNotice loaded={loaded} />
			{exercises.map((exercise, i) => (
				<ExerciseCard
					restored={loaded ? own(loaded.progress.attempts, exercise.id) : undefined}
					exercise={exercise}
					number={i + 1}
					mode={{ kind: 'practice' }}
					onAnswer={(id, given, judgement, seed) =>
						setLoaded(
							saveAttempt(id, {
								answer: given,
								correct: judgement.status === 'correct',
								at: new Date().toISOString(),
								...(seed !== undefined ? { seed } : {}),
							}),
						)
					}
				/>
			))}
		</div>
	);
}
