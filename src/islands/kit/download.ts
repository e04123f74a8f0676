/** Saves text or a data URL as a file, in the browser only: nothing is uploaded. */
export function downloadFile(name: string, content: string, type: string): void {
	const url = content.startsWith('data:') ? content : URL.createObjectURL(new Blob([content], { type }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	if (!content.startsWith('data:')) setTimeout(() => URL.revokeObjectURL(url), 1000);
}
