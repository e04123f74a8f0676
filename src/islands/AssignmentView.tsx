import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Exercise } from '../content/schemas';
import type { Judgement } from '../lib/exercises/judge';
import { decodeAssignment, seedFor, type Assignment } from '../lib/share/assignment';
import { own } from '../lib/own';
import { url } from '../lib/url';
import type { Strings } from '../i18n';
import { installStrings, t } from '../i18n/client';
import { copyText } from './kit/clipboard';
import { printPage } from './kit/print';
import { QrImage } from './kit/QrImage';
import { AnswerKey } from './exercises/AnswerKey';
import { ExerciseCard } from './exercises/ExerciseCard';
import { EXERCISE_STRINGS } from './exercises/labels';
import { StudentSheets } from './exercises/StudentSheets';

/** Key prefixes of the strings this island shows. */
export const ASSIGNMENT_STRINGS = ['asg.', 'kit.inapp.', 'kit.qr.', ...EXERCISE_STRINGS] as const;

interface Props {
	strings: Strings;
	/** The whole bank by id, so any link can name any exercise. */
	bank: Record<string, Exercise>;
	/** 教师's worksheet page: the answer key follows the questions (for printing). Never on /assignment/. */
	worksheet?: boolean;
}

interface Given {
	answer: string;
	judgement: Judgement;
}

/** An assignment opened from its link: answer everything, submit once, then the score and the worked solutions (a self-check). */
export default function AssignmentView({ strings, bank, worksheet = false }: Props) {
	installStrings(strings);
	const [assignment, setAssignment] = useState<Assignment | null | undefined>(undefined);
	const [name, setName] = useState('');
	const [number, setNumber] = useState('');
	const [given, setGiven] = useState<Record<string, Given>>({});
	const [submitted, setSubmitted] = useState(false);
	const [copied, setCopied] = useState(false);
	const [studentLink, setStudentLink] = useState('');
	useEffect(() => {
		setAssignment(decodeAssignment(window.location.search));
		// The students' page with the same parameters: the worksheet's own address has the key.
		setStudentLink(
			new URL(url(`assignment/${window.location.search}`), window.location.origin).href,
		);
	}, []);
	const items = useMemo(
		() =>
			(assignment?.ids ?? []).flatMap((id) => {
				const exercise = own(bank, id);
				return exercise ? [exercise] : [];
			}),
		[assignment, bank],
	);
	if (assignment === undefined) return <p>{t('asg.loading')}</p>;
	if (assignment === null) return <p class="calc__notice">{t('asg.none')}</p>;
	const unknown = assignment.ids.length - items.length;
	const needsNumber = assignment.seed === 'student' && items.some((e) => e.type === 'generated');
	const base = assignment.seed === 'student' ? number.trim() : assignment.seed;
	const seedOf = (e: Exercise) => seedFor(base, e);
	const locked = needsNumber && number.trim() === '';
	// 教师's worksheet of a per-student assignment: one sheet per student number pasted.
	const sheets = worksheet && needsNumber;
	const right = items.filter((e) => given[e.id]?.judgement.status === 'correct').length;
	const result = [
		t('asg.result.header', {
			title: assignment.title,
			name: name.trim(),
			number: number.trim(),
			right,
			total: items.length,
		}),
		...items.map((e, i) => {
			const g = given[e.id];
			return t('asg.result.line', {
				n: i + 1,
				id: e.id,
				answer: g?.answer || t('asg.result.blank'),
				verdict: t(g?.judgement.status === 'correct' ? 'asg.result.right' : 'asg.result.wrong'),
			});
		}),
	].join('\n');
	const copy = async () => setCopied(await copyText(result));
	return (
		<div class="assignment" data-assignment data-submitted={submitted ? 'true' : 'false'}>
			<h2 class="assignment__title">
				<bdi>{assignment.title}</bdi>
			</h2>
			{assignment.note && (
				<p class="assignment__note" data-note>
					<strong>{t('asg.note.label')}</strong>
					<bdi>{assignment.note}</bdi>
				</p>
			)}
			{unknown > 0 && <p class="calc__notice">{t('asg.unknown', { n: unknown })}</p>}
			{studentLink && (
				<QrImage
					link={studentLink}
					caption={t('kit.qr.scan')}
					class={worksheet ? 'assignment__qr' : 'assignment__qr assignment__qr--print'}
				/>
			)}
			{assignment.calculator && (
				<p class="assignment__calculator">
					<a href={url(assignment.calculator)} target="_blank" rel="noopener">
						{t('asg.calculator.open')} →
					</a>
				</p>
			)}
			{!sheets && (
				<div class="calc__fields assignment__who">
					<div class="field">
						<label class="field__label" for="asg-name">
							{t('asg.name')}
						</label>
						<div class="field__box">
							<input
								id="asg-name"
								type="text"
								autoComplete="name"
								value={name}
								disabled={submitted}
								onInput={(e) => setName(e.currentTarget.value)}
							/>
						</div>
					</div>
					<div class="field">
						<label class="field__label" for="asg-number">
							{t('asg.studentNumber')}
						</label>
						<div class="field__box">
							<input
								id="asg-number"
								type="text"
								inputMode="numeric"
								autoComplete="off"
								value={number}
								disabled={submitted}
								onInput={(e) => {
									setNumber(e.currentTarget.value);
									setGiven({});
								}}
							/>
						</div>
					</div>
				</div>
			)}
			{sheets ? (
				<>
					<StudentSheets items={items} />
					<div class="assignment__actions">
						<button type="button" class="btn" onClick={printPage}>
							{t('asg.printSheet')}
						</button>
					</div>
				</>
			) : locked ? (
				<p class="calc__notice">{t('asg.needNumber')}</p>
			) : (
				<>
					{items.map((exercise, i) => (
						<ExerciseCard
							key={`${exercise.id}:${base}`}
							exercise={exercise}
							number={i + 1}
							seed={seedOf(exercise)}
							mode={{ kind: 'assignment', submitted }}
							onAnswer={(id, answer, judgement) =>
								setGiven((g) => ({ ...g, [id]: { answer, judgement } }))
							}
						/>
					))}
					<div class="assignment__actions">
						{!submitted && (
							<button type="button" class="btn btn--primary" onClick={() => setSubmitted(true)}>
								{t('asg.submit')}
							</button>
						)}
						<button type="button" class="btn" onClick={printPage}>
							{t('asg.printSheet')}
						</button>
					</div>
				</>
			)}
			{submitted && (
				<section class="assignment__result" aria-live="polite">
					<p class="assignment__score" data-score={right} data-total={items.length}>
						{t('asg.submitted')} {t('asg.score', { right, total: items.length })}
					</p>
					<label class="field__label" for="asg-result">
						{t('asg.result')}
					</label>
					<textarea id="asg-result" readOnly rows={Math.min(12, items.length + 5)} value={result} />
					<button type="button" class="btn" onClick={copy}>
						{t('asg.copyResult')}
					</button>{' '}
					<span role="status">{copied ? t('asg.copied') : ''}</span>
				</section>
			)}
			{worksheet && !locked && (
				<section class="assignment__key">
					<h2>{t('asg.key')}</h2>
					<AnswerKey items={items} base={base} />
				</section>
			)}
		</div>
	);
}
