import { useEffect, useState } from 'preact/hooks';
import { stats } from '../lib/exercises/progress';
import { formatPercent } from '../lib/format/number';
import { url } from '../lib/url';
import type { Strings } from '../i18n';
import { installStrings, t } from '../i18n/client';
import { downloadFile } from './kit/download';
import { StoreNotice } from './exercises/StoreNotice';
import { loadProgress, resetProgress, type Loaded } from './exercises/store';

/** Key prefixes of the strings this island shows. */
export const PROGRESS_STRINGS = ['prog.', 'store.', 'kit.inapp.'] as const;

interface Props {
	strings: Strings;
	chapters: { order: number; title: string; href: string; ids: string[] }[];
}

/** 学习进度: answered and right per chapter, from this browser's record; export and reset. */
export default function ProgressView({ strings, chapters }: Props) {
	installStrings(strings);
	const [loaded, setLoaded] = useState<Loaded | null>(null);
	const [confirming, setConfirming] = useState(false);
	const [notice, setNotice] = useState('');
	useEffect(() => setLoaded(loadProgress()), []);
	if (!loaded) return <p>{t('prog.empty')}</p>;
	const { progress } = loaded;
	const rows = chapters.map((c) => ({ ...c, ...stats(progress, c.ids) }));
	const all = stats(
		progress,
		chapters.flatMap((c) => c.ids),
	);
	return (
		<div class="progress" data-progress-done={all.done} data-progress-right={all.right}>
			<StoreNotice loaded={loaded} />
			<p role="status">
				{all.done > 0
					? t('prog.summary', { total: all.total, done: all.done, right: all.right })
					: t('prog.empty')}{' '}
				{notice}
			</p>
			<div class="table-scroll" tabIndex={0}>
				<table>
					<thead>
						<tr>
							<th scope="col">{t('prog.col.chapter')}</th>
							<th scope="col" class="num">
								{t('prog.col.done')}
							</th>
							<th scope="col" class="num">
								{t('prog.col.right')}
							</th>
							<th scope="col" class="num">
								{t('prog.col.total')}
							</th>
							<th scope="col">{t('prog.col.rate')}</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((r) => (
							<tr data-chapter={r.order} data-done={r.done} data-right={r.right}>
								<th scope="row">
									<a href={url(`${r.href}#exercises`)}>{r.title}</a>
								</th>
								<td class="num">{r.done}</td>
								<td class="num">{r.right}</td>
								<td class="num">{r.total}</td>
								<td>
									<meter
										min={0}
										max={1}
										value={r.total > 0 ? r.done / r.total : 0}
										aria-label={r.title}
									/>{' '}
									{formatPercent(r.total > 0 ? r.done / r.total : 0, 0)}
								</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<div class="progress__actions">
				<button
					type="button"
					class="btn"
					disabled={all.done === 0}
					onClick={() =>
						downloadFile(
							t('prog.exportName'),
							JSON.stringify(progress, null, 2),
							'application/json',
						)
					}
				>
					{t('prog.export')}
				</button>
				{confirming ? (
					<>
						<button
							type="button"
							class="btn"
							onClick={() => {
								resetProgress();
								setLoaded(loadProgress());
								setConfirming(false);
								setNotice(t('prog.resetDone'));
							}}
						>
							{t('prog.resetConfirm')}
						</button>
						<button type="button" class="btn" onClick={() => setConfirming(false)}>
							{t('prog.cancel')}
						</button>
					</>
				) : (
					<button
						type="button"
						class="btn"
						disabled={all.done === 0}
						onClick={() => setConfirming(true)}
					>
						{t('prog.reset')}
					</button>
				)}
			</div>
		</div>
	);
}
