import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/client';

interface Props {
	/** The absolute link the code carries. */
	link: string;
	/** Said under the code (what scanning it opens). */
	caption: string;
	class?: string;
}

/**
 * A link's QR code in the page (an assignment's link, beside it or on its printout). The encoder
 * loads after the page is drawn, so it never delays the form; a failed load says so in its place.
 */
export function QrImage({ link, caption, class: className = '' }: Props) {
	const box = useRef<HTMLDivElement>(null);
	const [failed, setFailed] = useState(false);
	useEffect(() => {
		let current = true;
		import('./qr')
			.then((qr) => {
				if (current) box.current?.replaceChildren(qr.qrFigure(link));
			})
			.catch((error: unknown) => {
				console.error(error);
				if (current) setFailed(true);
			});
		return () => {
			current = false;
		};
	}, [link]);
	return (
		<figure class={`qr ${className}`.trim()} data-qr-figure={link}>
			<div ref={box} />
			{failed && <p class="qr__issue">{t('kit.qr.failed')}</p>}
			<figcaption>{caption}</figcaption>
		</figure>
	);
}
