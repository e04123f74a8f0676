/**
 * The segmentation engine off the page's thread: a million customers are read and segmented here
 * while the page stays responsive. The data never leaves the browser.
 */
import { decodeText } from '../../lib/files/decode';
import { SegmentEngine } from './engine';
import type { Request } from './client';

const engine = new SegmentEngine();

self.onmessage = async (event: MessageEvent<Request & { seq: number }>) => {
	const request = event.data;
	if (request.type === 'load') {
		const { source } = request;
		if (typeof source === 'string') engine.load(source);
		else {
			const { text, ...info } = decodeText(
				new Uint8Array(await source.blob.arrayBuffer()),
				source.encoding,
			);
			engine.load(text, info);
		}
	}
	// A CSV of a million customers goes back as a Blob: handing over a Blob copies no text, so the page never stalls on it.
	const reply =
		request.type === 'csv'
			? new Blob([engine.csv(request.method, request.labels)], { type: 'text/csv;charset=utf-8' })
			: engine.view(request.query);
	self.postMessage({ seq: request.seq, reply });
};
