/**
 * The segmentation engine off the page's thread: a million customers are read and segmented here
 * while the page stays responsive. The data never leaves the browser.
 */
import { decodeText } from '../../lib/files/decode';
import { SegmentEngine } from './engine';
import type { Reply, Request } from './client';

const engine = new SegmentEngine();

async function answer(request: Request): Promise<unknown> {
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
	return request.type === 'csv'
		? new Blob([engine.csv(request.method, request.labels)], { type: 'text/csv;charset=utf-8' })
		: engine.view(request.query);
}

const describe = (error: unknown) =>
	error instanceof Error ? `${error.name}: ${error.message}` : String(error);

self.onmessage = async (event: MessageEvent<Request & { seq: number }>) => {
	const { seq } = event.data;
	try {
		self.postMessage({ seq, reply: await answer(event.data) } satisfies Reply);
	} catch (error) {
		// A rejection inside a worker's handler reaches no `onerror` on the page: it is sent back, so
		// the page can say so instead of waiting for an answer that never comes.
		self.postMessage({ seq, error: describe(error) } satisfies Reply);
	}
};
