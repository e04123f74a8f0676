import { useState } from 'preact/hooks';
import { t } from '../../i18n/client';
import { copyText } from './clipboard';

/** Copies the page address, which carries every input, so an instructor can send it. */
export function ShareLink() {
	const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
	const copy = async () => setStatus((await copyText(window.location.href)) ? 'copied' : 'failed');
	return (
		<div class="share">
			<button type="button" class="btn" onClick={copy}>
				{t('kit.copyLink')}
			</button>
			<span class="share__status" role="status">
				{status === 'copied' ? t('kit.copied') : ''}
			</span>
			{status === 'failed' && (
				<label class="share__fallback">
					{t('kit.copyFailed')}
					<input type="text" readOnly value={window.location.href} onFocus={(e) => e.currentTarget.select()} />
				</label>
			)}
		</div>
	);
}
