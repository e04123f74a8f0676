import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/client';
import { copyText } from './clipboard';

interface Props {
	/** Builds the link from the calculator's current state (never read back from the address bar, which can lag). */
	link?: () => string;
	/** What the link carries, said beside the button (and any choice about it). */
	children?: ComponentChildren;
}

/** Copies a link that carries every input, so an instructor can send it. */
export function ShareLink({ link = () => window.location.href, children }: Props) {
	const [status, setStatus] = useState<'idle' | 'copied' | 'failed' | 'qrFailed'>('idle');
	const [copiedLink, setCopiedLink] = useState('');
	const copy = async () => {
		const href = link();
		setCopiedLink(href);
		setStatus((await copyText(href)) ? 'copied' : 'failed');
	};
	// The encoder loads only when a code is asked for.
	const showQr = () => {
		const href = link();
		setStatus('idle');
		import('./qr')
			.then((qr) => qr.showQr(href))
			.catch((error: unknown) => {
				console.error(error);
				setStatus('qrFailed');
			});
	};
	return (
		<div class="share">
			<button type="button" class="btn" onClick={copy}>
				{t('kit.copyLink')}
			</button>
			<button type="button" class="btn" onClick={showQr} data-qr-open>
				{t('kit.qr.open')}
			</button>
			<span class="share__status" role="status">
				{status === 'copied' ? t('kit.copied') : status === 'qrFailed' ? t('kit.qr.failed') : ''}
			</span>
			{children}
			{status === 'failed' && (
				<label class="share__fallback">
					{t('kit.copyFailed')}
					<input
						type="text"
						readOnly
						value={copiedLink}
						onFocus={(e) => e.currentTarget.select()}
					/>
				</label>
			)}
		</div>
	);
}
