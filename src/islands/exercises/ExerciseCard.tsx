import { SERVQUAL_DIMENSIONS } from '../../lib/crm/satisfaction';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Exercise } from '../../content/schemas';
import { tolerance } from '../../lib/exercises/check';
import { generate } from '../../lib/exercises/generators';
import { judge, type Judgement } from '../../lib/exercises/judge';
import type { Attempt } from '../../lib/exercises/progress';
import { SCHEMES } from '../../lib/exercises/schemes';
import type { Generated } from '../../lib/exercises/types';
import { formatNumber, formatYuan } from '../../lib/format/number';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { issueMessage } from '../../i18n/issues';
import { choiceLabel } from './labels';
import { Solution } from './Solution';

const isDimension = (code: string): code is (typeof SERVQUAL_DIMENSIONS)[number] =>
	(SERVQUAL_DIMENSIONS as readonly string[]).includes(code);
import { own } from '../../lib/own';

export type Mode =
	/** Check at once, show the answer and explanation after each check. */
	| { kind: 'practice' }
	/** No check until the whole assignment is submitted; then the verdict, and the solution if allowed. */
	| { kind: 'assignment'; submitted: boolean };

interface Props {
	exercise: Exercise;
	number: number;
	mode: Mode;
	/** The seed for a generated exercise (an assignment's, or the bank's default). */
	seed?: number | undefined;
	/** Reports every answer given (practice: on each check; assignment: on each change). */
	onAnswer: (id: string, given: string, judgement: Judgement, seed?: number) => void;
	/** Prefix of the card's element ids, where one exercise appears more than once on a page. */
	idPrefix?: string | undefined;
	/** Practice: the student's last answer from this browser, shown again (with its numbers) and judged. */
	restored?: Attempt | undefined;
}

const fill = (text: string, values: Record<string, string>) =>
	text.replace(/\{(\w+)\}/g, (all, name: string) => own(values, name) ?? all);

/** The right answer in words: the option, 正确/错误, the category, or the number with its unit. */
export function answerText(exercise: Exercise, generated?: Generated): string {
	switch (exercise.type) {
		case 'single':
			return exercise.options[exercise.answer]!;
		case 'multiple':
			return exercise.answers.map((i) => exercise.options[i]).join(t('ex.listSep'));
		case 'truefalse':
			return t(exercise.answer ? 'ex.true' : 'ex.false');
		case 'classify':
			return choiceLabel(exercise.scheme, exercise.answer);
		case 'generated': {
			const a = generated!.answer;
			if (a.kind === 'choice') return choiceLabel(a.scheme!, String(a.value));
			const v = Number(a.value);
			return a.kind === 'money' ? formatYuan(v) : formatNumber(v, a.decimals, a.decimals);
		}
	}
}

function feedback(j: Judgement, generated: Generated | undefined, practice: boolean): string {
	switch (j.status) {
		case 'correct':
			return t('ex.status.correct');
		case 'mistake':
			return `${t('ex.status.wrong')}${t(`ex.mistake.${j.code}`)}`;
		case 'rounding':
			return t('ex.status.rounding', {
				tolerance: formatNumber(tolerance(generated!.answer), generated!.answer.decimals + 1),
			});
		case 'partial':
			return t('ex.status.partial');
		case 'invalid':
			return t('ex.status.invalid', { message: issueMessage(j.issues, { kind: 'number' }) });
		case 'empty':
			return t(practice ? 'ex.status.choose' : 'ex.status.unanswered');
		default:
			return t('ex.status.wrong');
	}
}

