import { formatNumber } from '../../lib/format/number';
import { t } from '../../i18n/client';
import type { Loaded } from './store';

/** Tells the student what happened to their stored record: restored, unreadable, newer, or not saved. */
export function StoreNotice({ loaded }: { loaded: Loaded | null }) {
	if (!loaded?.notice) return null;
	return (
		<p class="calc__notice" role="alert" data-store-notice={loaded.notice}>
			{t(`store.${loaded.notice}`, { n: formatNumber(loaded.restored, 0) })}
		</p>
	);
}
