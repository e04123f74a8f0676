/** Saves text, a Blob or a data URL as a file, in the browser only: nothing is uploaded. */
export function downloadFile(name: string, content: string | Blob, type: string): void {
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
