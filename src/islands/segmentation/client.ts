/**
 * Talks to the segmentation engine: on the page for small tables (an answer without a worker's
 * start-up), in a worker for large ones or a file. Answers to superseded requests are dropped.
 * Every failure (the engine throwing, the decoder's chunk not loading, the worker not starting or
 * crashing) rejects the request's promise, so the page can end its busy state and say so.
 */
import type { EncodingChoice } from '../../lib/files/encodings';
import { SegmentEngine, type Method, type Query, type View } from './engine';

/** A table as typed or pasted text, or an opened file with the encoding to read it in. */
export type Source = string | { blob: Blob; encoding: EncodingChoice };

export type Request =
	| { type: 'load'; source: Source; query: Query }
	| { type: 'view'; query: Query }
	| { type: 'csv'; method: Method; labels: { header: string[]; groups: Record<string, string> } };

/** The worker's answer to request `seq`: its result, or what went wrong there. */
export type Reply = { seq: number; reply: unknown } | { seq: number; error: string };

/** Text longer than this (about 8,000 customers) is handled in a worker. */
export const WORKER_THRESHOLD = 200_000;

/** The worker failed (it threw, could not start, or sent a message that could not be read). */
export class WorkerError extends Error {
	override name = 'WorkerError';
}

interface Pending {
	resolve: (reply: unknown) => void;
	reject: (error: Error) => void;
}

export class SegmentClient {
	private local = new SegmentEngine();
	private worker: Worker | null = null;
	private inWorker = false;
	private seq = 0;
	/** The newest load or view request; older answers to those are dropped. */
	private latest = 0;
	private pending = new Map<number, Pending>();

	/** Loads a table (text or a file) and returns the first view; null when a newer request superseded it. */
	async load(source: Source, query: Query): Promise<View | null> {
		const size = typeof source === 'string' ? source.length : source.blob.size;
		this.inWorker = size > WORKER_THRESHOLD && typeof Worker !== 'undefined';
		if (!this.inWorker) {
			if (typeof source === 'string') this.local.load(source);
			else {
				// The decoder loads only when a file is opened.
				const { decodeText } = await import('../../lib/files/decode');
				const { text, ...info } = decodeText(
					new Uint8Array(await source.blob.arrayBuffer()),
					source.encoding,
				);
				this.local.load(text, info);
			}
			return this.local.view(query);
		}
		return this.ask<View>({ type: 'load', source, query }, true);
	}

	async view(query: Query): Promise<View | null> {
		if (!this.inWorker) return this.local.view(query);
		return this.ask<View>({ type: 'view', query }, true);
	}

	/** The export: text for a table on the page, a Blob built in the worker for a large one. */
	async csv(
		method: Method,
		labels: { header: string[]; groups: Record<string, string> },
	): Promise<string | Blob> {
		if (!this.inWorker) return this.local.csv(method, labels);
		return (await this.ask<Blob>({ type: 'csv', method, labels }, false))!;
	}

	/** Ends the worker; requests still waiting are never answered (their page is gone). */
	dispose(): void {
		this.worker?.terminate();
		this.worker = null;
		this.pending.clear();
	}

	private ask<T>(request: Request, latestOnly: boolean): Promise<T | null> {
		let worker: Worker;
		try {
			worker = this.worker ??= this.start();
		} catch (error) {
			return Promise.reject(error instanceof Error ? error : new WorkerError(String(error)));
		}
		const seq = ++this.seq;
		if (latestOnly) this.latest = seq;
		return new Promise((resolve, reject) => {
			this.pending.set(seq, {
				resolve: (reply) => resolve(latestOnly && seq !== this.latest ? null : (reply as T)),
				reject,
			});
			worker.postMessage({ ...request, seq });
		});
	}

	private start(): Worker {
		const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
		worker.onmessage = (event: MessageEvent<Reply>) => {
			const reply = event.data;
			const pending = this.pending.get(reply.seq);
			this.pending.delete(reply.seq);
			if ('error' in reply) pending?.reject(new WorkerError(reply.error));
			else pending?.resolve(reply.reply);
		};
		// The worker's script did not load or threw outside a request: nothing pending will be answered.
		worker.onerror = (event) => this.stop(new WorkerError(event.message || 'the worker failed'));
		worker.onmessageerror = () => this.stop(new WorkerError('a reply could not be read'));
		return worker;
	}

	/** Ends a failed worker and fails whatever waits on it; the next request starts a new one. */
	private stop(error: WorkerError): void {
		const waiting = [...this.pending.values()];
		this.dispose();
		for (const p of waiting) p.reject(error);
	}
}
