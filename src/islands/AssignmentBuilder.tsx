import { useState } from 'preact/hooks';
import { calculatorHref, readCalculatorPath } from '../lib/calculators';
import { calculatorPath, encodeAssignment, MAX_EXERCISES } from '../lib/share/assignment';
import { MAX_SEED } from '../lib/exercises/seed';
import { url } from '../lib/url';
import type { MessageKey, Strings } from '../i18n';
import { installStrings, t } from '../i18n/client';
import { copyText } from './kit/clipboard';
import { NumberField } from './kit/NumberField';
import { QrImage } from './kit/QrImage';

/** Key prefixes of the strings this island shows. */
export const BUILDER_STRINGS = ['asg.', 'ex.type.', 'kit.', 'issue.'] as const;

export interface BankChapter {
	chapter: number;
	title: string;
	exercises: { id: string; type: string; prompt: string }[];
}

interface Props {
	strings: Strings;
	bank: BankChapter[];
}

/** 教师: pick exercises, choose how numbers are seeded, get the link and the worksheet with its key. */
export default function AssignmentBuilder({ strings, bank }: Props) {
	installStrings(strings);
	const [title, setTitle] = useState(t('asg.field.title.default'));
	const [note, setNote] = useState('');
	const [picked, setPicked] = useState<string[]>([]);
	const [perStudent, setPerStudent] = useState(false);
	const [seedText, setSeedText] = useState('1');
	const [copied, setCopied] = useState(false);
	const [calculator, setCalculator] = useState('');
	// A pasted calculator link keeps only the parameters that calculator has (its spec says which).
	const pasted = calculator.trim() === '' ? '' : calculatorPath(calculator);
	const opened = pasted ? readCalculatorPath(pasted) : null;
	const tool = pasted === '' ? '' : opened && calculatorHref(opened);
	const seed =
		/^\d{1,6}$/.test(seedText.trim()) && Number(seedText) >= 1 && Number(seedText) <= MAX_SEED
			? Number(seedText)
			: null;
	const toggle = (id: string) =>
		setPicked((p) =>
			p.includes(id) ? p.filter((x) => x !== id) : p.length < MAX_EXERCISES ? [...p, id] : p,
		);
	const ready = picked.length > 0 && (perStudent || seed !== null) && tool !== null;
	const query = encodeAssignment({
		title: title.trim() || t('asg.field.title.default'),
		note: note.trim(),
		ids: picked,
		seed: perStudent ? 'student' : (seed ?? 1),
		calculator: tool ?? '',
	});
	const link =
		typeof window === 'undefined'
			? url(`assignment/${query}`)
			: new URL(url(`assignment/${query}`), window.location.origin).href;
	const copy = async () => setCopied(await copyText(link));
	return (
		<div class="builder">
			<div class="calc__fields">
				<div class="field">
					<label class="field__label" for="asg-title">
						{t('asg.field.title')}
					</label>
					<div class="field__box">
						<input
							id="asg-title"
							type="text"
							maxLength={60}
							value={title}
							onInput={(e) => setTitle(e.currentTarget.value)}
						/>
					</div>
				</div>
			</div>
			<div class="field">
				<label class="field__label" for="asg-note">
					{t('asg.field.note')}
				</label>
				<textarea
					id="asg-note"
					rows={2}
					maxLength={500}
					value={note}
					onInput={(e) => setNote(e.currentTarget.value)}
				/>
			</div>
			<h2>{t('asg.pick')}</h2>
			<p role="status" data-picked={picked.length}>
				{t('asg.pick.count', { n: picked.length })}
			</p>
			{bank.map((c) => (
				<details class="builder__chapter" open={c.chapter === 1}>
					<summary>{c.title}</summary>
					<div class="builder__bulk">
						<button
							type="button"
							class="btn btn--small"
							onClick={() =>
								setPicked((p) =>
									[...p, ...c.exercises.map((e) => e.id).filter((id) => !p.includes(id))].slice(
										0,
										MAX_EXERCISES,
									),
								)
							}
						>
							{t('asg.pick.all')}
						</button>
						<button
							type="button"
							class="btn btn--small"
							onClick={() =>
								setPicked((p) => p.filter((id) => !c.exercises.some((e) => e.id === id)))
							}
						>
							{t('asg.pick.none')}
						</button>
					</div>
					<ul class="builder__list">
						{c.exercises.map((e) => (
							<li>
								<label>
									<input
										type="checkbox"
										value={e.id}
										checked={picked.includes(e.id)}
										onChange={() => toggle(e.id)}
									/>
									<span class="builder__type">{t(`ex.type.${e.type}` as MessageKey)}</span>{' '}
									{e.prompt}
								</label>
							</li>
						))}
					</ul>
				</details>
			))}
			<fieldset class="calc__models">
				<legend>{t('asg.seed')}</legend>
				<label class={perStudent ? 'chip' : 'chip chip--on'}>
					<input
						type="radio"
						name="asg-seed"
						checked={!perStudent}
						onChange={() => setPerStudent(false)}
					/>
					{t('asg.seed.fixed')}
				</label>
				<label class={perStudent ? 'chip chip--on' : 'chip'}>
					<input
						type="radio"
						name="asg-seed"
						checked={perStudent}
						onChange={() => setPerStudent(true)}
					/>
					{t('asg.seed.student')}
				</label>
			</fieldset>
			{!perStudent && (
				<div class="calc__fields">
					<NumberField
						id="asg-seed-value"
						label={t('asg.seed.value')}
						hint={t('asg.seed.hint')}
						value={seedText}
						onInput={setSeedText}
						inputMode="numeric"
						error={seed === null ? t('asg.issue.seed') : undefined}
					/>
				</div>
			)}
			<div class="field">
				<label class="field__label" for="asg-calculator">
					{t('asg.calculator')}
				</label>
				<div class="field__box">
					<input
						id="asg-calculator"
						type="url"
						value={calculator}
						aria-invalid={tool === null ? 'true' : undefined}
						aria-describedby="asg-calculator-hint asg-calculator-error"
						onInput={(e) => setCalculator(e.currentTarget.value)}
					/>
				</div>
				<p class="field__hint" id="asg-calculator-hint">
					{t('asg.calculator.hint')}
				</p>
				<p class="field__error" id="asg-calculator-error" aria-live="polite">
					{tool === null ? t('asg.calculator.bad') : ''}
				</p>
			</div>
			<p class="field__hint">{t('asg.solutions.after')}</p>
			<h2>{t('asg.link')}</h2>
			{ready ? (
				<div class="builder__out">
					<input
						type="text"
						readOnly
						value={link}
						aria-label={t('asg.link')}
						data-assignment-link={link}
						onFocus={(e) => e.currentTarget.select()}
					/>
					<div class="builder__bulk">
						<button type="button" class="btn" onClick={copy}>
							{t('asg.copy')}
						</button>
						<span role="status">{copied ? t('kit.copied') : ''}</span>
						<a class="btn" href={link} target="_blank" rel="noopener">
							{t('asg.open')}
						</a>
						<a
							class="btn"
							href={url(`instructor/worksheet/${query}`)}
							target="_blank"
							rel="noopener"
							data-worksheet-link
						>
							{t('asg.print')}
						</a>
					</div>
					<p class="field__hint">{t('asg.print.hint')}</p>
					<QrImage link={link} caption={t('kit.qr.scan')} />
				</div>
			) : (
				<p class="calc__notice">
					{picked.length === 0
						? t('asg.need')
						: tool === null
							? t('asg.calculator.bad')
							: t('asg.issue.seed')}
				</p>
			)}
		</div>
	);
}
