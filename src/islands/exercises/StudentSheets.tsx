import { useState } from 'preact/hooks';
import type { Exercise } from '../../content/schemas';
import { MAX_SHEETS, seedFor, studentNumbers } from '../../lib/share/assignment';
import { t } from '../../i18n/client';
import { AnswerKey } from './AnswerKey';
import { ExerciseCard } from './ExerciseCard';

interface Props {
	items: Exercise[];
}

/**
 * 教师's worksheets for a per-student assignment: paste the class's student numbers, get one
 * worksheet per student (each with that student's numbers, as their link would give them) and the
 * keys together at the end, to print as one set. The numbers stay in the page: nothing is stored
 * or sent, and they are not put in the address.
 */
export function StudentSheets({ items }: Props) {
	const [text, setText] = useState('');
	const { numbers, skipped, dropped } = studentNumbers(text);
	return (
		<div class="sheets" data-sheets={numbers.length}>
			<div class="field no-print">
				<label class="field__label" for="asg-numbers">
					{t('asg.set.numbers')}
				</label>
				<textarea
					id="asg-numbers"
					rows={4}
					value={text}
					aria-describedby="asg-numbers-hint asg-numbers-status"
					onInput={(e) => setText(e.currentTarget.value)}
				/>
				<p class="field__hint" id="asg-numbers-hint">
					{t('asg.set.hint')}
				</p>
				<p id="asg-numbers-status" role="status">
					{numbers.length === 0 ? t('asg.set.empty') : t('asg.set.count', { n: numbers.length })}
					{skipped.length > 0 &&
						` ${t('asg.set.skipped', { n: skipped.length, list: skipped.slice(0, 5).join('、') })}`}
					{dropped > 0 && ` ${t('asg.set.tooMany', { max: MAX_SHEETS })}`}
				</p>
			</div>
			{numbers.map((number, k) => (
				<section
					class="student-sheet"
					data-student={number}
					aria-label={t('asg.set.who', { number })}
				>
					<p class="student-sheet__who">
						<span>{t('asg.set.who', { number })}</span>
						<span>{t('asg.set.name')}</span>
					</p>
					{items.map((exercise, i) => (
						<ExerciseCard
							key={`${number}:${exercise.id}`}
							idPrefix={`s${k}`}
							exercise={exercise}
							number={i + 1}
							seed={seedFor(number, exercise)}
							mode={{ kind: 'assignment', submitted: false }}
							onAnswer={() => undefined}
						/>
					))}
				</section>
			))}
			{numbers.length > 0 && (
				<section class="assignment__key sheets__keys">
					<h2>{t('asg.key')}</h2>
					{numbers.map((number) => (
						<div class="sheets__key" data-key-for={number}>
							<h3>{t('asg.set.keyFor', { number })}</h3>
							<AnswerKey items={items} base={number} />
						</div>
					))}
				</section>
			)}
		</div>
	);
}
