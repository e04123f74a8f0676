/**
 * Pagefind cuts an excerpt around the matched words, so it often opens on the tail of a sentence
 * (“的是谁得到的价值。本页统一……”). Where the cut-off part is short and no matched word is in it,
 * the excerpt starts at the next sentence instead, marked with an ellipsis.
 */

/** Where a sentence ends: Chinese full stops, or a period that Pagefind puts between blocks. */
const SENTENCE_END = /[。！？；]|[.!?;](?=\s)/g;

/** The longest head (as a share of the excerpt's text) that is dropped to start at a sentence. */
export const MAX_DROPPED_SHARE = 0.4;

/** Punctuation an excerpt should not open with (Pagefind starts one just after a sentence end). */
const LEADING_PUNCTUATION = /^(?:\s|[。．.，,；;：:、！？!?])+/;

const textOf = (html: string) => html.replace(/<[^>]*>/g, '');
const markedWords = (html: string) =>
	new Set([...html.matchAll(/<mark>([^<]*)<\/mark>/g)].map((m) => m[1]!.trim().toLowerCase()));

/**
 * `excerpt` (Pagefind's HTML with `<mark>`) without punctuation at its start, and starting at its
 * second sentence (after an ellipsis) when the first is a tail cut off by Pagefind that is at most
 * {@link MAX_DROPPED_SHARE} of the text and holds no matched word the rest lacks.
 */
export function tidyExcerpt(excerpt: string): string {
	const trimmed = excerpt.replace(LEADING_PUNCTUATION, '');
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(trimmed); m; m = SENTENCE_END.exec(trimmed)) {
		const head = trimmed.slice(0, m.index + m[0].length);
		if (head.lastIndexOf('<') > head.lastIndexOf('>')) continue; // inside a tag
		const rest = trimmed.slice(head.length).replace(LEADING_PUNCTUATION, '');
		const lost = [...markedWords(head)].some((w) => !markedWords(rest).has(w));
		const long = textOf(head).length > textOf(trimmed).length * MAX_DROPPED_SHARE;
		return lost || long || textOf(rest).trim() === '' ? trimmed : `…${rest}`;
	}
	return trimmed;
}

interface ExcerptData {
	excerpt: string;
	sub_results?: { excerpt: string }[];
}

/** A Pagefind result whose data carries an excerpt. */
interface WithData<D extends ExcerptData> {
	data: () => Promise<D>;
}

/**
 * The same results, each giving its excerpt and its headings' excerpts tidied
 * ({@link tidyExcerpt}) when its data loads.
 */
export function tidyResults<D extends ExcerptData, R extends WithData<D>>(results: R[]): R[] {
	return results.map((result) => ({
		...result,
		data: async () => {
			const data = await result.data();
			return {
				...data,
				excerpt: tidyExcerpt(data.excerpt),
				...(data.sub_results && {
					sub_results: data.sub_results.map((sub) => ({
						...sub,
						excerpt: tidyExcerpt(sub.excerpt),
					})),
				}),
			};
		},
	}));
}