/** One exercise: the question, a way to answer, the verdict with a specific hint, then the solution. */
export function ExerciseCard({
	exercise,
	number,
	mode,
	seed: givenSeed,
	onAnswer,
	idPrefix = 'ex',
	restored,
}: Props) {
	const [seed, setSeed] = useState(
		givenSeed ?? (exercise.type === 'generated' ? exercise.seed : undefined),
	);
	const generated = useMemo(
		() => (exercise.type === 'generated' ? generate(exercise.generator, seed!) : undefined),
		[exercise, seed],
	);
	const [given, setGiven] = useState('');
	const [checked, setChecked] = useState<Judgement | null>(null);
	// In practice a wrong answer first gets its hint and a second try; the solution shows on the
	// second wrong check, or when the student asks for it.
	const [misses, setMisses] = useState(0);
	const [asked, setAsked] = useState(false);
	// The record is read after the page is drawn: its answer is put back once, with its numbers,
	// unless the student has started on this exercise already.
	const restoredOnce = useRef(false);
	useEffect(() => {
		if (!restored || restoredOnce.current || mode.kind !== 'practice') return;
		restoredOnce.current = true;
		if (given !== '' || checked !== null) return;
		const nextSeed = exercise.type === 'generated' ? (restored.seed ?? seed) : seed;
		const numbers =
			exercise.type === 'generated' ? generate(exercise.generator, nextSeed!) : undefined;
		setSeed(nextSeed);
		setGiven(restored.answer);
		setChecked(judge(exercise, restored.answer, numbers));
		setMisses(restored.correct ? 0 : 1);
		// Only when the record arrives: later saves pass a new `restored` that must not reset the card.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [restored]);
	const id = `${idPrefix}-${exercise.id}`;
	const practice = mode.kind === 'practice';
	const frozen = mode.kind === 'assignment' && mode.submitted;
	const result = practice ? checked : mode.submitted ? judge(exercise, given, generated) : null;
	const answered = result !== null && result.status !== 'empty' && result.status !== 'invalid';
	const secondTry = practice && answered && result.status !== 'correct' && misses < 2 && !asked;
	const reveal = answered && !secondTry;
	const answerKind = generated?.answer.kind;
	const choices: { value: string; label: string }[] | null =
		exercise.type === 'single' || exercise.type === 'multiple'
			? exercise.options.map((label, i) => ({ value: String(i), label }))
			: exercise.type === 'truefalse'
				? [
						{ value: 'true', label: t('ex.true') },
						{ value: 'false', label: t('ex.false') },
					]
				: exercise.type === 'classify'
					? SCHEMES[exercise.scheme].map((key) => ({
							value: key,
							label: choiceLabel(exercise.scheme, key),
						}))
					: answerKind === 'choice'
						? SCHEMES[generated!.answer.scheme!].map((key) => ({
								value: key,
								label: choiceLabel(generated!.answer.scheme!, key),
							}))
						: null;
	const multiple = exercise.type === 'multiple';
	const change = (next: string) => {
		setGiven(next);
		if (practice) setChecked(null);
		else onAnswer(exercise.id, next, judge(exercise, next, generated), seed);
	};
	const toggle = (value: string) => {
		const set = new Set(given === '' ? [] : given.split(','));
		if (set.has(value)) set.delete(value);
		else set.add(value);
		change([...set].sort().join(','));
	};
	const check = () => {
		const j = judge(exercise, given, generated);
		setChecked(j);
		if (j.status === 'empty' || j.status === 'invalid') return;
		if (j.status !== 'correct') setMisses((n) => n + 1);
		onAnswer(exercise.id, given, j, seed);
	};
	const status =
		result?.status === 'correct'
			? 'correct'
			: result && result.status !== 'empty' && result.status !== 'invalid'
				? 'wrong'
				: 'open';

	return (
		<article class="exercise" data-exercise={exercise.id} data-status={status} data-seed={seed}>
			<p class="exercise__kicker">
				{t('ex.number', { n: number })} · {t(`ex.type.${exercise.type}`)}
				{seed !== undefined && <span class="exercise__seed"> · {t('ex.seed', { seed })}</span>}
			</p>
			<p class="exercise__prompt" id={`${id}-prompt`}>
				{fill(exercise.prompt, generated?.values ?? {})}
			</p>
			{generated?.table && (
				<div class="table-scroll" tabIndex={0}>
					<table class="exercise__data">
						<thead>
							<tr>
								{generated.table.columns.map((c) => (
									<th scope="col">{t(`ex.col.${c}`)}</th>
								))}
							</tr>
						</thead>
						<tbody>
							{generated.table.rows.map((row) => (
								<tr>
									{row.map((cell, i) =>
										i === 0 ? (
											<th scope="row">
												{generated.table!.columns[0] === 'dimension' && isDimension(cell)
													? t(`sat.dim.${cell}`)
													: cell}
											</th>
										) : (
											<td class="num">{cell}</td>
										),
									)}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			{choices ? (
				<fieldset class="exercise__choices" aria-labelledby={`${id}-prompt`}>
					{choices.map((c) => (
						<label class="exercise__choice">
							<input
								type={multiple ? 'checkbox' : 'radio'}
								name={id}
								value={c.value}
								checked={multiple ? given.split(',').includes(c.value) : given === c.value}
								disabled={frozen}
								onChange={() => (multiple ? toggle(c.value) : change(c.value))}
							/>
							{c.label}
						</label>
					))}
				</fieldset>
			) : (
				<div class="field exercise__field">
					<label class="field__label" for={`${id}-answer`}>
						{t('ex.answer')}
					</label>
					<div class="field__box">
						<input
							id={`${id}-answer`}
							type="text"
							inputMode="decimal"
							autoComplete="off"
							value={given}
							disabled={frozen}
							onInput={(e) => change(e.currentTarget.value)}
							onKeyDown={(e) => e.key === 'Enter' && practice && check()}
							aria-describedby={`${id}-hint`}
						/>
					</div>
					<p class="field__hint" id={`${id}-hint`}>
						{t(`ex.answer.hint.${answerKind}` as MessageKey, {
							d: generated!.answer.decimals,
							tolerance: formatNumber(tolerance(generated!.answer), generated!.answer.decimals + 1),
						})}
					</p>
				</div>
			)}
			{exercise.type === 'generated' && (
				<div class="exercise__space" aria-hidden="true">
					{t('ex.workSpace')}
				</div>
			)}
			{practice && (
				<div class="exercise__actions">
					<button type="button" class="btn" onClick={check}>
						{t('ex.submit')}
					</button>
					{exercise.type === 'generated' && (
						<button
							type="button"
							class="btn"
							onClick={() => {
								setSeed((s) => (s! % 999_999) + 1);
								setGiven('');
								setChecked(null);
								setMisses(0);
								setAsked(false);
							}}
						>
							{t('ex.another')}
						</button>
					)}
				</div>
			)}
			<p
				class={`exercise__feedback exercise__feedback--${status}`}
				role="status"
				aria-live="polite"
			>
				{result ? feedback(result, generated, practice) : ''}
				{secondTry && ` ${t('ex.tryAgain')}`}
			</p>
			{secondTry && (
				<button type="button" class="btn btn--small" onClick={() => setAsked(true)}>
					{t('ex.showAnswer')}
				</button>
			)}
			{reveal && (
				<div class="exercise__reveal">
					{result.status !== 'correct' && (
						<p class="exercise__answer">
							{t('ex.correctAnswer', { answer: answerText(exercise, generated) })}
						</p>
					)}
					<p>
						<strong>{t('ex.explanation')}</strong> {exercise.explanation}
					</p>
					{generated && <Solution generated={generated} />}
				</div>
			)}
		</article>
	);
}
