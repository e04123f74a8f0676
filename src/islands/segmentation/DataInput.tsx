import type { CustomerIssue } from '../../lib/crm/customers';
import { CUSTOMER_SPECS } from '../../lib/crm/customers';
import { formatNumber } from '../../lib/format/number';
import type { MessageKey } from '../../i18n';
import { t } from '../../i18n/client';
import { issueMessage } from '../../i18n/issues';
import { useEffect, useState } from 'preact/hooks';
import type { DecodeInfo, EncodingChoice } from '../../lib/files/encodings';
import { WORKER_THRESHOLD } from './client';
import type { View } from './engine';

const COLUMN: MessageKey[] = [
	'seg.col.id',
	'seg.col.recency',
	'seg.col.frequency',
	'seg.col.monetary',
	'seg.col.extra',
];
/** How many problems the page lists; the rest are counted. */
const SHOWN = 5;

function problem(issue: CustomerIssue): string {
	const code = issue.codes[0]!;
	const message =
		code === 'missing-column'
			? t('seg.issue.missing')
			: code === 'extra-column'
				? t('seg.issue.extra')
				: code === 'empty-id'
					? t('seg.issue.emptyId')
					: issueMessage([code], CUSTOMER_SPECS[issue.column - 1]!);
	return t('seg.issue.line', { line: issue.line, column: t(COLUMN[issue.column]!), message });
}

interface Props {
	idPrefix: string;
	text: string;
	/** A large file or paste kept out of the text box. */
	file: { name: string; size: number; pasted: boolean } | null;
	/** How the opened file was decoded, and the person's choice of encoding. */
	encoding: { info: DecodeInfo; choice: EncodingChoice } | null;
	view: View | null;
	onText: (text: string) => void;
	/** A paste too large for the text box (laying out megabytes of text freezes the tab). */
	onPasteLarge: (text: string) => void;
	onFile: (file: File) => void;
	onEncoding: (choice: EncodingChoice) => void;
	onSample: () => void;
	onEditFile: () => void;
	/** Something failed that the person should hear about (the encoding picker did not load). */
	onError: (error: unknown) => void;
}

/** Where the customer table comes from: typed or pasted text, a CSV file, or the built-in sample. */
export function DataInput({
	idPrefix,
	text,
	file,
	encoding,
	view,
	onText,
	onPasteLarge,
	onFile,
	onEncoding,
	onSample,
	onEditFile,
	onError,
}: Props) {
	const id = `${idPrefix}-data`;
	// The encoding picker matters only once a file is opened; it loads then, not with the page.
	const [Picker, setPicker] = useState<
		typeof import('../kit/EncodingPicker').EncodingPicker | null
	>(null);
	const wantsPicker = encoding !== null;
	useEffect(() => {
		if (!wantsPicker || Picker) return;
		let live = true;
		void import('../kit/EncodingPicker').then(
			(m) => live && setPicker(() => m.EncodingPicker),
			(error: unknown) => live && onError(error),
		);
		return () => {
			live = false;
		};
	}, [wantsPicker, Picker, onError]);
	const bad = view && view.badRows > 0;
	const shown = view?.issues.slice(0, SHOWN) ?? [];
	const unlisted = (view?.badRows ?? 0) - new Set(shown.map((i) => i.line)).size;
	return (
		<div class="field seg__data">
			<label class="field__label" for={id}>
				{t('seg.data')}
			</label>
			<p id={`${id}-hint`} class="field__hint">
				{t('seg.data.hint')}
			</p>
			{file ? (
				<p class="seg__file">
					{t(file.pasted ? 'seg.paste.loaded' : 'seg.file.loaded', {
						name: file.name,
						size: `${formatNumber(file.size / 1048576, 1)} MB`,
					})}{' '}
					<button type="button" class="btn btn--small" onClick={onEditFile}>
						{t('seg.file.edit')}
					</button>
				</p>
			) : (
				<textarea
					id={id}
					rows={8}
					spellcheck={false}
					value={text}
					aria-describedby={`${id}-hint ${id}-status`}
					aria-invalid={bad ? 'true' : undefined}
					onInput={(e) => onText(e.currentTarget.value)}
					onPaste={(e) => {
						const pasted = e.clipboardData?.getData('text') ?? '';
						if (pasted.length > WORKER_THRESHOLD) {
							e.preventDefault();
							onPasteLarge(pasted);
						}
					}}
				/>
			)}
			<div class="seg__actions">
				<button type="button" class="btn" onClick={onSample}>
					{t('seg.sample')}
				</button>
				<label class="btn seg__file-btn">
					{t('seg.file')}
					<input
						type="file"
						accept=".csv,.tsv,.txt,text/csv,text/plain"
						class="visually-hidden"
						onChange={(e) => {
							const chosen = e.currentTarget.files?.[0];
							if (chosen) onFile(chosen);
							e.currentTarget.value = '';
						}}
					/>
				</label>
				<button type="button" class="btn" onClick={() => onText('')}>
					{t('seg.clear')}
				</button>
			</div>
			{encoding && Picker && (
				<Picker
					id={`${id}-encoding`}
					info={encoding.info}
					choice={encoding.choice}
					onChoice={onEncoding}
				/>
			)}
			<p class="field__hint">{t('seg.privacy')}</p>
			<div id={`${id}-status`} aria-live="polite">
				{view && view.n > 0 && (
					<p class="seg__status" data-result="customers" data-value={view.n}>
						{t('seg.read', {
							n: formatNumber(view.n, 0),
							notes:
								(view.header ? t('seg.read.header') : '') +
								(view.amountsOnly ? t('seg.read.amountsOnly') : ''),
						})}
					</p>
				)}
				{view?.tooMany && <p class="field__error">{t('seg.tooMany')}</p>}
				{bad && (
					<div class="field__error" data-bad-rows={view.badRows}>
						<p>{t('seg.read.bad', { n: formatNumber(view.badRows, 0) })}</p>
						<ul>
							{shown.map((issue) => (
								<li data-line={issue.line} data-column={issue.column}>
									{problem(issue)}
								</li>
							))}
						</ul>
						{unlisted > 0 && <p>{t('seg.read.more', { n: formatNumber(unlisted, 0) })}</p>}
					</div>
				)}
			</div>
		</div>
	);
}
