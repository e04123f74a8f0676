import { formatNumber } from '../../lib/format/number';
import { t } from '../../i18n/client';

interface Props {
	/** The table can travel in the link (typed, small, not the sample). */
	linkData: boolean;
	shareData: boolean;
	onShareData: (share: boolean) => void;
	/** Lines of the table, for the checkbox's label. */
	rows: number;
}

/** Beside the share button: whether the link carries the person's table, and the choice to add it. */
export function ShareNote({ linkData, shareData, onShareData, rows }: Props) {
	return (
		<>
			{linkData && (
				<label class="share__option">
					<input
						type="checkbox"
						checked={shareData}
						onChange={(e) => onShareData(e.currentTarget.checked)}
					/>{' '}
					{t('seg.link.withData', { n: formatNumber(rows, 0) })}
				</label>
			)}
			<p class="field__hint">
				{t(linkData && shareData ? 'seg.link.carriesData' : 'seg.link.carries')}
			</p>
		</>
	);
}
