/**
 * Pagefind cuts an excerpt around the matched words, so it often opens on the tail of a sentence
 * (“的是谁得到的价值。本页统一……”). Where the cut-off part is short and no matched word is in it,
 * the excerpt starts at the next sentence instead, marked with an ellipsis.
 */

/** Where a sentence ends: Chinese full stops, or a period that Pagefind puts between blocks. */
const SENTENCE_END = /[。！？；]|[.!?;](?=\s)/g;

/** The longest head (as a share of the excerpt's text) that is dropped to start at a sentence. */
export const MAX_DROPPED_SHARE = 0.4;

/**
 * `excerpt` (Pagefind's HTML with `<mark>`) starting at the sentence of its first matched word, if
 * what comes before that sentence is at most {@link MAX_DROPPED_SHARE} of the text; with no match,
 * at its first full sentence on the same terms.
 */
export function tidyExcerpt(excerpt: string): string {
	const textLength = (html: string) => html.replace(/<[^>]*>/g, '').length;
	const total = textLength(excerpt);
	const firstMark = excerpt.indexOf('<mark');
	const limit = firstMark === -1 ? excerpt.length : firstMark;
	let cut = -1;
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(excerpt); m && m.index < limit; m = SENTENCE_END.exec(excerpt)) {
		const end = m.index + m[0].length;
		const head = excerpt.slice(0, end);
		if (head.lastIndexOf('<') > head.lastIndexOf('>')) continue; // inside a tag
		if (textLength(head) > total * MAX_DROPPED_SHARE) break;
		cut = end;
		if (firstMark === -1) break;
	}
	const rest = cut === -1 ? '' : excerpt.slice(cut).trimStart();
	return rest === '' ? excerpt : `…${rest}`;
}

/** A Pagefind result whose data carries an excerpt. */
interface WithData<D extends { excerpt: string }> {
	data: () => Promise<D>;
}

/** The same results, each giving its excerpt tidied ({@link tidyExcerpt}) when its data loads. */
export function tidyResults<D extends { excerpt: string }, R extends WithData<D>>(
	results: R[],
): R[] {
	return results.map((result) => ({
		...result,
		data: async () => {
			const data = await result.data();
			return { ...data, excerpt: tidyExcerpt(data.excerpt) };
		},
	}));
}
