/**
 * Saves text, a Blob or a data URL as a file, in the browser only: nothing is uploaded. In an
 * in-app browser (WeChat, QQ, 学习通, 钉钉), which drops such downloads, it shows instead what
 * works there (src/islands/kit/inapp-fallback.ts, loaded only then): the text to copy, the image
 * to long-press, and a bar on opening the page in a browser.
 */
import { IN_APP_AGENT } from '../../lib/browser/agent';

export const inInAppBrowser = (): boolean =>
	typeof navigator !== 'undefined' && IN_APP_AGENT.test(navigator.userAgent);

export function downloadFile(name: string, content: string | Blob, type: string): void {
	if (inInAppBrowser()) {
		void import('./inapp-fallback').then((ui) => ui.showSaved(name, content));
		return;
	}
	const url =
		typeof content === 'string' && content.startsWith('data:')
			? content
			: URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	if (url !== content) setTimeout(() => URL.revokeObjectURL(url), 1000);
}
